import type { Article } from '@sok/content/payload-types'
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

const contextKey = (id: number | string) => `articles:${id}:publishedSlugBefore`

/**
 * The address readers had until this publish: the slug of the published article, or, when it was
 * unpublished since, of its last published version. Autosave keeps drafts in versions only, so a
 * draft with a new slug never counts (comparing with the previous *version* would miss a rename
 * made while autosave was on).
 */
async function lastPublishedSlug(req: PayloadRequest, id: number | string) {
  const live = await req.payload.findByID({
    collection: 'articles',
    id,
    depth: 0,
    draft: false,
    overrideAccess: true,
    disableErrors: true,
    select: { slug: true, _status: true },
    req,
  })
  if (live?._status === 'published') return live.slug ?? undefined
  const { docs } = await req.payload.findVersions({
    collection: 'articles',
    where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs[0]?.version.slug ?? undefined
}

/** Before a publish: remember the address that was live, for the redirect afterwards. */
export const rememberPublishedSlug: CollectionBeforeChangeHook<Article> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const status = data._status ?? originalDoc?._status
  if (operation !== 'update' || status !== 'published' || !originalDoc?.id) return data
  const slug = await lastPublishedSlug(req, originalDoc.id)
  // Each local API call with `req` replaces `req.context` with a copy, so write to the current one.
  req.context[contextKey(originalDoc.id)] = slug
  return data
}

/**
 * When an article is published under a new slug, readers and search engines still have the old
 * address: send it (308) to the new one. Redirects that pointed at the old address now point at
 * the new one (no chains), and a redirect away from the new address (renamed back) is removed (no
 * loops, no self-redirects).
 */
export const redirectOldSlug: CollectionAfterChangeHook<Article> = async ({
  doc,
  req,
  context,
}) => {
  // `req.context` holds unknown values; rememberPublishedSlug wrote a slug or undefined here.
  const before = context[contextKey(doc.id)] as string | undefined
  if (doc._status !== 'published' || !doc.slug || !before || before === doc.slug) return doc

  const from = `/articles/${before}`
  const to = `/articles/${doc.slug}`
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
    depth: 0,
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
  await req.payload.update({
    collection: 'redirects',
    where: { 'to.url': { equals: from } },
    data: { to: { type: 'custom', url: to } },
    overrideAccess: true,
    req,
  })
  return doc
}
