/**
 * The raw message with folded headers joined and the quoted-printable body decoded. Headers are
 * not quoted-printable, so decoding them too would turn a literal "=AB" in a URL into a byte.
 * Shared by the integration tests' SMTP server and the e2e tests' mail folder.
 */
export function decodeMessage(raw: string): string {
  const split = raw.search(/\r?\n\r?\n/)
  const headers = raw.slice(0, split).replace(/\r?\n[ \t]+/g, ' ')
  const body = raw
    .slice(split)
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
  return headers + body
}
