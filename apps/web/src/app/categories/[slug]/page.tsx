import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { CardList } from '@/components/CardList'
import { PageTrail } from '@/components/PageTrail'
import { Pagination } from '@/components/Pagination'
import { content } from '@/lib/content'
import { categoryBySlug } from '@/lib/known-content'
import { pageNumber } from '@/lib/page-number'
import { pageMetadata } from '@/lib/seo'
import { getPublication, getSiteSettings } from '@/lib/site'

const PAGE_SIZE = 9

interface Props {
  params: Promise<{ slug: string }>
  searchParams: Promise<{ page?: string | string[] }>
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { slug } = await params
  const [category, settings] = await Promise.all([categoryBySlug(slug), getSiteSettings()])
  if (!category) return { title: 'Category not found' }
  const page = pageNumber((await searchParams).page) ?? 1
  return pageMetadata({
    title: page > 1 ? `${category.title} (page ${page})` : category.title,
    description: category.description ?? `Articles in ${category.title}.`,
    path: page > 1 ? `/categories/${slug}?page=${page}` : `/categories/${slug}`,
    siteName: settings.siteName,
  })
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const { slug } = await params
  const page = pageNumber((await searchParams).page)
  if (page === null) notFound()
  const category = await categoryBySlug(slug)
  if (!category) notFound()
  // Page 1 says how many pages there are; a page past the end is never asked for (or cached).
  const first = await content.latestArticles({ categorySlug: slug, page: 1, limit: PAGE_SIZE })
  if (page > first.totalPages && page > 1) notFound()
  const [articles, publication] = await Promise.all([
    page === 1 ? first : content.latestArticles({ categorySlug: slug, page, limit: PAGE_SIZE }),
    getPublication(),
  ])
  const path = `/categories/${category.slug}`
  const trail = [{ name: category.title, path }]

  return (
    <>
      <PageTrail
        publication={publication}
        trail={trail}
        nodes={[
          { '@type': 'CollectionPage', name: category.title, url: `${publication.url}${path}` },
        ]}
      />
      <header className="page-header">
        <h1>{category.title}</h1>
        {category.description && <p className="lead">{category.description}</p>}
        <p className="meta">
          <a href={`${path}/feed.xml`}>RSS feed for {category.title}</a>
        </p>
      </header>
      {articles.docs.length > 0 ? (
        <CardList articles={articles.docs} headingLevel={2} />
      ) : (
        <p className="empty">No articles in this category yet. Please check back soon.</p>
      )}
      <Pagination basePath={path} page={page} totalPages={articles.totalPages} />
    </>
  )
}
