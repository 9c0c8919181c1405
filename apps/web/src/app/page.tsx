import { latestArticlesQuery } from '@sok/content'
import { dehydrate, HydrationBoundary } from '@tanstack/react-query'

import { LatestArticles } from '@/components/LatestArticles'
import { content } from '@/lib/content'
import { getQueryClient } from '@/lib/query-client'

export default async function HomePage() {
  const queryClient = getQueryClient()
  // fetchInfiniteQuery (not prefetch) so a CMS failure reaches the error page instead of
  // leaving an empty list.
  await queryClient.fetchInfiniteQuery(latestArticlesQuery(content))
  return (
    <>
      <section className="intro">
        <h1>Science of Ketamine</h1>
        <p className="lead">
          What the research on ketamine therapy says, explained plainly and cited carefully.
        </p>
      </section>
      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading">Latest articles</h2>
        <HydrationBoundary state={dehydrate(queryClient)}>
          <LatestArticles />
        </HydrationBoundary>
      </section>
    </>
  )
}
