'use client'

import { DESCRIPTION_LIMITS, lengthVerdict, TITLE_LIMITS } from './seoFallbacks'
import { useArticleSeo } from './useArticleSeo'

const VERDICT = {
  empty: 'missing',
  short: 'shorter than search engines like',
  good: 'a good length',
  long: 'may be cut off in search results',
}

/**
 * The SEO tab's top: the search result and share card the site will really produce (fallbacks
 * included), and three checks on those effective values.
 */
export function SeoSummaryClient({ siteName, siteUrl }: { siteName: string; siteUrl: string }) {
  const seo = useArticleSeo(siteName, siteUrl)
  const title = lengthVerdict(seo.title, TITLE_LIMITS)
  const description = lengthVerdict(seo.description, DESCRIPTION_LIMITS)
  const checks = [
    {
      ok: title === 'good',
      text: `Title (from the ${seo.titleSource}, ${seo.title.length} characters with the site name): ${VERDICT[title]}.`,
    },
    {
      ok: description === 'good',
      text: seo.description
        ? `Description (from the ${seo.descriptionSource}, ${seo.description.length} characters): ${VERDICT[description]}.`
        : 'Description: missing. Write a summary, or a description below.',
    },
    {
      ok: seo.hasImage,
      text: seo.hasImage
        ? `Image when shared: the ${seo.imageSource}.`
        : 'Image when shared: none, so the site makes one from the title. Add a hero image or an image below.',
    },
  ]
  return (
    <section className="sok-seo" aria-label="Search preview">
      <p className="sok-seo__checks">
        {checks.filter((check) => check.ok).length} of {checks.length} checks pass
      </p>
      <ul className="sok-seo__list">
        {checks.map((check) => (
          <li key={check.text} className={check.ok ? 'sok-seo__ok' : 'sok-seo__warn'}>
            <span aria-hidden="true">{check.ok ? '✓' : '!'}</span> {check.text}
          </li>
        ))}
      </ul>
      <div className="sok-seo__preview" data-testid="seo-preview">
        <div className="sok-seo__url">{seo.url}</div>
        <div className="sok-seo__title">{seo.title}</div>
        <div className="sok-seo__description">{seo.description}</div>
      </div>
    </section>
  )
}
