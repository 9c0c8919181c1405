import 'server-only'

import { parseEnv } from './env-schema'

/** The site's whole configuration, read and checked once. Nothing else in the app reads process.env. */
export const env = parseEnv(process.env, process.env.NEXT_PHASE === 'phase-production-build')
