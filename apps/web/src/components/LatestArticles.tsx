'use client'

import { latestArticlesQuery } from '@sok/content'
import { useSuspenseInfiniteQuery } from '@tanstack/react-query'

import { useContentClient } from '@/app/providers'

import { CardList } from './CardList'

/** The newest articles, hydrated from the server; "Show more" reads further pages in the browser. */
export function LatestArticles({ skipIds = [] }: { skipIds?: number[] }) {
  const client = useContentClient()
  const { data, fetchNextPage, hasNextPage, isFetchingNextPage, isFetchNextPageError } =
    useSuspenseInfiniteQuery(latestArticlesQuery(client))
  // The featured article is already shown above the list.
  const articles = data.pages.flatMap((page) => page.docs).filter((a) => !skipIds.includes(a.id))

  if (articles.length === 0) {
    return <p className="empty">No articles have been published yet. Please check back soon.</p>
  }
  return (
    <>
      <CardList articles={articles} />
      {isFetchNextPageError && (
        <p role="alert" className="error-text">
          More articles could not be loaded. Please try again.
        </p>
      )}
      {hasNextPage && (
        <button
          type="button"
          className="button"
          onClick={() => void fetchNextPage()}
          disabled={isFetchingNextPage}
          aria-busy={isFetchingNextPage}
        >
          {isFetchingNextPage ? 'Loading…' : 'Show more articles'}
        </button>
      )}
    </>
  )
}
