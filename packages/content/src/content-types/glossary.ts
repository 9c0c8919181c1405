import type { Article, GlossaryTerm } from '../payload-types'
import { defineContentType } from './define'

/** A term in the A–Z list (and what an article needs to link its first mention). */
export type GlossaryEntry = Pick<
  GlossaryTerm,
  'id' | 'term' | 'slug' | 'shortDefinition' | 'updatedAt'
>
/** A term as its page shows it; related articles the reader may not see are left out. */
export type GlossaryTermPage = Omit<
  GlossaryTerm,
  'relatedArticles' | 'createdAt' | '_status' | 'generateSlug'
> & { relatedArticles: Pick<Article, 'id' | 'title' | 'slug' | 'summary'>[] }

const PUBLISHED = { _status: { equals: 'published' } } as const
const LIST = 'glossary-terms'
const item = (slug: string) => `glossary-term:${slug}`
/** A term's address on the site: its definition's `path`, and every link to it. */
export const glossaryPath = (slug: string) => `/glossary/${slug}`

/** Glossary terms: /glossary (A–Z) and /glossary/<slug>, linked from their first mention. */
export const glossary = defineContentType({
  collection: 'glossary-terms',
  access: 'publishedDrafts',
  tags: { list: LIST, item },
  // A term's page lists its related articles.
  shows: ['articles'],
  path: glossaryPath,
  getters: (reader) => ({
    /** Every published term, A to Z. */
    glossaryTerms(): Promise<GlossaryEntry[]> {
      return reader.findAll<GlossaryEntry>(
        'glossary-terms',
        {
          depth: 0,
          sort: 'term',
          where: PUBLISHED,
          select: { term: true, slug: true, shortDefinition: true, updatedAt: true },
        },
        [LIST],
      )
    },

    /** One published term with its related (published) articles, or null. */
    async glossaryTermBySlug(slug: string): Promise<GlossaryTermPage | null> {
      const term = await reader.findBySlug<GlossaryTerm>(
        'glossary-terms',
        slug,
        {
          where: PUBLISHED,
          depth: 1,
          select: { createdAt: false, _status: false, generateSlug: false },
          populate: { articles: { title: true, slug: true, summary: true } },
        },
        // Also the list tag, which an article's change expires: the page lists related articles.
        [item(slug), LIST],
      )
      if (!term) return null
      const relatedArticles = (term.relatedArticles ?? []).filter(
        (article): article is Article => typeof article === 'object' && Boolean(article?.slug),
      )
      return { ...term, relatedArticles }
    },
  }),
  sitemap: async ({ glossaryTerms }) => [
    { path: '/glossary' },
    ...(await glossaryTerms()).map((term) => ({
      path: glossaryPath(String(term.slug)),
      lastModified: term.updatedAt,
    })),
  ],
  search: {
    label: 'Glossary',
    table: 'glossary_terms',
    title: 'term',
    excerpt: 'short_definition',
    richText: ['explanation'],
  },
})
