import { stringify } from 'qs-esm'

import { cacheTags } from './cache-tags'
import { contentTypeGetters } from './content-types'
import type { CollectionSlug, ContentReader } from './content-types/define'
import { allOf, type FindQuery } from './find-query'
import type { Article, Author, Category, Faq, SiteSetting } from './payload-types'
import { type SearchResults, searchResultsSpec, searchSelection } from './search-results'

/** Payload's paginated list answer. */
export interface Paginated<T> {
  docs: T[]
  totalDocs: number
  limit: number
  page: number
  totalPages: number
  hasNextPage: boolean
  hasPrevPage: boolean
  nextPage: number | null
  prevPage: number | null
}

/** What a card in a list of articles shows; lists fetch only these fields. */
export type ArticleCard = Pick<
  Article,
  'id' | 'title' | 'slug' | 'summary' | 'publishedAt' | 'heroImage' | 'category'
>
/** An article as its page shows it: everything but the admin-only owner. */
export type ArticlePage = Omit<Article, 'owner' | 'createdAt' | '_status'>
/** What feeds and the sitemap list (dates: what editors claim, never the database's updatedAt). */
export type ArticleListing = Pick<
  Article,
  'id' | 'title' | 'slug' | 'summary' | 'publishedAt' | 'contentUpdatedAt' | 'category' | 'authors'
>
export type AuthorProfile = Pick<
  Author,
  'id' | 'name' | 'slug' | 'kind' | 'credentials' | 'jobTitle' | 'bio' | 'photo' | 'updatedAt'
>
export type CategorySummary = Pick<Category, 'id' | 'title' | 'slug' | 'description' | 'updatedAt'>
export type FaqEntry = Pick<Faq, 'id' | 'question' | 'answer' | 'category'>

const ARTICLE_CARD_SELECT = {
  title: true,
  slug: true,
  summary: true,
  publishedAt: true,
  heroImage: true,
  category: true,
} as const
const CARD_POPULATE = {
  media: { alt: true, width: true, height: true, sizes: { card: true } },
  categories: { title: true, slug: true },
} as const
/** What the site shows of a category, wherever it lists or heads one. */
const CATEGORY_SELECT = { title: true, slug: true, description: true, updatedAt: true } as const

const AUTHOR_SELECT = {
  name: true,
  slug: true,
  kind: true,
  credentials: true,
  jobTitle: true,
  bio: true,
  photo: true,
  updatedAt: true,
} as const
const PUBLISHED = { _status: { equals: 'published' } } as const

const SEARCH_QUERY = `query Search($text: String!, $limit: Int) {
  SearchContent(text: $text, limit: $limit) ${searchSelection(searchResultsSpec)}
}`

export class ContentRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message)
    this.name = 'ContentRequestError'
  }
}

export interface ContentClientOptions {
  /** Where the CMS answers, e.g. http://localhost:3000. */
  baseUrl: string
  /** Extra options for each request, given its cache tags (the site adds Next's caching here). */
  requestInit?: (tags: string[]) => RequestInit
  /** Give up on a CMS answer after this long (a slow CMS must not hold a visitor's page for minutes). */
  timeoutMs?: number
}

/** A redirect an editor or a renamed article left: the old path and where it now points. */
export interface SiteRedirect {
  from: string
  to: string
  permanent: boolean
}

/** Enough for any realistic archive in one answer; longer lists are read page by page. */
const INDEX_PAGE_SIZE = 500
/** How many pages of a long index are read in parallel (the CMS has a few connections per read). */
const PAGES_AT_ONCE = 10

export interface ArticleFilter {
  page?: number
  limit?: number
  /** Only articles in the category with this slug. */
  categorySlug?: string
  /** Only articles this author wrote. */
  authorId?: number
  /** Only articles this author reviewed medically. */
  reviewerId?: number
  /** Leave these articles out (e.g. the one being read). */
  excludeIds?: number[]
}

export type ContentClient = ReturnType<typeof createContentClient>

/** The one way the site and the tests read published content from the CMS. */
export function createContentClient({ baseUrl, requestInit, timeoutMs }: ContentClientOptions) {
  const root = baseUrl.replace(/\/+$/, '')

  /** fetch, given up after `timeoutMs` with an error that says so. */
  async function fetchInTime(url: string, init: RequestInit): Promise<Response> {
    try {
      return await fetch(url, {
        ...init,
        ...(timeoutMs ? { signal: AbortSignal.timeout(timeoutMs) } : {}),
      })
    } catch (error) {
      if ((error as Error).name === 'TimeoutError') {
        throw new ContentRequestError(
          `The CMS did not answer within ${timeoutMs} ms for ${url.replace(root, '').split('?')[0]}`,
          504,
        )
      }
      throw error
    }
  }

  /**
   * A read from the CMS. Reads with `cache: 'no-store'` (answers that depend on what a visitor
   * typed) skip `requestInit`, so nothing an anonymous visitor chooses is written to a cache.
   */
  async function request<T>(path: string, tags: string[], init: RequestInit = {}): Promise<T> {
    const extra = init.cache === 'no-store' ? {} : (requestInit?.(tags) ?? {})
    const response = await fetchInTime(`${root}${path}`, {
      ...extra,
      ...init,
      headers: { Accept: 'application/json', ...extra.headers, ...init.headers },
    })
    if (!response.ok) {
      throw new ContentRequestError(
        `The CMS answered ${response.status} for ${path.split('?')[0]}`,
        response.status,
      )
    }
    return (await response.json()) as T
  }

  const find = <T>(collection: CollectionSlug, query: FindQuery, tags: string[]) =>
    request<Paginated<T>>(`/api/${collection}?${stringify(query)}`, tags)

  /**
   * Every document of a list (indexes such as slugs and redirects): the first page says how many
   * there are, the others are read a few at a time, so a 10,000-article archive costs three round
   * trips instead of twenty (the list of published slugs is read again after every publish).
   */
  async function findAll<T>(collection: CollectionSlug, query: FindQuery, tags: string[]) {
    const read = (page: number) =>
      find<T>(collection, { ...query, limit: INDEX_PAGE_SIZE, page }, tags)
    const first = await read(1)
    const docs = [...first.docs]
    for (let page = 2; page <= first.totalPages; page += PAGES_AT_ONCE) {
      const last = Math.min(page + PAGES_AT_ONCE - 1, first.totalPages)
      const batch = await Promise.all(
        Array.from({ length: last - page + 1 }, (_, i) => read(page + i)),
      )
      for (const result of batch) docs.push(...result.docs)
    }
    return docs
  }

  /** The one document with this slug (among those `where` allows), or null. */
  async function findBySlug<T>(
    collection: CollectionSlug,
    slug: string,
    { where, ...query }: FindQuery,
    tags: string[],
  ): Promise<T | null> {
    const result = await find<T>(
      collection,
      { ...query, where: allOf(where, { slug: { equals: slug } }), limit: 1 },
      tags,
    )
    return result.docs[0] ?? null
  }

  async function graphql<T>(
    query: string,
    variables: Record<string, unknown> = {},
    tags: string[] = [],
    init: RequestInit = {},
  ) {
    const result = await request<{ data?: T; errors?: { message: string }[] }>(
      '/api/graphql',
      tags,
      {
        ...init,
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      },
    )
    if (result.errors?.length) {
      throw new ContentRequestError(result.errors.map((error) => error.message).join('; '), 200)
    }
    return result.data as T
  }

  return {
    /** Published articles, newest first, optionally narrowed to a category or an author. */
    latestArticles({
      page = 1,
      limit = 6,
      categorySlug,
      authorId,
      reviewerId,
      excludeIds,
    }: ArticleFilter = {}) {
      const where = allOf(
        PUBLISHED,
        categorySlug ? { 'category.slug': { equals: categorySlug } } : null,
        authorId ? { authors: { in: [authorId] } } : null,
        reviewerId ? { medicalReviewer: { equals: reviewerId } } : null,
        excludeIds?.length ? { id: { not_in: excludeIds } } : null,
      )
      const tags = [cacheTags.articles, ...(categorySlug ? [cacheTags.category(categorySlug)] : [])]
      return find<ArticleCard>(
        'articles',
        {
          page,
          limit,
          depth: 1,
          sort: '-publishedAt',
          where,
          select: ARTICLE_CARD_SELECT,
          populate: CARD_POPULATE,
        },
        tags,
      )
    },

    /** One published article, or null when no published article has this slug. */
    articleBySlug(slug: string): Promise<ArticlePage | null> {
      return findBySlug<ArticlePage>(
        'articles',
        slug,
        {
          where: PUBLISHED,
          // Depth 2 reaches the related articles' images and categories, nothing else.
          depth: 2,
          select: { owner: false, createdAt: false, _status: false },
          populate: {
            articles: ARTICLE_CARD_SELECT,
            authors: { name: true, slug: true, kind: true, credentials: true, jobTitle: true },
            categories: { title: true, slug: true },
            faqs: { question: true, answer: true },
            media: {
              alt: true,
              width: true,
              height: true,
              caption: true,
              credit: true,
              sizes: { card: true, hero: true, social: true },
            },
          },
        },
        // Also `articles`: the page shows bylines, FAQs, images and related articles, whose
        // changes reach it through that tag.
        [cacheTags.article(slug), cacheTags.articles],
      )
    },

    /**
     * Every redirect editors and renamed articles left, read as one cached list: a visitor's
     * unknown path is looked up in it, never sent to the CMS (or the cache) on its own.
     */
    async redirects(): Promise<SiteRedirect[]> {
      type Target = { url?: string | null; reference?: { value?: { slug?: string | null } } | null }
      const docs = await findAll<{
        from?: string | null
        to?: Target | null
        type?: string | null
      }>(
        'redirects',
        {
          depth: 1,
          sort: 'id',
          select: { from: true, to: true, type: true },
          populate: { articles: { slug: true } },
        },
        // Also `articles`: a redirect to an article points at that article's current slug.
        [cacheTags.redirects, cacheTags.articles],
      )
      return docs.flatMap((redirect) => {
        const slug = redirect.to?.reference?.value?.slug
        const to = redirect.to?.url || (slug ? `/articles/${slug}` : null)
        if (!redirect.from || !to) return []
        const permanent = redirect.type === '301' || redirect.type === '308'
        return [{ from: redirect.from, to, permanent }]
      })
    },

    /** Where an old address now points, if an editor or a renamed article left a redirect. */
    async redirectFor(path: string): Promise<{ to: string; permanent: boolean } | null> {
      const redirect = (await this.redirects()).find((candidate) => candidate.from === path)
      return redirect ? { to: redirect.to, permanent: redirect.permanent } : null
    },

    /**
     * The slugs of all published articles, as one cached list. Pages check a visitor's slug
     * against it before asking for that article, so unknown slugs cost no CMS read and leave
     * nothing in the cache.
     */
    async publishedArticleSlugs(): Promise<Set<string>> {
      // One answer however large the archive (the CMS's published-slugs endpoint), instead of
      // the paginated list: the site reads it again after every publish.
      const { slugs } = await request<{ slugs: string[] }>('/api/articles/published-slugs', [
        cacheTags.articles,
      ])
      return new Set(slugs)
    },

    /**
     * The latest draft an editor is previewing, by its signed preview token. Never cached: the
     * token names one article and proves an editor asked for it.
     */
    async articleDraft(token: string): Promise<Article | null> {
      const response = await fetchInTime(
        `${root}/api/articles/preview-draft?token=${encodeURIComponent(token)}`,
        { cache: 'no-store', headers: { Accept: 'application/json' } },
      )
      if (response.status === 401 || response.status === 404) return null
      if (!response.ok) {
        throw new ContentRequestError(
          `The CMS answered ${response.status} for a preview`,
          response.status,
        )
      }
      return (await response.json()) as Article
    },

    /**
     * Published articles, newest first, with what feeds and the sitemap need: the newest `limit`
     * (read in pages of at most INDEX_PAGE_SIZE, the most the CMS gives an anonymous reader).
     */
    async articleListing({
      categorySlug,
      limit = 100,
    }: { categorySlug?: string; limit?: number } = {}) {
      const where = allOf(
        PUBLISHED,
        categorySlug ? { 'category.slug': { equals: categorySlug } } : null,
      )
      const docs: ArticleListing[] = []
      for (let page = 1; docs.length < limit; page++) {
        const result = await find<ArticleListing>(
          'articles',
          {
            limit: Math.min(limit, INDEX_PAGE_SIZE),
            page,
            depth: 1,
            sort: '-publishedAt',
            where,
            select: {
              title: true,
              slug: true,
              summary: true,
              publishedAt: true,
              contentUpdatedAt: true,
              category: true,
              authors: true,
            },
            populate: { categories: { title: true, slug: true }, authors: { name: true } },
          },
          [cacheTags.articles],
        )
        docs.push(...result.docs)
        if (!result.hasNextPage) break
      }
      return docs.slice(0, limit)
    },

    /**
     * Published articles' addresses and dates, newest first: sitemap file `file` of files holding
     * `perFile` articles each, read in pages an anonymous reader may ask for (at most 500).
     */
    async articleSitemap({ file = 1, perFile = 5000 }: { file?: number; perFile?: number }) {
      const pagesPerFile = Math.ceil(perFile / INDEX_PAGE_SIZE)
      const first = (file - 1) * pagesPerFile + 1
      const read = (page: number) =>
        find<Pick<Article, 'id' | 'slug' | 'publishedAt' | 'contentUpdatedAt'>>(
          'articles',
          {
            page,
            limit: INDEX_PAGE_SIZE,
            depth: 0,
            sort: '-publishedAt',
            where: PUBLISHED,
            select: { slug: true, publishedAt: true, contentUpdatedAt: true },
          },
          [cacheTags.articles],
        )
      const opening = await read(first)
      const last = opening.hasNextPage
        ? Math.min(first + pagesPerFile - 1, opening.totalPages)
        : first
      const rest = await Promise.all(
        Array.from({ length: last - first }, (_, i) => read(first + 1 + i)),
      )
      return {
        totalDocs: opening.totalDocs,
        docs: [opening, ...rest].flatMap((result) => result.docs),
      }
    },

    /** All categories, by title. */
    categories(): Promise<CategorySummary[]> {
      return findAll<CategorySummary>(
        'categories',
        {
          depth: 0,
          sort: 'title',
          select: CATEGORY_SELECT,
        },
        [cacheTags.categories],
      )
    },

    categoryBySlug(slug: string): Promise<CategorySummary | null> {
      return findBySlug<CategorySummary>(
        'categories',
        slug,
        { depth: 0, select: CATEGORY_SELECT },
        [cacheTags.category(slug)],
      )
    },

    /** All bylines, by name. */
    authors(): Promise<Pick<Author, 'id' | 'slug' | 'updatedAt'>[]> {
      return findAll<Pick<Author, 'id' | 'slug' | 'updatedAt'>>(
        'authors',
        { depth: 0, sort: 'name', select: { slug: true, updatedAt: true } },
        [cacheTags.authors],
      )
    },

    authorBySlug(slug: string): Promise<AuthorProfile | null> {
      return findBySlug<AuthorProfile>(
        'authors',
        slug,
        {
          depth: 1,
          select: AUTHOR_SELECT,
          populate: { media: { alt: true, width: true, height: true, sizes: { card: true } } },
        },
        // Also `authors`, which a media change expires: the page shows the author's photo.
        [cacheTags.author(slug), cacheTags.authors],
      )
    },

    /** Every published FAQ with its category, for the FAQ page. */
    async faqs(): Promise<FaqEntry[]> {
      const result = await find<FaqEntry>(
        'faqs',
        {
          limit: 500,
          depth: 1,
          sort: 'createdAt',
          where: PUBLISHED,
          select: { question: true, answer: true, category: true },
          populate: { categories: { title: true, slug: true } },
        },
        // Also `categories`: each FAQ shows its category's title.
        [cacheTags.faqs, cacheTags.categories],
      )
      return result.docs
    },

    /** Site name, menus, footer and recurring texts. */
    siteSettings(): Promise<SiteSetting> {
      return request<SiteSetting>(`/api/globals/site-settings?${stringify({ depth: 0 })}`, [
        cacheTags.siteSettings,
      ])
    },

    /**
     * Full-text search over published articles and FAQs (the CMS's SearchContent query). Never
     * cached: every visitor's text would otherwise add an entry to the site's cache.
     */
    async search(text: string, limit?: number): Promise<SearchResults> {
      const data = await graphql<{ SearchContent: SearchResults }>(
        SEARCH_QUERY,
        { text, limit },
        [],
        { cache: 'no-store' },
      )
      return data.SearchContent
    },

    /** A GraphQL query against the CMS; GraphQL errors become a thrown error. */
    graphql,

    /** The getters of the registered content types (./content-types), e.g. the glossary's. */
    ...contentTypeGetters({ find, findAll, findBySlug } satisfies ContentReader),
  }
}
