import type { ArticlePage, Author, FaqEntry } from '@sok/content'

import { contentModifiedAt } from './article-dates'
import { citationLinks, type Reference } from './citation'
import { populated, populatedList } from './populated'
import { richTextPlainText, type RichTextValue } from './rich-text'

/** What every page's JSON-LD knows about the publication. */
export interface Publication {
  name: string
  /** The site's origin, e.g. https://scienceofketamine.example */
  url: string
  description?: string
}

export type Node = Record<string, unknown>

const absolute = (site: Publication, path: string) => new URL(path, site.url).toString()

export function organization(site: Publication): Node {
  return {
    '@type': 'Organization',
    '@id': absolute(site, '/#organization'),
    name: site.name,
    url: absolute(site, '/'),
    ...(site.description ? { description: site.description } : {}),
  }
}

export function breadcrumbList(site: Publication, crumbs: { name: string; path: string }[]): Node {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: absolute(site, crumb.path),
    })),
  }
}

type Byline = Pick<Author, 'name' | 'slug' | 'kind' | 'credentials' | 'jobTitle'>

export function byline(site: Publication, author: Byline): Node {
  const url = author.slug ? absolute(site, `/authors/${author.slug}`) : undefined
  if (author.kind === 'organisation') {
    return { '@type': 'Organization', name: author.name, ...(url ? { url } : {}) }
  }
  return {
    '@type': 'Person',
    name: author.name,
    ...(url ? { url } : {}),
    ...(author.credentials ? { honorificSuffix: author.credentials } : {}),
    ...(author.jobTitle ? { jobTitle: author.jobTitle } : {}),
  }
}

export function citation(reference: Reference): Node {
  const links = citationLinks(reference)
  return {
    '@type': 'ScholarlyArticle',
    name: reference.title,
    ...(reference.authors ? { author: reference.authors } : {}),
    ...(reference.journal ? { isPartOf: { '@type': 'Periodical', name: reference.journal } } : {}),
    ...(reference.year ? { datePublished: String(reference.year) } : {}),
    ...(reference.doi ? { identifier: `doi:${reference.doi}` } : {}),
    ...(links.doi || links.url ? { url: links.doi ?? links.url } : {}),
  }
}

/**
 * An article page as a MedicalWebPage (who reviewed it, and when) whose main entity is the
 * Article (who wrote it, what it cites).
 */
export function articleNodes(
  site: Publication,
  article: ArticlePage,
  options: { path: string; image?: string },
): Node[] {
  const url = absolute(site, options.path)
  const reviewer = populated(article.medicalReviewer)
  const articleNode: Node = {
    '@type': 'Article',
    '@id': `${url}#article`,
    headline: article.title,
    description: article.summary,
    url,
    mainEntityOfPage: { '@id': url },
    ...(article.publishedAt ? { datePublished: article.publishedAt } : {}),
    ...(contentModifiedAt(article) ? { dateModified: contentModifiedAt(article) } : {}),
    author: populatedList(article.authors).map((author) => byline(site, author)),
    publisher: { '@id': absolute(site, '/#organization') },
    ...(options.image ? { image: options.image } : {}),
    ...(populated(article.category) ? { articleSection: populated(article.category)!.title } : {}),
    citation: (article.references ?? []).map(citation),
  }
  const page: Node = {
    '@type': 'MedicalWebPage',
    '@id': url,
    url,
    name: article.title,
    description: article.summary,
    isPartOf: { '@type': 'WebSite', name: site.name, url: absolute(site, '/') },
    mainEntity: { '@id': `${url}#article` },
    ...(reviewer ? { reviewedBy: byline(site, reviewer) } : {}),
    ...(reviewer && article.lastReviewedAt ? { lastReviewed: article.lastReviewedAt } : {}),
  }
  return [page, articleNode]
}

export function faqPage(
  site: Publication,
  path: string,
  faqs: Pick<FaqEntry, 'question' | 'answer'>[],
): Node {
  return {
    '@type': 'FAQPage',
    '@id': `${absolute(site, path)}#faq`,
    mainEntity: faqs.map((faq) => ({
      '@type': 'Question',
      name: faq.question,
      acceptedAnswer: { '@type': 'Answer', text: richTextPlainText(faq.answer as RichTextValue) },
    })),
  }
}

export function jsonLdGraph(nodes: Node[]) {
  return { '@context': 'https://schema.org', '@graph': nodes }
}

/**
 * JSON for a <script type="application/ld+json">: "<" is escaped so no text from the CMS can
 * close the script element.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}
