import 'server-only'

import { z } from 'zod'

/** The site's configuration, read and checked once. Nothing else in the app reads process.env. */
const schema = z.object({
  /** Where this server reaches the CMS (inside a Docker network this differs from the public URL). */
  CMS_URL: z.url().default('http://localhost:3000'),
  /** Where browsers reach the CMS, for client-side reads such as "load more". */
  CMS_PUBLIC_URL: z.url().optional(),
  /** The site's own public address, for canonical URLs. */
  SITE_URL: z.url().default('http://localhost:3001'),
  /**
   * The longest a cached CMS answer is kept. Changes normally arrive at once: the CMS names the
   * stale cache tags after each commit. This is only the safety net; 0 reads the CMS every time.
   */
  CONTENT_REVALIDATE_SECONDS: z.coerce.number().int().min(0).default(3600),
  /** Shared with the CMS: proves that sign-ups forwarded by this site come from it. */
  SIGNUP_PROXY_SECRET: z.string().min(24).optional(),
  /** Shared with the CMS: only it may tell the site which cached pages changed. */
  REVALIDATE_SECRET: z.string().min(24).optional(),
  /**
   * Several site instances share one cache in this Redis (cache-handler.mjs), so a page the CMS
   * revalidates through one instance is fresh on all of them. Unset: the cache is on local disk.
   */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'REDIS_URL must start with redis:// or rediss://')
    .optional(),
})

const DEV_PROXY_SECRET = 'development-only-signup-proxy-secret'
const DEV_REVALIDATE_SECRET = 'development-only-revalidate-secret'
const serving =
  process.env.NODE_ENV === 'production' && process.env.NEXT_PHASE !== 'phase-production-build'

const parsed = schema.safeParse(process.env)
if (!parsed.success) {
  const problems = parsed.error.issues.map(
    (issue) => `  - ${issue.path.join('.')}: ${issue.message}`,
  )
  throw new Error(
    `The site cannot start because its environment is invalid:\n${problems.join('\n')}`,
  )
}

if (
  serving &&
  (!parsed.data.SIGNUP_PROXY_SECRET || parsed.data.SIGNUP_PROXY_SECRET === DEV_PROXY_SECRET)
) {
  throw new Error(
    'The site cannot start: SIGNUP_PROXY_SECRET must be set in production (the same value as the CMS).',
  )
}

export const env = {
  ...parsed.data,
  CMS_PUBLIC_URL: parsed.data.CMS_PUBLIC_URL ?? parsed.data.CMS_URL,
  SIGNUP_PROXY_SECRET: parsed.data.SIGNUP_PROXY_SECRET ?? DEV_PROXY_SECRET,
  REVALIDATE_SECRET: parsed.data.REVALIDATE_SECRET ?? DEV_REVALIDATE_SECRET,
}
