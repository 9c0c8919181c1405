import { sql } from '@payloadcms/db-postgres'
import type { Field, Payload } from 'payload'

import { execute } from '@/database/postgres'

export interface SendCounts {
  queued: number
  sending: number
  sent: number
  failed: number
  skipped: number
}

export interface SendProgress {
  id: number
  status: 'queued' | 'sending' | 'finished' | 'cancelled'
  trigger: 'publish' | 'manual'
  subject: string | null
  startAfter: string | null
  startedAt: string | null
  finishedAt: string | null
  recipientCount: number | null
  counts: SendCounts
  failures: { email: string; error: string | null }[]
}

const EMPTY: SendCounts = { queued: 0, sending: 0, sent: 0, failed: 0, skipped: 0 }
const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null)

/** Counts per state: live while the per-reader rows exist, else the figures kept at the finish. */
export async function countsOf(payload: Payload, send: Record<string, unknown>) {
  const rows = await execute(
    payload,
    sql`SELECT state, count(*)::int AS n FROM newsletter_recipients
        WHERE send_id = ${Number(send.id)} GROUP BY state`,
  )
  if (!rows.length && send.status === 'finished') {
    return {
      ...EMPTY,
      sent: Number(send.sent_count ?? send.sentCount ?? 0),
      failed: Number(send.failed_count ?? send.failedCount ?? 0),
      skipped: Number(send.skipped_count ?? send.skippedCount ?? 0),
    }
  }
  const counts = { ...EMPTY }
  for (const row of rows) counts[row.state as keyof SendCounts] = Number(row.n)
  return counts
}

export function describeCounts(counts: SendCounts): string {
  const waiting = counts.queued + counts.sending
  return `${counts.sent} sent · ${counts.failed} failed · ${counts.skipped} skipped · ${waiting} waiting`
}

/** The article's send that counts (the live one, else the latest cancelled), with its figures. */
export async function progressOfArticle(
  payload: Payload,
  articleId: number,
): Promise<SendProgress | null> {
  const [send] = await execute(
    payload,
    sql`SELECT id, status, trigger, subject, start_after, started_at, finished_at, recipient_count,
               sent_count, failed_count, skipped_count
        FROM newsletter_sends WHERE article_id = ${articleId}
        ORDER BY (status = 'cancelled'), id DESC LIMIT 1`,
  )
  if (!send) return null
  const failures = await execute(
    payload,
    sql`SELECT email, error FROM newsletter_recipients
        WHERE send_id = ${Number(send.id)} AND state = 'failed' ORDER BY id LIMIT 10`,
  )
  return {
    id: Number(send.id),
    status: send.status as SendProgress['status'],
    trigger: send.trigger as SendProgress['trigger'],
    subject: (send.subject as string | null) ?? null,
    startAfter: iso(send.start_after),
    startedAt: iso(send.started_at),
    finishedAt: iso(send.finished_at),
    recipientCount: send.recipient_count === null ? null : Number(send.recipient_count),
    counts: await countsOf(payload, send),
    failures: failures.map((row) => ({
      email: String(row.email),
      error: (row.error as string | null) ?? null,
    })),
  }
}

/** "980 sent · 2 failed · …" in the sends list and on each send. */
export const progressField: Field = {
  name: 'progress',
  type: 'text',
  virtual: true,
  admin: { readOnly: true, position: 'sidebar' },
  hooks: {
    afterRead: [
      async ({ data, req }) =>
        data?.id ? describeCounts(await countsOf(req.payload, data)) : undefined,
    ],
  },
}
