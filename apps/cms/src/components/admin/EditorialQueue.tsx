import type { ServerProps } from 'payload'

import { audienceOfUser, isEditorOrAdmin } from '@/access'
import { dueForReviewWhere } from '@/editorial/review'
import { env } from '@/env'
import { siteTimezone } from '@/scheduling/siteTimezone'
import { formatAdminDate, formatScheduled } from '@/scheduling/time'

import { findByIds } from './findByIds'
import { upcomingSchedules } from './scheduling/upcoming'

const LIMIT = 10

/**
 * On the dashboard, for editors and admins: what is scheduled, drafts authors asked to have
 * reviewed, and published articles whose medical review is out of date.
 */
export async function EditorialQueue({ payload, user }: ServerProps) {
  const link = (id: number | string) => `/admin/collections/articles/${id}`
  if (!isEditorOrAdmin(audienceOfUser(user))) return null
  const [waiting, due, schedules, timezone] = await Promise.all([
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
    upcomingSchedules(payload),
    siteTimezone(payload),
  ])
  const scheduledIds = [...new Set(schedules.map((schedule) => schedule.articleId))]
  const scheduledTitles = await findByIds(payload, 'articles', scheduledIds, { title: true })
  const titleOf = new Map(scheduledTitles.map((article) => [article.id, article.title]))
  return (
    <section aria-label="Editorial queue" style={{ marginBottom: '1.5rem' }}>
      <h2 style={{ margin: '0 0 0.5rem' }}>Scheduled ({schedules.length})</h2>
      {schedules.length === 0 ? (
        <p>Nothing is scheduled. Use "Schedule publish" beside an article&apos;s Publish button.</p>
      ) : (
        <ul data-testid="dashboard-scheduled">
          {schedules.slice(0, LIMIT).map((schedule) => (
            <li key={`${schedule.articleId}-${schedule.waitUntil}`}>
              <a href={link(schedule.articleId)}>
                {titleOf.get(schedule.articleId) || 'Untitled draft'}
              </a>
              {' — '}
              {schedule.type === 'unpublish' ? 'unpublishing' : 'scheduled for'}{' '}
              {formatScheduled(schedule.waitUntil, schedule.timezone ?? timezone)}
            </li>
          ))}
        </ul>
      )}
      <h2 style={{ margin: '1rem 0 0.5rem' }}>Waiting for an editor ({waiting.totalDocs})</h2>
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
                ? `last reviewed ${formatAdminDate(article.lastReviewedAt, timezone, { time: false })}`
                : 'never reviewed'}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
