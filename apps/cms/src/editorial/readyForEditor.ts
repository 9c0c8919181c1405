import type { CollectionAfterChangeHook, TaskConfig } from 'payload'

import { env } from '@/env'

export const READY_FOR_EDITOR_TASK = 'emailEditorsReadyForReview'

type ReviewFlag = { id: number; reviewRequested?: boolean | null }

/**
 * When an author ticks "Ready for an editor", the editors are told by email. The email goes out
 * from the job queue, in the same transaction as the save: it exists only if the save commits,
 * and nobody's save waits for the mail server.
 */
export const queueReadyForEditorEmail: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
}) => {
  const now = doc as ReviewFlag
  const before = previousDoc as ReviewFlag | undefined
  if (!now.reviewRequested || before?.reviewRequested) return doc
  await req.payload.jobs.queue({
    task: READY_FOR_EDITOR_TASK,
    input: {
      articleId: now.id,
      requestedBy: req.user?.collection === 'users' ? req.user.id : null,
    },
    req,
  })
  return doc
}

/** One email to each editor and admin, naming the article, who asked, and where to open it. */
export const readyForEditorTask: TaskConfig<{
  input: { articleId: number; requestedBy?: number | null }
  output: { sentTo: number }
}> = {
  slug: READY_FOR_EDITOR_TASK,
  label: 'Email editors: a draft is ready',
  inputSchema: [
    { name: 'articleId', type: 'number', required: true },
    { name: 'requestedBy', type: 'number' },
  ],
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 10_000 } },
  handler: async ({ input, req }) => {
    const { payload } = req
    const article = await payload
      .findByID({
        collection: 'articles',
        id: input.articleId,
        draft: true,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
        select: { title: true, reviewRequested: true },
      })
      .catch(() => null)
    // Deleted, published or taken back since: nobody needs to look any more.
    if (!article?.reviewRequested) return { output: { sentTo: 0 } }
    const [editors, requester] = await Promise.all([
      payload.find({
        collection: 'users',
        where: { role: { in: ['editor', 'admin'] } },
        limit: 100,
        depth: 0,
        overrideAccess: true,
        select: { email: true, name: true },
      }),
      input.requestedBy
        ? payload
            .findByID({
              collection: 'users',
              id: input.requestedBy,
              depth: 0,
              overrideAccess: true,
              disableErrors: true,
              select: { name: true },
            })
            .catch(() => null)
        : null,
    ])
    const title = article.title || 'Untitled draft'
    const who = requester?.name ?? 'An author'
    const link = `${env.CMS_PUBLIC_URL.replace(/\/+$/, '')}/admin/collections/articles/${input.articleId}`
    for (const editor of editors.docs) {
      await payload.sendEmail({
        to: editor.email,
        subject: `Ready for an editor: ${title}`,
        text: [
          `Hello ${editor.name},`,
          '',
          `${who} marked the draft "${title}" as ready for an editor.`,
          '',
          `Open it in the admin: ${link}`,
          '',
          'It is also listed under "Waiting for an editor" on the admin dashboard.',
        ].join('\n'),
        html: `<p>Hello ${escapeHtml(editor.name)},</p>
<p>${escapeHtml(who)} marked the draft “${escapeHtml(title)}” as ready for an editor.</p>
<p><a href="${link}">Open it in the admin</a></p>
<p>It is also listed under “Waiting for an editor” on the admin dashboard.</p>`,
      })
    }
    return { output: { sentTo: editors.docs.length } }
  },
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}
