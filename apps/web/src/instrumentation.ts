/**
 * Runs once when the site's server starts. A production server without its own secrets (or with
 * any other invalid setting) stops here with the reason, instead of failing its visitors.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { parseEnv } = await import('./env-schema')
  try {
    parseEnv(process.env, process.env.NEXT_PHASE === 'phase-production-build')
  } catch (error) {
    // Next would only log a failed hook and keep serving errors; a refusal must stop the process.
    console.error((error as Error).message)
    process.exit(1)
  }
}
