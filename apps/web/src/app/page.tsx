import { latestArticlesQuery } from '@sok/content'
import { dehydrate, HydrationBoundary } from '@tanstack/react-query'
import type { Metadata } from 'next'

import { ArticleCard } from '@/components/ArticleCard'
import { JsonLd } from '@/components/JsonLd'
import { LatestArticles } from '@/components/LatestArticles'
import { env } from '@/env'
import { content } from '@/lib/content'
import { getQueryClient } from '@/lib/query-client'
import { pageMetadata } from '@/lib/seo'
import { absoluteUrl, getPublication, getSiteSettings } from '@/lib/site'
import { jsonLdGraph, organization } from '@/lib/structured-data'

import { Providers } from './providers'

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings()
  const metadata = pageMetadata({
    title: settings.siteName,
    description: settings.tagline ?? settings.siteName,
    path: '/',
    siteName: settings.siteName,
  })
  // The home page's title is the site name alone, not "name · name".
  return { ...metadata, title: { absolute: settings.siteName } }
}

// Rendered per request (no CMS runs at build time) from cached CMS answers: fetches that set
// their own revalidate stay cached under force-dynamic.
export const dynamic = 'force-dynamic'

export default async function HomePage() {
  const queryClient = getQueryClient()
  // fetchInfiniteQuery (not prefetch) so a CMS failure reaches the error page instead of
  // leaving an empty list.
  const [latest, settings, publication] = await Promise.all([
    queryClient.fetchInfiniteQuery(latestArticlesQuery(content)),
    getSiteSettings(),
    getPublication(),
  ])
  const featured = latest.pages[0]?.docs[0]

  return (
    <>
      <JsonLd
        data={jsonLdGraph([
          organization(publication),
          {
            '@type': 'WebSite',
            name: settings.siteName,
            url: absoluteUrl('/'),
            potentialAction: {
              '@type': 'SearchAction',
              target: `${absoluteUrl('/search')}?q={search_term_string}`,
              'query-input': 'required name=search_term_string',
            },
          },
        ])}
      />
      <section className="intro">
        <h1>{settings.siteName}</h1>
        {settings.tagline && <p className="lead">{settings.tagline}</p>}
      </section>
      {featured && (
        <section aria-labelledby="featured-heading" className="featured">
          <h2 id="featured-heading" className="section-label">
            Featured article
          </h2>
          <ArticleCard article={featured} variant="featured" />
        </section>
      )}
      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading">Latest articles</h2>
        <Providers cmsPublicUrl={env.CMS_PUBLIC_URL}>
          <HydrationBoundary state={dehydrate(queryClient)}>
            <LatestArticles skipIds={featured ? [featured.id] : []} />
          </HydrationBoundary>
        </Providers>
      </section>
    </>
  )
}
