import { sql } from '@payloadcms/db-postgres'
import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { subjectOf } from './content'
import { execute } from '@/database/postgres'

const refuse = (message: string) =>
  new ValidationError({ collection: 'newsletter-sends', errors: [{ path: 'article', message }] })

/**
 * "Send to subscribers now": an editor creates a send (admin, REST or GraphQL; the access matrix
 * keeps authors out). Everything but the article is decided here, whatever the request says.
 */
export const prepareManualSend: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const raw = data.article as number | { id?: number } | undefined
  const articleId = typeof raw === 'object' ? raw?.id : raw
  const article = articleId
    ? await req.payload
        .findByID({ collection: 'articles', id: articleId, depth: 0, overrideAccess: true, req })
        .catch(() => null)
    : null
  if (!article) throw refuse('Choose the article to send.')
  if (article._status !== 'published') {
    throw refuse('Publish the article before emailing it to subscribers.')
  }
  const existing = await execute(
    req.payload,
    sql`SELECT status FROM newsletter_sends
        WHERE article_id = ${article.id} AND status <> 'cancelled' LIMIT 1`,
    req,
  )
  if (existing.length) {
    throw refuse(
      'This article has already been emailed to subscribers, or its email is on the way.',
    )
  }
  const now = new Date().toISOString()
  return {
    article: article.id,
    status: 'queued',
    trigger: 'manual',
    startedBy: req.user?.collection === 'users' ? req.user.id : null,
    subject: subjectOf(article),
    previewText: article.newsletter?.previewText || null,
    startAfter: now,
    nextBatchAt: now,
  }
}
