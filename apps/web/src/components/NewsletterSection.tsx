import type { SiteSetting } from '@sok/content'

import { NewsletterForm } from './newsletter/NewsletterForm'

/**
 * The newsletter box: heading and intro from site settings, and the sign-up form. On an article
 * it is a labelled region; the footer's copy is not, so a page never has two landmarks with the
 * same name.
 */
export function NewsletterSection({
  newsletter,
  id,
  landmark = true,
}: {
  newsletter: SiteSetting['newsletter']
  id: string
  landmark?: boolean
}) {
  return (
    <section className="newsletter" aria-labelledby={landmark ? id : undefined}>
      <h2 id={id}>{newsletter.heading}</h2>
      {newsletter.intro && <p>{newsletter.intro}</p>}
      <NewsletterForm
        successMessage={newsletter.successMessage}
        errorMessage={newsletter.errorMessage}
      />
    </section>
  )
}
