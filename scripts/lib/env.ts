import { z } from 'zod'

/** What the launcher reads from the environment, checked once. */
const schema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
    .optional(),
  EMBEDDED_POSTGRES_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  CMS_PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  WEB_PORT: z.coerce.number().int().min(1).max(65535).default(3001),
  E2E_CMS_PORT: z.coerce.number().int().min(1).max(65535).default(3100),
  E2E_WEB_PORT: z.coerce.number().int().min(1).max(65535).default(3101),
  PAYLOAD_SECRET: z.string().optional(),
  SIGNUP_PROXY_SECRET: z.string().optional(),
  REVALIDATE_SECRET: z.string().optional(),
  /** `npm run bench` uses ten ports from here: CMS, site, nginx ceiling and proxy, Postgres. */
  BENCH_PORT_BASE: z.coerce.number().int().min(1024).max(65525).default(3200),
  /** Chromium for Lighthouse (and Playwright, which reads it itself). */
  CHROMIUM_PATH: z.string().default('/usr/bin/chromium'),
})

const parsed = schema.safeParse(process.env)
if (!parsed.success) {
  console.error('The environment is invalid:')
  for (const issue of parsed.error.issues)
    console.error(`  - ${issue.path.join('.')}: ${issue.message}`)
  process.exit(2)
}

export const launcherEnv = parsed.data
