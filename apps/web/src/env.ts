import 'server-only'

import { parseEnv } from './env-schema'

/** True while `next build` loads the app to prerender pages, with no CMS to ask. */
export const building = process.env.NEXT_PHASE === 'phase-production-build'

/**
 * The site's whole configuration, read and checked once. Nothing else in the app reads process.env
 * (ESLint enforces it; env-at-start.ts runs the same check when the server starts).
 */
export const env = parseEnv(process.env, building)
