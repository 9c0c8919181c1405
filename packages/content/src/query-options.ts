import { infiniteQueryOptions } from '@tanstack/react-query'

import type { ContentClient } from './client'

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
