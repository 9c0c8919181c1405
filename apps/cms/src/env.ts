import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { parseEnv } from './env-schema'

/**
 * `next build` and the Payload CLI's code generators load the config without serving anything, so
 * they get placeholders instead of a refusal; any process that serves requests or touches the
 * database must pass the full check.
 */
export function isCodeGeneration(): boolean {
  if (process.env.NEXT_PHASE === 'phase-production-build') return true
  return process.argv.some((arg) => /^generate:(types|importmap|db-schema)$/.test(arg))
}

/** The CMS's whole configuration, read and checked once. Nothing else in the app reads process.env. */
const parsed = parseEnv(process.env, isCodeGeneration())
const cmsRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export const env = {
  ...parsed,
  MEDIA_DIR: parsed.MEDIA_DIR ?? path.join(cmsRoot, 'media'),
  MAIL_DIR: parsed.MAIL_DIR ?? path.resolve(cmsRoot, '../../.mail'),
}
