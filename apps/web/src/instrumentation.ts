/**
 * Runs once when the site's server starts. A production server without its own secrets (or with
 * any other invalid setting) stops here with the reason, instead of failing its visitors.
 */
export async function register() {
  // Written as a positive check so that the edge build drops the Node-only import entirely.
  if (process.env.NEXT_RUNTIME === 'nodejs') await import('./env-at-start')
}
