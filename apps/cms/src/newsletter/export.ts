import type { Payload, Where } from 'payload'

const COLUMNS = [
  'email',
  'status',
  'sourcePage',
  'consentAt',
  'confirmedAt',
  'unsubscribedAt',
  'createdAt',
] as const

/**
 * One CSV cell. Cells a spreadsheet would run as a formula (=, +, -, @) get a leading apostrophe.
 */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** Every sign-up (optionally of one status), oldest first, read in pages to bound memory. */
export async function signupsCsv(payload: Payload, status: string | null): Promise<string> {
  const where: Where = status ? { status: { equals: status } } : {}
  const lines = [COLUMNS.join(',')]
  for (let page = 1; ; page++) {
    const result = await payload.find({
      collection: 'newsletter-signups',
      where,
      sort: 'createdAt',
      limit: 500,
      page,
      depth: 0,
      overrideAccess: true,
    })
    for (const doc of result.docs) {
      lines.push(COLUMNS.map((column) => csvCell(doc[column])).join(','))
    }
    if (!result.hasNextPage) break
  }
  return `${lines.join('\r\n')}\r\n`
}
