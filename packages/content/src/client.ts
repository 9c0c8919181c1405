import { stringify } from 'qs-esm'

import { cacheTags } from './cache-tags'
import type { Article } from './payload-types'

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
export type ArticleCard = Pick<Article, 'id' | 'title' | 'slug' | 'summary' | 'publishedAt'>

const ARTICLE_CARD_SELECT = { title: true, slug: true, summary: true, publishedAt: true } as const

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
}

export type ContentClient = ReturnType<typeof createContentClient>

/** The one way the site and the tests read published content from the CMS. */
export function createContentClient({ baseUrl, requestInit }: ContentClientOptions) {
  const root = baseUrl.replace(/\/+$/, '')

  async function request<T>(path: string, tags: string[], init: RequestInit = {}): Promise<T> {
    const extra = requestInit?.(tags) ?? {}
    const response = await fetch(`${root}${path}`, {
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

  return {
    /** Published articles, newest first. */
    latestArticles({ page = 1, limit = 6 }: { page?: number; limit?: number } = {}) {
      const query = stringify({
        page,
        limit,
        depth: 0,
        sort: '-publishedAt',
        select: ARTICLE_CARD_SELECT,
      })
      return request<Paginated<ArticleCard>>(`/api/articles?${query}`, [cacheTags.articles])
    },

    /** One published article, or null when no published article has this slug. */
    async articleBySlug(slug: string): Promise<Article | null> {
      const query = stringify({ where: { slug: { equals: slug } }, limit: 1, depth: 1 })
      const result = await request<Paginated<Article>>(`/api/articles?${query}`, [
        cacheTags.article(slug),
      ])
      return result.docs[0] ?? null
    },

    /** A GraphQL query against the CMS; GraphQL errors become a thrown error. */
    async graphql<T>(query: string, variables: Record<string, unknown> = {}, tags: string[] = []) {
      const result = await request<{ data?: T; errors?: { message: string }[] }>(
        '/api/graphql',
        tags,
        {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ query, variables }),
        },
      )
      if (result.errors?.length) {
        throw new ContentRequestError(result.errors.map((error) => error.message).join('; '), 200)
      }
      return result.data as T
    },
  }
}
