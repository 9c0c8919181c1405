import { parseEnvironment, trustedProxiesSetting } from '@sok/content/environment'
import { z } from 'zod'

/** Development defaults, so a fresh clone runs; production refuses every one of them. */
const DEV_SECRETS = {
  SIGNUP_PROXY_SECRET: 'development-only-signup-proxy-secret',
  REVALIDATE_SECRET: 'development-only-revalidate-secret',
} as const
type SecretName = keyof typeof DEV_SECRETS
const EXAMPLE_SECRETS = [
  'replace-me-with-another-long-random-string',
  'replace-me-with-a-third-long-random-string',
  'replace-me-with-a-long-random-string',
]

/** What the site accepts as configuration; `env.ts` applies it to process.env once. */
const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
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
    /**
     * How long the site waits for the CMS before showing the "could not be loaded" page: 5 s in
     * production; 60 s in development, where the CMS compiles a route on its first request.
     */
    CMS_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).optional(),
    /** Shared with the CMS: proves that sign-ups forwarded by this site come from it. */
    SIGNUP_PROXY_SECRET: z.string().optional(),
    /** Shared with the CMS: only it may tell the site which cached pages changed. */
    REVALIDATE_SECRET: z.string().optional(),
    TRUSTED_PROXIES: trustedProxiesSetting,
    /**
     * Several site instances share one cache in this Redis (cache-handler.mjs), so a page the CMS
     * revalidates through one instance is fresh on all of them. Unset: the cache is on local disk.
     */
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\//, 'REDIS_URL must start with redis:// or rediss://')
      .optional(),
    /** Set by scripts/serve-next.mjs for its own process: marks the peer-address header as its own. */
    SOK_PEER_TOKEN: z.string().min(16).optional(),
  })
  .transform((env, ctx) => {
    const production = env.NODE_ENV === 'production'
    /** A shared secret from env; development falls back to its known default, production never does. */
    const secret = (name: SecretName) => {
      const value = env[name] ?? (production ? undefined : DEV_SECRETS[name])
      const refused =
        production && (value === DEV_SECRETS[name] || EXAMPLE_SECRETS.includes(value ?? ''))
      if (!value || refused) {
        ctx.addIssue({
          code: 'custom',
          path: [name],
          message: `${name} must be set in production (at least 24 characters, the same value as the CMS).`,
        })
        return undefined
      }
      if (value.length < 24) {
        ctx.addIssue({
          code: 'custom',
          path: [name],
          message: `${name} must be at least 24 characters long.`,
        })
        return undefined
      }
      return value
    }
    const SIGNUP_PROXY_SECRET = secret('SIGNUP_PROXY_SECRET')
    const REVALIDATE_SECRET = secret('REVALIDATE_SECRET')
    if (!SIGNUP_PROXY_SECRET || !REVALIDATE_SECRET) return z.NEVER
    return {
      ...env,
      CMS_PUBLIC_URL: env.CMS_PUBLIC_URL ?? env.CMS_URL,
      CMS_TIMEOUT_MS: env.CMS_TIMEOUT_MS ?? (production ? 5000 : 60_000),
      SIGNUP_PROXY_SECRET,
      REVALIDATE_SECRET,
      production,
    }
  })

export type Env = z.output<typeof schema>

/**
 * Checks an environment; throws one error that lists every problem in plain words. `next build`
 * loads the app without serving anything, so it gets placeholders instead of a refusal.
 */
export function parseEnv(source: Record<string, string | undefined>, building = false): Env {
  const withPlaceholders = building
    ? {
        SIGNUP_PROXY_SECRET: 'build-time-placeholder-proxy-secret',
        REVALIDATE_SECRET: 'build-time-placeholder-revalidate-secret',
        ...source,
      }
    : source
  return parseEnvironment(schema, withPlaceholders, 'The site')
}
