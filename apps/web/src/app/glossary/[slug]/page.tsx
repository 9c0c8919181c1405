import { glossaryPath } from '@sok/content/content-types'
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { PageTrail } from '@/components/PageTrail'
import { RichText } from '@/components/RichText'
import { content } from '@/lib/content'
import type { RichTextValue } from '@/lib/rich-text'
import { pageMetadata } from '@/lib/seo'
import { absoluteUrl, getPublication, getSiteSettings, siteOrigin } from '@/lib/site'

interface Props {
  params: Promise<{ slug: string }>
}

// An unknown slug is checked against the cached A–Z list: no CMS read, no new cache entry.
const termBySlug = cache(async (slug: string) =>
  (await content.glossaryTerms()).some((term) => term.slug === slug)
    ? content.glossaryTermBySlug(slug)
    : null,
)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [term, settings] = await Promise.all([termBySlug((await params).slug), getSiteSettings()])
  if (!term) return { title: 'Term not found' }
  return pageMetadata({
    title: `${term.term}: meaning`,
    description: term.shortDefinition,
    path: glossaryPath(String(term.slug)),
    siteName: settings.siteName,
  })
}

// Rendered on first request, then served from the cache until the CMS says it changed.
export function generateStaticParams() {
  return []
}

export default async function GlossaryTermPage({ params }: Props) {
  const [term, publication] = await Promise.all([termBySlug((await params).slug), getPublication()])
  if (!term) notFound()
  const path = glossaryPath(String(term.slug))
  const trail = [
    { name: 'Glossary', path: '/glossary' },
    { name: term.term, path },
  ]

  return (
    <>
      <PageTrail
        publication={publication}
        trail={trail}
        nodes={[
          {
            '@type': 'DefinedTerm',
            '@id': absoluteUrl(path),
            name: term.term,
            description: term.shortDefinition,
            url: absoluteUrl(path),
            inDefinedTermSet: absoluteUrl('/glossary'),
          },
        ]}
      />
      <article>
        <header className="page-header">
          <p className="eyebrow">Glossary</p>
          <h1>{term.term}</h1>
          <p className="lead">{term.shortDefinition}</p>
        </header>
        {term.explanation && (
          <div className="prose">
            <RichText value={term.explanation as RichTextValue} siteOrigin={siteOrigin} />
          </div>
        )}
        {term.relatedArticles.length > 0 && (
          <section aria-labelledby="related-heading">
            <h2 id="related-heading">Read more</h2>
            <ul className="result-list">
              {term.relatedArticles.map((article) => (
                <li key={article.id} className="result">
                  <h3>
                    <Link href={`/articles/${article.slug}`}>{article.title}</Link>
                  </h3>
                  {article.summary && <p>{article.summary}</p>}
                </li>
              ))}
            </ul>
          </section>
        )}
        <p>
          <Link href="/glossary">All terms, A to Z</Link>
        </p>
      </article>
    </>
  )
}
