/**
 * What the site puts in search results and social cards for an article, with its fallbacks (see
 * apps/web's article page): the SEO title or else the article title, followed by the site name;
 * the SEO description or else the summary; the SEO image or else the hero image.
 */
export interface SeoInput {
  title?: string | null
  summary?: string | null
  slug?: string | null
  heroImage?: unknown
  meta?: { title?: string | null; description?: string | null; image?: unknown }
}

export const TITLE_LIMITS = { min: 30, max: 65 }
export const DESCRIPTION_LIMITS = { min: 70, max: 160 }

const text = (value: string | null | undefined) => value?.trim() || ''

export function effectiveSeo(doc: SeoInput, siteName: string, siteUrl: string) {
  const ownTitle = text(doc.meta?.title)
  const ownDescription = text(doc.meta?.description)
  const pageTitle = ownTitle || text(doc.title)
  return {
    title: pageTitle ? `${pageTitle} · ${siteName}` : siteName,
    titleSource: ownTitle ? 'SEO title' : 'article title',
    description: ownDescription || text(doc.summary),
    descriptionSource: ownDescription ? 'SEO description' : 'summary',
    hasImage: Boolean(doc.meta?.image || doc.heroImage),
    imageSource: doc.meta?.image ? 'SEO image' : 'hero image',
    url: `${siteUrl.replace(/\/+$/, '')}/articles/${text(doc.slug) || '…'}`,
  }
}

export type LengthVerdict = 'empty' | 'short' | 'good' | 'long'

export function lengthVerdict(value: string, limits: { min: number; max: number }): LengthVerdict {
  if (!value) return 'empty'
  if (value.length < limits.min) return 'short'
  return value.length > limits.max ? 'long' : 'good'
}
