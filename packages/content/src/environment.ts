import { z } from 'zod'

import { parseTrustedProxies } from './client-address'

/**
 * TRUSTED_PROXIES, read the same way by the CMS and the site: proxies (IPs, CIDR ranges,
 * `loopback`, `private`) whose X-Forwarded-For entries are believed when working out a visitor's
 * address for rate limits. None by default: the socket address.
 */
export const trustedProxiesSetting = z
  .string()
  .default('')
  .transform((value, ctx) => {
    const parsed = parseTrustedProxies(value)
    if (parsed.ok) return parsed.trust
    ctx.addIssue({ code: 'custom', message: parsed.message })
    return z.NEVER
  })

/**
 * Checks an app's environment against its schema; throws one error that lists every problem in
 * plain words, each naming its variable. `app` starts the sentence: "The site", "The CMS".
 */
export function parseEnvironment<Schema extends z.ZodType>(
  schema: Schema,
  source: Record<string, string | undefined>,
  app: string,
): z.output<Schema> {
  const parsed = schema.safeParse(source)
  if (parsed.success) return parsed.data
  const problems = parsed.error.issues
    .map(({ path, message }) =>
      path.length === 0 || message.startsWith(String(path[0]))
        ? message
        : `${path.join('.')}: ${message}`,
    )
    .map((problem) => `  - ${problem}`)
    .join('\n')
  throw new Error(`${app} cannot start because its environment is invalid:\n${problems}`)
}
