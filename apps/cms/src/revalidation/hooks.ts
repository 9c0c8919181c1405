import { tagsForChange } from '@sok/content/revalidation'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionSlug,
  DataFromCollectionSlug,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

import { announceJob } from '@/jobs/wake-up'
import { announceChange } from '@/read-cache'

import { REVALIDATE_QUEUE } from './task'

/** These hooks run on every collection: the document is any of them, as Payload generates it. */
type AnyDocument = DataFromCollectionSlug<CollectionSlug>

const isPublished = (doc: AnyDocument | undefined) =>
  Boolean(doc && '_status' in doc && doc._status === 'published')
/** What tagsForChange reads of a document: its slug, in the collections that have one. */
const slugOf = (doc: AnyDocument | undefined) => (doc && 'slug' in doc ? { slug: doc.slug } : null)

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
export const revalidateOnChange: CollectionAfterChangeHook<AnyDocument> = async ({
  collection,
  doc,
  previousDoc,
  req,
}) => {
  // Payload types previousDoc as the document, but a create has none.
  const before = previousDoc as AnyDocument | undefined
  const usesDrafts = Boolean(collection.versions?.drafts)
  if (usesDrafts && !isPublished(doc) && !isPublished(before)) return doc
  await queueRevalidation(
    req,
    tagsForChange({ collection: collection.slug, doc: slugOf(doc), previousDoc: slugOf(before) }),
  )
  return doc
}

export const revalidateOnDelete: CollectionAfterDeleteHook<AnyDocument> = async ({
  collection,
  doc,
  req,
}) => {
  await queueRevalidation(req, tagsForChange({ collection: collection.slug, doc: slugOf(doc) }))
  return doc
}

export const revalidateGlobal: GlobalAfterChangeHook = async ({ global, doc, req }) => {
  await queueRevalidation(req, tagsForChange({ collection: global.slug, doc: null }))
  return doc
}
