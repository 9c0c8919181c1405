import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { cache, Suspense } from 'react'

import { CardList, CardListSkeleton } from '@/components/CardList'
import { CmsImage } from '@/components/CmsImage'
import { PageTrail } from '@/components/PageTrail'
import { content } from '@/lib/content'
import { isAuthor } from '@/lib/known-content'
import { sizedImage } from '@/lib/media'
import { pageMetadata } from '@/lib/seo'
import { getPublication, getSiteSettings } from '@/lib/site'
import { byline } from '@/lib/structured-data'

interface Props {
  params: Promise<{ slug: string }>
}

const authorBySlug = cache(async (slug: string) =>
  (await isAuthor(slug)) ? content.authorBySlug(slug) : null,
)

const displayName = (author: { name: string; credentials?: string | null }) =>
  author.credentials ? `${author.name}, ${author.credentials}` : author.name

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [author, settings] = await Promise.all([
    authorBySlug((await params).slug),
    getSiteSettings(),
  ])
  if (!author) return { title: 'Author not found' }
  return pageMetadata({
    title: displayName(author),
    description: author.bio ?? `Articles by ${author.name}.`,
    path: `/authors/${author.slug}`,
    siteName: settings.siteName,
  })
}

// Rendered on first request, then served from the cache until the CMS says it changed.
export function generateStaticParams() {
  return []
}

export default async function AuthorPage({ params }: Props) {
  const [author, publication] = await Promise.all([
    authorBySlug((await params).slug),
    getPublication(),
  ])
  if (!author) notFound()
  const path = `/authors/${author.slug}`
  const trail = [{ name: author.name, path }]
  const photo = sizedImage(author.photo, 'card')

  return (
    <>
      <PageTrail
        publication={publication}
        trail={trail}
        nodes={[
          {
            '@type': 'ProfilePage',
            url: `${publication.url}${path}`,
            mainEntity: {
              ...byline(publication, author),
              ...(author.bio ? { description: author.bio } : {}),
            },
          },
        ]}
      />
      <header className="page-header author-header">
        {photo && <CmsImage image={photo} sizes="8rem" className="author-photo" />}
        <div>
          <h1>{displayName(author)}</h1>
          {author.jobTitle && <p className="lead">{author.jobTitle}</p>}
          {author.bio && <p>{author.bio}</p>}
        </div>
      </header>
      <Suspense fallback={<CardListSkeleton />}>
        <AuthorArticles authorId={author.id} name={author.name} />
      </Suspense>
    </>
  )
}

async function AuthorArticles({ authorId, name }: { authorId: number; name: string }) {
  const [written, reviewed] = await Promise.all([
    content.latestArticles({ authorId, limit: 24 }),
    content.latestArticles({ reviewerId: authorId, limit: 24 }),
  ])
  // A reviewer who has written nothing yet is shown with what they reviewed only.
  const showWritten = written.docs.length > 0 || reviewed.docs.length === 0
  return (
    <>
      {showWritten && (
        <section aria-labelledby="written-heading">
          <h2 id="written-heading">Articles by {name}</h2>
          {written.docs.length > 0 ? (
            <CardList articles={written.docs} />
          ) : (
            <p className="empty">No published articles yet.</p>
          )}
        </section>
      )}
      {reviewed.docs.length > 0 && (
        <section aria-labelledby="reviewed-heading">
          <h2 id="reviewed-heading">Articles medically reviewed by {name}</h2>
          <CardList articles={reviewed.docs} />
        </section>
      )}
    </>
  )
}
