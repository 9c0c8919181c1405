import type { ServerProps } from 'payload'

import { audienceOfUser } from '@/access'
import { dueForReviewWhere } from '@/editorial/review'
import { env } from '@/env'

const LIMIT = 10

/**
 * On the dashboard, for editors and admins: drafts authors asked to have reviewed, and published
 * articles whose medical review is out of date.
 */
export async function EditorialQueue({ payload, user }: ServerProps) {
  const audience = audienceOfUser(user)
  if (audience !== 'editor' && audience !== 'admin') return null
  const [waiting, due] = await Promise.all([
    payload.find({
      collection: 'articles',
      where: { reviewRequested: { equals: true } },
      draft: true,
      limit: LIMIT,
      depth: 0,
      sort: '-updatedAt',
      overrideAccess: true,
      select: { title: true },
    }),
    payload.find({
      collection: 'articles',
      where: dueForReviewWhere(new Date(), env.MEDICAL_REVIEW_MONTHS),
      limit: LIMIT,
      depth: 0,
      sort: 'lastReviewedAt',
      overrideAccess: true,
      select: { title: true, lastReviewedAt: true },
    }),
  ])
  const link = (id: number | string) => `/admin/collections/articles/${id}`
  return (
    <section aria-label="Editorial queue" style={{ marginBottom: '1.5rem' }}>
      <h2 style={{ margin: '0 0 0.5rem' }}>Waiting for an editor ({waiting.totalDocs})</h2>
      {waiting.docs.length === 0 ? (
        <p>No drafts are waiting for review.</p>
      ) : (
        <ul>
          {waiting.docs.map((article) => (
            <li key={article.id}>
              <a href={link(article.id)}>{article.title || 'Untitled draft'}</a>
            </li>
          ))}
        </ul>
      )}
      <h2 style={{ margin: '1rem 0 0.5rem' }}>
        Due for medical review ({due.totalDocs}, not reviewed in {env.MEDICAL_REVIEW_MONTHS} months)
      </h2>
      {due.docs.length === 0 ? (
        <p>Every published article has a recent medical review.</p>
      ) : (
        <ul>
          {due.docs.map((article) => (
            <li key={article.id}>
              <a href={link(article.id)}>{article.title}</a>
              {' — '}
              {article.lastReviewedAt
                ? `last reviewed ${new Date(article.lastReviewedAt).toISOString().slice(0, 10)}`
                : 'never reviewed'}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
