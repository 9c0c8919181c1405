import { normaliseSearchText, SEARCH_LIMITS, searchQuery } from '@sok/content'
import { dehydrate, HydrationBoundary } from '@tanstack/react-query'
import type { Metadata } from 'next'

import { Search } from '@/components/Search'
import { env } from '@/env'
import { content } from '@/lib/content'
import { getQueryClient } from '@/lib/query-client'
import { pageMetadata } from '@/lib/seo'
import { getSiteSettings } from '@/lib/site'

import { Providers } from '../providers'

interface Props {
  searchParams: Promise<{ q?: string | string[] }>
}

const textOf = (q: string | string[] | undefined) =>
  normaliseSearchText(typeof q === 'string' ? q : '').slice(0, SEARCH_LIMITS.maxLength)

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const [settings, text] = await Promise.all([
    getSiteSettings(),
    searchParams.then((p) => textOf(p.q)),
  ])
  return {
    ...pageMetadata({
      title: text ? `Search: ${text}` : 'Search',
      description: 'Search the articles and answers.',
      path: '/search',
      siteName: settings.siteName,
    }),
    // Result pages are for visitors, not for search engines' indexes.
    robots: { index: false, follow: true },
  }
}

export default async function SearchPage({ searchParams }: Props) {
  const text = textOf((await searchParams).q)
  const queryClient = getQueryClient()
  // A direct visit to /search?q=… arrives with its results rendered; a failure here is left to
  // the browser, which shows the error state and can retry.
  if (text.length >= SEARCH_LIMITS.minLength) {
    await queryClient.prefetchQuery(searchQuery(content, text))
  }
  return (
    <>
      <header className="page-header">
        <h1>Search</h1>
        <p className="lead">Find articles and answers to common questions.</p>
      </header>
      <Providers cmsPublicUrl={env.CMS_PUBLIC_URL}>
        <HydrationBoundary state={dehydrate(queryClient)}>
          <Search initialText={text} />
        </HydrationBoundary>
      </Providers>
    </>
  )
}
