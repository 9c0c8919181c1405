import { latestArticlesQuery } from '@sok/content'
import { dehydrate, HydrationBoundary } from '@tanstack/react-query'
import type { Metadata } from 'next'
import Link from 'next/link'

import { CmsImage } from '@/components/CmsImage'
import { JsonLd } from '@/components/JsonLd'
import { LatestArticles } from '@/components/LatestArticles'
import { env } from '@/env'
import { content } from '@/lib/content'
import { formatDate } from '@/lib/format'
import { sizedImage } from '@/lib/media'
import { populated } from '@/lib/populated'
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
  const image = featured ? sizedImage(featured.heroImage, 'card') : null
  const category = featured ? populated(featured.category) : null

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
          <article className="featured-card">
            {image && (
              <CmsImage
                image={image}
                sizes="(min-width: 72rem) 38rem, 100vw"
                className="featured-image"
                preload
                decorative
              />
            )}
            <div className="featured-body">
              {category && <p className="eyebrow">{category.title}</p>}
              <h3 className="featured-title">
                <Link href={`/articles/${featured.slug}`}>{featured.title}</Link>
              </h3>
              {featured.publishedAt && (
                <p className="meta">
                  <time dateTime={featured.publishedAt}>{formatDate(featured.publishedAt)}</time>
                </p>
              )}
              <p>{featured.summary}</p>
            </div>
          </article>
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
