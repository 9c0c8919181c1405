import type { SiteSetting } from '@sok/content'

/** The newsletter box: its heading and intro from site settings. */
export function NewsletterSection({
  newsletter,
  id,
}: {
  newsletter: SiteSetting['newsletter']
  id: string
}) {
  return (
    <section className="newsletter" aria-labelledby={id}>
      <h2 id={id}>{newsletter.heading}</h2>
      {newsletter.intro && <p>{newsletter.intro}</p>}
      {/* newsletter form: issue 5 */}
    </section>
  )
}
