import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

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
    // Headers: undo folding. Body: undo quoted-printable. Headers are not quoted-printable, so
    // decoding them too would turn a literal "=AB" in a URL into a byte.
    const split = raw.search(/\r?\n\r?\n/)
    const headers = raw.slice(0, split).replace(/\r?\n[ \t]+/g, ' ')
    const body = raw
      .slice(split)
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    const text = headers + body
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
