import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query'

import type { ContentClient } from './client'
import { SEARCH_LIMITS } from './search-limits'

/**
 * Query options shared by the server (prefetch) and the browser (hydrate, then "load more"), so
 * both use the same key and the browser does not fetch again what the server already sent.
 */
export const LATEST_ARTICLES_PAGE_SIZE = 6

export function latestArticlesQuery(client: ContentClient, limit = LATEST_ARTICLES_PAGE_SIZE) {
  return infiniteQueryOptions({
    queryKey: ['articles', 'latest', { limit }],
    queryFn: ({ pageParam }) => client.latestArticles({ page: pageParam, limit }),
    initialPageParam: 1,
    getNextPageParam: (lastPage) => lastPage.nextPage ?? undefined,
  })
}

/** Normalises what a visitor typed, so "  mri " and "mri" share one cache entry. */
export const normaliseSearchText = (text: string) => text.trim().replace(/\s+/g, ' ')

/** Search results for a text; disabled until the text is long enough to send. */
export function searchQuery(client: ContentClient, rawText: string) {
  const text = normaliseSearchText(rawText)
  return queryOptions({
    queryKey: ['search', text],
    queryFn: () => client.search(text),
    enabled: text.length >= SEARCH_LIMITS.minLength && text.length <= SEARCH_LIMITS.maxLength,
    // A search answer is worth keeping while the visitor edits and goes back.
    staleTime: 60_000,
  })
}
