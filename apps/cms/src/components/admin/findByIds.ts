import type { Config } from '@sok/content/payload-types'
import type { Payload } from 'payload'

/**
 * The documents with these ids, in one query, with only the selected fields: for the admin's own
 * panels, which name documents and people its signed-in staff may see (drafts included, no
 * access check per row). No ids, no query.
 */
export async function findByIds<
  TSlug extends 'articles' | 'users',
  TSelect extends Config['collectionsSelect'][TSlug],
>(payload: Payload, collection: TSlug, ids: number[], select: TSelect) {
  if (ids.length === 0) return []
  const { docs } = await payload.find({
    collection,
    where: { id: { in: ids } },
    draft: true,
    limit: ids.length,
    depth: 0,
    overrideAccess: true,
    select,
  })
  return docs
}
