import type { Article, ArticlePage } from '@sok/content'
import type { Metadata } from 'next'
import Link from 'next/link'
import { Suspense } from 'react'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { AuthorName, Byline } from '@/components/Byline'
import { CardListSkeleton } from '@/components/CardList'
import { CmsImage } from '@/components/CmsImage'
import { FaqList } from '@/components/FaqList'
import { JsonLd } from '@/components/JsonLd'
import { LearnMore } from '@/components/LearnMore'
import { LivePreviewRefresh } from '@/components/LivePreviewRefresh'
import { NewsletterSection } from '@/components/NewsletterSection'
import { References } from '@/components/References'
import { RichText } from '@/components/RichText'
import { TableOfContents } from '@/components/TableOfContents'
import { contentModifiedAt, readerUpdate } from '@/lib/article-dates'
import { content } from '@/lib/content'
import { cmsOrigin } from '@/lib/preview'
import { formatDate } from '@/lib/format'
import { tableOfContents } from '@/lib/headings'
import { sizedImage } from '@/lib/media'
import { populated, populatedList } from '@/lib/populated'
import { articleReadingMinutes } from '@/lib/reading-time'
import { pageMetadata } from '@/lib/seo'
import { getPublication, getSiteSettings, siteOrigin } from '@/lib/site'
import {
  articleNodes,
  breadcrumbList,
  faqPage,
  jsonLdGraph,
  organization,
} from '@/lib/structured-data'

import { LatestArticlesSection, RelatedArticles } from './sections'

/** The article as its page shows it: published to readers, or an editor's draft in preview. */
type ShownArticle = ArticlePage | Article

/** Title, description, canonical address and social tags of an article's page. */
export async function articleMetadata(article: ShownArticle): Promise<Metadata> {
  const settings = await getSiteSettings()
  return pageMetadata({
    title: article.meta?.title?.trim() || article.title,
    description: article.meta?.description?.trim() || article.summary,
    path: `/articles/${article.slug}`,
    siteName: settings.siteName,
    image: sizedImage(article.meta?.image, 'social') ?? sizedImage(article.heroImage, 'social'),
    article: {
      publishedTime: article.publishedAt,
      modifiedTime: contentModifiedAt(article),
      authors: populatedList(article.authors).map((author) => author.name),
    },
  })
}

/**
 * An article page: the same for readers and, with `preview`, for an editor looking at the latest
 * draft (with a banner, and refreshed after each save in the admin's Live Preview pane).
 */
export async function ArticleView({
  article,
  preview = false,
}: {
  article: ShownArticle
  preview?: boolean
}) {
  const [settings, publication, glossary] = await Promise.all([
    getSiteSettings(),
    getPublication(),
    content.glossaryTerms(),
  ])
  const path = `/articles/${article.slug}`
  const category = populated(article.category)
  const authors = populatedList(article.authors)
  const reviewer = populated(article.medicalReviewer)
  const hero = sizedImage(article.heroImage, 'hero')
  const faqs = populatedList(article.faqs)
  const toc = tableOfContents(article.body)
  const relatedIds = populatedList(article.relatedArticles).map((related) => related.id)
  const updated = readerUpdate(article)
  const crumbs = [
    { name: 'Home', path: '/' },
    ...(category ? [{ name: category.title, path: `/categories/${category.slug}` }] : []),
    { name: article.title, path },
  ]
  const social =
    sizedImage(article.meta?.image, 'social') ?? sizedImage(article.heroImage, 'social')

  return (
    <>
      <JsonLd
        data={jsonLdGraph([
          organization(publication),
          ...articleNodes(publication, article, { path, image: social?.src }),
          breadcrumbList(publication, crumbs),
          ...(faqs.length > 0 ? [faqPage(publication, path, faqs)] : []),
        ])}
      />
      {preview && (
        <>
          <p className="preview-banner" role="status">
            <strong>Preview:</strong> this is the latest draft, not what readers see.{' '}
            <a href={`/api/preview/exit?path=${encodeURIComponent(path)}`}>Exit preview</a>
          </p>
          <LivePreviewRefresh cmsOrigin={cmsOrigin} />
        </>
      )}
      <Breadcrumbs crumbs={crumbs} />
      <article className="article">
        <header className="article-header">
          {category && (
            <p className="eyebrow">
              <Link href={`/categories/${category.slug}`}>{category.title}</Link>
            </p>
          )}
          <h1>{article.title}</h1>
          <Byline authors={authors} />
          {authors.some((author) => author.jobTitle) && (
            <ul className="credentials">
              {authors
                .filter((author) => author.jobTitle)
                .map((author) => (
                  <li key={author.id}>
                    {author.name}: {author.jobTitle}
                  </li>
                ))}
            </ul>
          )}
          <p className="meta">
            {article.publishedAt && (
              <>
                Published{' '}
                <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>
              </>
            )}
            {updated && (
              <>
                {' · '}Updated <time dateTime={updated}>{formatDate(updated)}</time>
              </>
            )}
            {' · '}
            {articleReadingMinutes(article)} min read
          </p>
          {reviewer && (
            <p className="reviewed">
              Medically reviewed by <AuthorName author={reviewer} />
              {article.lastReviewedAt && (
                <>
                  {' '}
                  on{' '}
                  <time dateTime={article.lastReviewedAt}>
                    {formatDate(article.lastReviewedAt)}
                  </time>
                </>
              )}
            </p>
          )}
        </header>

        {hero && (
          <figure className="hero">
            <CmsImage image={hero} sizes="(min-width: 48rem) 46rem, 100vw" preload />
            {(populated(article.heroImage)?.caption || populated(article.heroImage)?.credit) && (
              <figcaption>
                {[populated(article.heroImage)?.caption, populated(article.heroImage)?.credit]
                  .filter(Boolean)
                  .join(' · ')}
              </figcaption>
            )}
          </figure>
        )}

        <section aria-labelledby="summary-heading" className="summary-box">
          <h2 id="summary-heading">Summary</h2>
          <p className="lead">{article.summary}</p>
          {article.keyTakeaways && article.keyTakeaways.length > 0 && (
            <>
              <h3>Key takeaways</h3>
              <ul>
                {article.keyTakeaways.map((takeaway, index) => (
                  <li key={takeaway.id ?? index}>{takeaway.text}</li>
                ))}
              </ul>
            </>
          )}
        </section>

        <TableOfContents entries={toc} />

        <div className="prose">
          <RichText value={article.body} siteOrigin={siteOrigin} glossary={glossary} />
        </div>

        <References references={article.references ?? []} />

        {faqs.length > 0 && (
          <section aria-labelledby="faq-heading" className="article-faqs">
            <h2 id="faq-heading">Frequently asked questions</h2>
            <FaqList faqs={faqs} siteOrigin={siteOrigin} />
          </section>
        )}

        <LearnMore learnMore={settings.learnMore} siteOrigin={siteOrigin} />
        <NewsletterSection newsletter={settings.newsletter} id="article-newsletter" />
      </article>

      <Suspense fallback={<CardListSkeleton />}>
        <RelatedArticles
          articleId={article.id}
          chosen={article.relatedArticles}
          categorySlug={category?.slug}
        />
      </Suspense>
      <Suspense fallback={<CardListSkeleton />}>
        <LatestArticlesSection excludeIds={[article.id, ...relatedIds]} />
      </Suspense>
    </>
  )
}
