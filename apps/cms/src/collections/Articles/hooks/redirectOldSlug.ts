import type { CollectionAfterChangeHook } from 'payload'

/**
 * When a published article gets a new slug, readers and search engines still have the old
 * address: send it to the new one. A redirect that pointed at the new address before (renamed
 * back) is removed so no loop appears.
 */
export const redirectOldSlug: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const before = previousDoc as { slug?: string; _status?: string } | undefined
  const now = doc as { slug?: string; _status?: string }
  if (!before?.slug || !now.slug || before.slug === now.slug) return doc
  if (before._status !== 'published' || now._status !== 'published') return doc

  const from = `/articles/${before.slug}`
  const to = `/articles/${now.slug}`
  await req.payload.delete({
    collection: 'redirects',
    where: { from: { equals: to } },
    overrideAccess: true,
    req,
  })
  const existing = await req.payload.find({
    collection: 'redirects',
    where: { from: { equals: from } },
    limit: 1,
    overrideAccess: true,
    req,
  })
  const data = { from, to: { type: 'custom' as const, url: to }, type: '308' as const }
  if (existing.docs[0]) {
    await req.payload.update({
      collection: 'redirects',
      id: existing.docs[0].id,
      data,
      overrideAccess: true,
      req,
    })
  } else {
    await req.payload.create({ collection: 'redirects', data, overrideAccess: true, req })
  }
  // Older redirects that pointed at the old address now point at the new one (no chains).
  await req.payload.update({
    collection: 'redirects',
    where: { 'to.url': { equals: from } },
    data: { to: { type: 'custom', url: to } },
    overrideAccess: true,
    req,
  })
  return doc
}
