import { sql } from '@payloadcms/db-postgres'
import type { Article } from '@sok/content/payload-types'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { env } from '@/env'
import { subjectOf } from '@/newsletter/sends/content'
import { execute } from '@/database/postgres'

/**
 * Publishing an article with "Email to subscribers" on creates its send, in the publish's own
 * transaction; the partial unique index makes a second publish, or a publish racing on another
 * instance, a no-op. Unpublishing before the send has started cancels it.
 */
export const queueSendOnPublish: CollectionAfterChangeHook = async ({ doc, req }) => {
  const article = doc as Article
  if (article._status === 'published') {
    if (article.newsletter?.sendOnPublish) await createSend(req, article)
  } else {
    await cancelWaitingSend(req, article.id)
  }
  return doc
}

export const cancelSendOnDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await cancelWaitingSend(req, (doc as Article).id, true)
  return doc
}

async function createSend(req: PayloadRequest, article: Article) {
  const startAfter = new Date(Date.now() + env.NEWSLETTER_SEND_DELAY_SECONDS * 1000)
  const userId = req.user?.collection === 'users' ? req.user.id : null
  await execute(
    req.payload,
    sql`INSERT INTO newsletter_sends
          (article_id, status, trigger, started_by_id, subject, preview_text, start_after,
           next_batch_at, updated_at, created_at)
        VALUES (${article.id}, 'queued', 'publish', ${userId}, ${subjectOf(article)},
          ${article.newsletter?.previewText || null}, ${startAfter.toISOString()}, now(), now(), now())
        ON CONFLICT (article_id) WHERE status <> 'cancelled' DO NOTHING`,
    req,
  )
}

/**
 * A save that leaves the article's main row unpublished. Saving a draft of a live article
 * arrives here too (as a "draft" doc), but its main row stays published: nothing is cancelled.
 */
async function cancelWaitingSend(req: PayloadRequest, articleId: number, deleted = false) {
  await execute(
    req.payload,
    sql`UPDATE newsletter_sends SET status = 'cancelled', cancelled_at = now(), updated_at = now()
        WHERE article_id = ${articleId} AND status = 'queued'
          AND (${deleted} OR NOT EXISTS (
            SELECT 1 FROM articles WHERE id = ${articleId} AND _status = 'published'))`,
    req,
  )
}
