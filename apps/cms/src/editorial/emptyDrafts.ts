import { articleWordCount } from '@sok/content/reading-time'
import type { TaskConfig } from 'payload'

/** How long an untouched, empty draft is kept before it is deleted. */
export const EMPTY_DRAFT_HOURS = 24

/**
 * "Create New" with autosave stores a draft at once (Payload 3.90 has no option to wait for the
 * first keystroke without validating drafts). Drafts that stayed empty, no title and no text, for
 * a day are deleted every hour, and the list shows an empty one as "Untitled draft" meanwhile.
 */
export const deleteEmptyDraftsTask: TaskConfig<{ input: object; output: { deleted: number } }> = {
  slug: 'deleteEmptyDrafts',
  label: 'Delete abandoned empty drafts',
  schedule: [{ cron: '17 * * * *', queue: 'default' }],
  handler: async ({ req }) => {
    const { payload } = req
    const cutoff = new Date(Date.now() - EMPTY_DRAFT_HOURS * 3_600_000).toISOString()
    const { docs } = await payload.find({
      collection: 'articles',
      // The latest draft of each article, not what was stored when it was created.
      draft: true,
      where: {
        and: [
          { _status: { not_equals: 'published' } },
          { updatedAt: { less_than: cutoff } },
          { or: [{ title: { exists: false } }, { title: { equals: '' } }] },
        ],
      },
      limit: 100,
      depth: 0,
      overrideAccess: true,
      req,
    })
    let deleted = 0
    for (const draft of docs) {
      const empty =
        articleWordCount(draft as Parameters<typeof articleWordCount>[0]) === 0 &&
        !draft.heroImage &&
        !draft.references?.length
      if (!empty) continue
      await payload.delete({ collection: 'articles', id: draft.id, overrideAccess: true, req })
      deleted++
    }
    if (deleted) payload.logger.info(`Deleted ${deleted} empty draft(s) untouched for a day.`)
    return { output: { deleted } }
  },
}
