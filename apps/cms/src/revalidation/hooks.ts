import { tagsForChange } from '@sok/content/revalidation'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

import { announceJob } from '@/jobs/wake-up'
import { announceChange } from '@/read-cache'

import { REVALIDATE_QUEUE } from './task'

type Versioned = { _status?: 'draft' | 'published' | null; slug?: string | null }

/**
 * Queues the site's refresh in the same transaction as the change: the job exists only if the
 * change commits, and the job runner cannot see it before then (nor hear of it: see wake-up.ts).
 * The CMS's own read cache is told in the same transaction (a NOTIFY, delivered on commit).
 */
async function queueRevalidation(req: PayloadRequest, tags: string[]) {
  await announceChange(req)
  await req.payload.jobs.queue({
    task: 'revalidateSite',
    queue: REVALIDATE_QUEUE,
    input: { tags },
    req,
  })
  // Delivered when the transaction commits: the runners start on it right away.
  await announceJob(req, REVALIDATE_QUEUE)
}

/** Publishing, unpublishing and editing what is live change the site; saving a draft does not. */
export const revalidateOnChange: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  req,
}) => {
  const now = doc as Versioned
  const before = previousDoc as Versioned | undefined
  const usesDrafts = Boolean(collection.versions?.drafts)
  if (usesDrafts && now._status !== 'published' && before?._status !== 'published') return doc
  await queueRevalidation(
    req,
    tagsForChange({ collection: collection.slug, doc: now, previousDoc: before }),
  )
  return doc
}

export const revalidateOnDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await queueRevalidation(
    req,
    tagsForChange({ collection: collection.slug, doc: doc as Versioned }),
  )
  return doc
}

export const revalidateGlobal: GlobalAfterChangeHook = async ({ global, doc, req }) => {
  await queueRevalidation(req, tagsForChange({ collection: global.slug, doc: null }))
  return doc
}
