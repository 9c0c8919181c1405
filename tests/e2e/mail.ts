import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { decodeMessage } from '../../apps/cms/tests/int/mail-text'

/**
 * The newest email to this address that the CMS wrote to the e2e mail folder, decoded; with
 * `subject`, the newest whose subject contains it.
 */
export function latestMailTo(email: string, subject?: string) {
  const dir = process.env.MAIL_DIR
  if (!dir) throw new Error('MAIL_DIR is not set: run the e2e tests with `npm run test:e2e`.')
  for (const file of readdirSync(dir).sort().reverse()) {
    const raw = readFileSync(path.join(dir, file), 'utf8')
    if (!raw.includes(`To: ${email}`)) continue
    const text = decodeMessage(raw)
    const headers = text.slice(0, text.search(/\r?\n\r?\n/))
    if (subject && !headers.includes(`Subject: ${subject}`)) continue
    // Scheme and host, then exactly this path: the one-click API URL must not match the page.
    const link = (kind: string) =>
      text.match(new RegExp(`https?://[^/\\s"<>]+/${kind}\\?token=[\\w-]{43}`))?.[0]
    return {
      text,
      confirmUrl: link('newsletter/confirm'),
      unsubscribeUrl: link('newsletter/unsubscribe'),
      oneClickUrl: text.match(/^List-Unsubscribe: <([^>]+)>/m)?.[1],
    }
  }
  return undefined
}
