/** What the site needs to know of a linked document to link to its page. */
export interface LinkedDocument {
  relationTo: 'articles' | 'authors' | 'categories'
  /** The document as the CMS populated it. */
  doc: { slug: string; title?: string; name?: string; summary?: string | null }
}

const PAGES: Record<LinkedDocument['relationTo'], string> = {
  articles: '/articles/',
  authors: '/authors/',
  categories: '/categories/',
}

/**
 * The document an internal link or an embedded relationship points at, when the site has a page
 * for it and the CMS sent it populated; otherwise null and the site shows plain text. An id alone
 * means the reader may not see the document (a draft, or a user), so nothing about it is shown;
 * a populated document that is not published (only possible in preview) is treated the same way.
 */
export function linkedDocument(relationTo: unknown, value: unknown): LinkedDocument | null {
  if (typeof relationTo !== 'string' || !Object.hasOwn(PAGES, relationTo)) return null
  if (value === null || typeof value !== 'object') return null
  const doc = value as Record<string, unknown>
  if (typeof doc.slug !== 'string' || !doc.slug) return null
  if ('_status' in doc && doc._status !== 'published') return null
  return {
    relationTo: relationTo as LinkedDocument['relationTo'],
    doc: doc as LinkedDocument['doc'],
  }
}

/** The site's address of a linked document, e.g. /articles/ketamine-and-sleep. */
export function documentPath({ relationTo, doc }: LinkedDocument): string {
  return `${PAGES[relationTo]}${encodeURIComponent(doc.slug)}`
}
