import { parseEnvironment, trustedProxiesSetting } from '@sok/content/environment'
import { z } from 'zod'

import { DEV_ADMIN_DEFAULTS } from './seed/dev-admin'

/** Development defaults, so a fresh clone runs; production refuses every one of them. */
const DEV_SECRETS = {
  PAYLOAD_SECRET: 'development-only-secret-never-use-in-production',
  SIGNUP_PROXY_SECRET: 'development-only-signup-proxy-secret',
  REVALIDATE_SECRET: 'development-only-revalidate-secret',
} as const
type SecretName = keyof typeof DEV_SECRETS
const EXAMPLE_SECRET = 'replace-me-with-a-long-random-string'

const booleanFlag = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1')

/** What the CMS accepts as configuration; `env.ts` applies it to process.env once. */
const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    DATABASE_URL: z
      .string({ error: 'DATABASE_URL is required: a postgres:// connection string.' })
      .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://'),
    /**
     * Read replicas of DATABASE_URL, comma-separated. Anonymous reads (the site's) may use them;
     * writes, transactions and every signed-in request read from the primary.
     */
    DATABASE_READ_URLS: z
      .string()
      .optional()
      .transform((value) =>
        (value ?? '')
          .split(',')
          .map((url) => url.trim())
          .filter(Boolean),
      )
      .pipe(
        z.array(
          z
            .string()
            .regex(
              /^postgres(ql)?:\/\//,
              'DATABASE_READ_URLS must be postgres:// URLs separated by commas',
            ),
        ),
      ),
    PAYLOAD_SECRET: z.string().optional(),
    CMS_PUBLIC_URL: z.url().default('http://localhost:3000'),
    WEB_PUBLIC_URL: z.url().default('http://localhost:3001'),
    SEED_DEMO_CONTENT: booleanFlag.default(true),
    /** Where uploaded images are stored (a shared volume, or object storage, for several instances). */
    MEDIA_DIR: z.string().min(1).optional(),
    MEDIA_MAX_MB: z.coerce.number().positive().max(100).default(10),
    /**
     * S3-compatible object storage for uploads, shared by every CMS instance. Unset: MEDIA_DIR.
     * Endpoint and path style are for non-AWS services (MinIO, R2 …); keys may come from the
     * SDK's usual sources (an instance role) instead.
     */
    S3_BUCKET: z.string().min(3).max(63).optional(),
    S3_ENDPOINT: z.url().optional(),
    S3_REGION: z.string().min(1).default('us-east-1'),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    S3_FORCE_PATH_STYLE: booleanFlag.default(false),
    /**
     * A public address of the bucket (or a CDN in front of it). Set: image URLs point there and
     * browsers load them without the CMS. Unset: the CMS serves them from the bucket.
     */
    S3_PUBLIC_URL: z.url().optional(),
    /** How often the job runner looks for due work such as scheduled publishing (cron syntax). */
    JOBS_CRON: z.string().min(9).default('* * * * *'),
    /** Shared with the site: only requests carrying it may sign people up (the site proxies). */
    SIGNUP_PROXY_SECRET: z.string().optional(),
    /** SMTP for outgoing mail. Without SMTP_HOST, mail is written as .eml files to MAIL_DIR. */
    SMTP_HOST: z.string().optional(),
    SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
    SMTP_USER: z.string().optional(),
    SMTP_PASSWORD: z.string().optional(),
    SMTP_SECURE: booleanFlag.default(false),
    MAIL_FROM_ADDRESS: z.email().default('newsletter@scienceofketamine.example'),
    MAIL_FROM_NAME: z.string().default('Science of Ketamine'),
    MAIL_DIR: z.string().min(1).optional(),
    NEWSLETTER_CONFIRM_HOURS: z.coerce
      .number()
      .positive()
      .max(24 * 30)
      .default(48),
    /** Sign-up attempts allowed per client IP, and per address, per hour. */
    NEWSLETTER_LIMIT_PER_IP: z.coerce.number().int().positive().default(20),
    NEWSLETTER_LIMIT_PER_EMAIL: z.coerce.number().int().positive().default(3),
    /** Sending the newsletter: how many readers per batch, and how long between batches. */
    NEWSLETTER_BATCH_SIZE: z.coerce.number().int().min(1).max(5000).default(50),
    NEWSLETTER_BATCH_INTERVAL_SECONDS: z.coerce.number().min(0).max(3600).default(60),
    /** How long after publishing a send starts: unpublishing within this time cancels it. */
    NEWSLETTER_SEND_DELAY_SECONDS: z.coerce.number().min(0).max(86_400).default(120),
    /**
     * Whether this CMS process sends newsletter mail itself. Set false where a dedicated worker
     * (`payload jobs:run --queue newsletter --handle-schedules --cron …`) does it instead.
     */
    NEWSLETTER_AUTORUN: booleanFlag.default(true),
    /** How often the CMS looks for newsletter work (cron with seconds): every 5 seconds. */
    NEWSLETTER_CRON: z.string().min(9).default('*/5 * * * * *'),
    /** Temporary SMTP failures: tries per reader, and the first pause (doubling each time). */
    NEWSLETTER_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(8),
    NEWSLETTER_RETRY_SECONDS: z.coerce.number().min(0).max(3600).default(60),
    /** Per-reader delivery records are deleted this many days after a send finishes. */
    NEWSLETTER_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
    /** Where the CMS reaches the site's revalidation endpoint (defaults to WEB_PUBLIC_URL). */
    WEB_INTERNAL_URL: z.url().optional(),
    /** Shared with the site: proves that a revalidation request comes from the CMS. */
    REVALIDATE_SECRET: z.string().optional(),
    /** How often queued revalidations are sent (cron with seconds): every second by default. */
    REVALIDATE_CRON: z.string().min(9).default('* * * * * *'),
    /**
     * Memory for anonymous reads of public content (REST and GraphQL), cleared by every published
     * change. 0 turns the cache off.
     */
    READ_CACHE_MB: z.coerce.number().int().min(0).max(4096).default(64),
    /** Published articles whose last medical review is older than this are listed as due. */
    MEDICAL_REVIEW_MONTHS: z.coerce.number().int().min(1).max(120).default(12),
    TRUSTED_PROXIES: trustedProxiesSetting,
    /** Set by scripts/serve-next.mjs for its own process: marks the peer-address header as its own. */
    SOK_PEER_TOKEN: z.string().min(16).optional(),
    /** Sign-in attempts allowed per client IP per window, on top of the per-account lockout. */
    LOGIN_LIMIT_PER_IP: z.coerce.number().int().positive().default(10),
    LOGIN_LIMIT_WINDOW_MINUTES: z.coerce
      .number()
      .int()
      .positive()
      .max(24 * 60)
      .default(15),
    /** The longest one database statement may run; a runaway query is cancelled, not queued behind. */
    DB_STATEMENT_TIMEOUT_SECONDS: z.coerce.number().positive().max(600).default(15),
    DEV_ADMIN_EMAIL: z.email().default(DEV_ADMIN_DEFAULTS.email),
    DEV_ADMIN_PASSWORD: z.string().min(8).default(DEV_ADMIN_DEFAULTS.password),
  })
  .transform((env, ctx) => {
    const production = env.NODE_ENV === 'production'
    /** A secret from env; development falls back to its known default, production never does. */
    const secret = (name: SecretName, minLength: number, missing: string) => {
      const value = env[name] ?? (production ? undefined : DEV_SECRETS[name])
      const refused = production && (value === DEV_SECRETS[name] || value === EXAMPLE_SECRET)
      const message =
        !value || refused ? missing : `${name} must be at least ${minLength} characters long.`
      if (!value || refused || value.length < minLength) {
        ctx.addIssue({ code: 'custom', path: [name], message })
        return undefined
      }
      return value
    }
    const shared = (name: SecretName) =>
      `${name} must be set in production (at least 24 characters, the same value as the site).`
    const secrets = {
      PAYLOAD_SECRET: secret(
        'PAYLOAD_SECRET',
        32,
        'PAYLOAD_SECRET must be set to your own random value in production.',
      ),
      SIGNUP_PROXY_SECRET: secret('SIGNUP_PROXY_SECRET', 24, shared('SIGNUP_PROXY_SECRET')),
      REVALIDATE_SECRET: secret('REVALIDATE_SECRET', 24, shared('REVALIDATE_SECRET')),
    }
    const { PAYLOAD_SECRET, SIGNUP_PROXY_SECRET, REVALIDATE_SECRET } = secrets
    if (Boolean(env.S3_ACCESS_KEY_ID) !== Boolean(env.S3_SECRET_ACCESS_KEY)) {
      ctx.addIssue({
        code: 'custom',
        path: ['S3_ACCESS_KEY_ID'],
        message: 'Set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither.',
      })
    }
    if (!env.S3_BUCKET && (env.S3_ENDPOINT || env.S3_PUBLIC_URL)) {
      ctx.addIssue({
        code: 'custom',
        path: ['S3_BUCKET'],
        message: 'S3_BUCKET must be set when S3_ENDPOINT or S3_PUBLIC_URL is.',
      })
    }
    if (!PAYLOAD_SECRET || !SIGNUP_PROXY_SECRET || !REVALIDATE_SECRET) return z.NEVER
    return {
      ...env,
      PAYLOAD_SECRET,
      SIGNUP_PROXY_SECRET,
      REVALIDATE_SECRET,
      WEB_INTERNAL_URL: env.WEB_INTERNAL_URL ?? env.WEB_PUBLIC_URL,
      production,
    }
  })

export type Env = z.output<typeof schema>

/** For `next build` and code generation, which load the config without serving anything. */
const CODE_GENERATION_PLACEHOLDERS = {
  DATABASE_URL: 'postgres://build-time-placeholder@127.0.0.1:1/none',
  PAYLOAD_SECRET: 'build-time-placeholder-secret-that-serves-nothing',
  SIGNUP_PROXY_SECRET: 'build-time-placeholder-proxy-secret',
  REVALIDATE_SECRET: 'build-time-placeholder-revalidate-secret',
}

/** Checks an environment; throws one error that lists every problem in plain words. */
export function parseEnv(source: Record<string, string | undefined>, codeGeneration = false): Env {
  const withPlaceholders = codeGeneration ? { ...CODE_GENERATION_PLACEHOLDERS, ...source } : source
  return parseEnvironment(schema, withPlaceholders, 'The CMS')
}
