import type { Endpoint, PayloadRequest } from 'payload'

import { audienceOf, isEditorOrAdmin } from '@/access'
import { env } from '@/env'

import { newsletterLinks } from '../mail'
import { newsletterContent } from './content'
import { personalise, renderNewsletter } from './email'
import { progressOfArticle } from './progress'

const answer = (status: number, body: Record<string, unknown>) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

const isEditor = (req: PayloadRequest) => isEditorOrAdmin(audienceOf(req))
const notEditor = () =>
  answer(403, { ok: false, message: 'Only editors and admins can send the newsletter.' })

/** Postgres's `integer`, the type of every id: a bigger number is no article, not a 500. */
const MAX_ID = 2_147_483_647

/** A positive whole number, as JSON's number or a query string's plain digits (no "0x10", "1e3"). */
const articleIdOf = (value: unknown) => {
  const id = typeof value === 'string' && /^\d{1,10}$/.test(value) ? Number(value) : value
  return typeof id === 'number' && Number.isInteger(id) && id > 0 && id <= MAX_ID ? id : null
}

async function readArticleId(req: PayloadRequest): Promise<number | null> {
  const body = (await req.json?.().catch(() => null)) as { article?: unknown } | null
  return articleIdOf(body?.article)
}

export const newsletterSendEndpoints: Endpoint[] = [
  {
    // The article's newsletter box polls this while a send runs.
    path: '/status',
    method: 'get',
    handler: async (req) => {
      if (!isEditor(req)) return notEditor()
      const articleId = articleIdOf(req.searchParams.get('article'))
      if (!articleId) return answer(400, { ok: false, message: 'Name the article: ?article=ID.' })
      const [subscribers, article, send] = await Promise.all([
        req.payload.count({
          collection: 'newsletter-signups',
          where: { status: { equals: 'confirmed' } },
          overrideAccess: true,
        }),
        req.payload.find({
          collection: 'articles',
          where: { id: { equals: articleId } },
          select: { _status: true },
          limit: 1,
          depth: 0,
          overrideAccess: true,
        }),
        progressOfArticle(req.payload, articleId),
      ])
      return answer(200, {
        subscribers: subscribers.totalDocs,
        published: article.docs[0]?._status === 'published',
        send,
      })
    },
  },
  {
    // A test goes to the signed-in editor only, rendered from the latest draft, straight away.
    path: '/test',
    method: 'post',
    handler: async (req) => {
      if (!isEditor(req) || !req.user?.email) return notEditor()
      const articleId = await readArticleId(req)
      if (!articleId) return answer(400, { ok: false, message: 'Name the article to test.' })
      const article = await req.payload
        .findByID({
          collection: 'articles',
          id: articleId,
          draft: true,
          depth: 1,
          overrideAccess: true,
        })
        .catch(() => null)
      if (!article) return answer(404, { ok: false, message: 'That article does not exist.' })
      const email = await renderNewsletter(await newsletterContent(req.payload, article))
      // The test reader is not a subscriber: the link shows the page, which explains itself.
      const links = newsletterLinks(null, 'test-send-has-no-unsubscribe-link')
      const body = personalise(email, links.unsubscribePage)
      try {
        await req.payload.sendEmail({
          to: req.user.email,
          subject: `[Test] ${email.subject}`,
          html: body.html,
          text: body.text,
        })
      } catch (error) {
        req.payload.logger.error({ err: error, msg: 'The newsletter test could not be sent' })
        const reason = (error as { response?: string; message?: string }).response
        return answer(502, {
          ok: false,
          message: `The mail server refused the test${reason ? `: ${reason}` : '.'} Check the SMTP settings.`,
        })
      }
      const where = env.SMTP_HOST ? '' : ` (saved to ${env.MAIL_DIR})`
      return answer(200, { ok: true, message: `Test sent to ${req.user.email}${where}.` })
    },
  },
]
