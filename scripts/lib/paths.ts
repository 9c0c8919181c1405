import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const cmsDir = path.join(repoRoot, 'apps/cms')
export const webDir = path.join(repoRoot, 'apps/web')
/** Git-ignored home of local state: the embedded Postgres data, a generated secret. */
export const dataDir = path.join(repoRoot, '.data')
export const bin = (name: string) => path.join(repoRoot, 'node_modules/.bin', name)
/** Runs a Next app like `next dev`/`next start`, recording each request's peer address. */
export const serveNext = path.join(repoRoot, 'scripts/serve-next.mjs')
