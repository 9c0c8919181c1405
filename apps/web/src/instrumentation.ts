/**
 * Runs once when the site's server starts. Checking the environment here makes a production
 * server without its own secrets refuse to start, instead of failing on its first visitor.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { parseEnv } = await import('./env-schema')
  parseEnv(process.env, process.env.NEXT_PHASE === 'phase-production-build')
}
