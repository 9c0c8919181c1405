import type { SiteSetting } from '@sok/content'

import { safeLink } from '@/lib/safe-url'

import { SiteAnchor } from './SiteLink'

/** The box after each article that points readers to the clinic. */
export function LearnMore({
  learnMore,
  siteOrigin,
}: {
  learnMore: SiteSetting['learnMore']
  siteOrigin: string
}) {
  const link = safeLink(learnMore.link, siteOrigin)
  return (
    <section aria-labelledby="learn-more-heading" className="learn-more">
      <h2 id="learn-more-heading">{learnMore.heading}</h2>
      {learnMore.text && <p>{learnMore.text}</p>}
      {link && learnMore.buttonLabel && (
        <SiteAnchor
          link={{ label: learnMore.buttonLabel, ...link }}
          className="button button-link"
        />
      )}
    </section>
  )
}
