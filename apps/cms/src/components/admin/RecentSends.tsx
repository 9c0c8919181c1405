import type { ServerProps } from 'payload'

import { audienceOfUser, isEditorOrAdmin } from '@/access'
import { countsOf, describeCounts } from '@/newsletter/sends/progress'

const LIMIT = 5
const STATUS = {
  queued: 'waiting to start',
  sending: 'sending',
  finished: 'sent',
  cancelled: 'cancelled',
}

/** On the dashboard, for editors and admins: the latest newsletter sends and how they went. */
export async function RecentSends({ payload, user }: ServerProps) {
  if (!isEditorOrAdmin(audienceOfUser(user))) return null
  const sends = await payload.find({
    collection: 'newsletter-sends',
    sort: '-createdAt',
    limit: LIMIT,
    depth: 0,
    overrideAccess: true,
    select: {
      subject: true,
      status: true,
      article: true,
      finishedAt: true,
      sentCount: true,
      failedCount: true,
      skippedCount: true,
    },
  })
  const rows = await Promise.all(
    sends.docs.map(async (send) => ({
      send,
      counts:
        send.status === 'queued' || send.status === 'cancelled'
          ? null
          : await countsOf(payload, send),
    })),
  )
  return (
    <section aria-label="Recent newsletter sends" style={{ marginBottom: '1.5rem' }}>
      <h2 style={{ margin: '0 0 0.5rem' }}>Recent newsletter sends</h2>
      {rows.length === 0 ? (
        <p>
          No article has been emailed yet. Publishing one with "Email to subscribers" on sends it.
        </p>
      ) : (
        <ul>
          {rows.map(({ send, counts }) => (
            <li key={send.id}>
              <a href={`/admin/collections/newsletter-sends/${send.id}`}>{send.subject}</a>
              {` — ${STATUS[send.status ?? 'queued']}`}
              {counts ? `: ${describeCounts(counts)}` : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
