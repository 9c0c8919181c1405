import { parseEnv } from './env-schema'

try {
  parseEnv(process.env, process.env.NEXT_PHASE === 'phase-production-build')
} catch (error) {
  // Next would only log a failed hook and keep serving errors; a refusal must stop the process.
  console.error((error as Error).message)
  process.exit(1)
}
