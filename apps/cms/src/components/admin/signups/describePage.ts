import type { Payload } from 'payload'
import { cache } from 'react'

import { env } from '@/env'

export interface PageDescription {
  label: string
  href: string
}

const FIXED: Record<string, string> = {
  '/': 'Home page',
  '/faq': 'FAQ page',
  '/search': 'Search page',
}

const COLLECTIONS = {
  articles: { collection: 'articles', field: 'title', kind: 'Article' },
  categories: { collection: 'categories', field: 'title', kind: 'Category' },
  authors: { collection: 'authors', field: 'name', kind: 'Author page' },
} as const

/**
 * "Article: Ketamine and sleep" instead of "/articles/ketamine-and-sleep": a sign-up's source page
 * as an editor recognises it, with a link to it on the site. Unknown paths are shown as they are.
 */
export const describePage = cache(
  async (payload: Payload, path: string | null | undefined): Promise<PageDescription | null> => {
    if (!path) return null
    const href = `${env.WEB_PUBLIC_URL.replace(/\/+$/, '')}${path.startsWith('/') ? path : `/${path}`}`
    const pathname = path.split(/[?#]/)[0] ?? path
    const fixed = FIXED[pathname.replace(/\/+$/, '') || '/']
    if (fixed) return { label: fixed, href }
    const [, section, slug] = pathname.split('/')
    const target = COLLECTIONS[section as keyof typeof COLLECTIONS]
    if (!target || !slug) return { label: path, href }
    const { docs } = await payload.find({
      collection: target.collection,
      where: { slug: { equals: slug } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    const name = (docs[0] as Record<string, unknown> | undefined)?.[target.field]
    return { label: typeof name === 'string' ? `${target.kind}: ${name}` : path, href }
  },
)
