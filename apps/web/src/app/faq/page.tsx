import type { Metadata } from 'next'

import { FaqList } from '@/components/FaqList'
import { PageTrail } from '@/components/PageTrail'
import { content } from '@/lib/content'
import { groupFaqs } from '@/lib/faq-groups'
import { pageMetadata } from '@/lib/seo'
import { getPublication, getSiteSettings, siteOrigin } from '@/lib/site'
import { faqPage } from '@/lib/structured-data'

const TITLE = 'Frequently asked questions'

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings()
  return pageMetadata({
    title: TITLE,
    description: 'Short, plain answers to common questions about ketamine therapy and research.',
    path: '/faq',
    siteName: settings.siteName,
  })
}

// Rendered per request (no CMS runs at build time) from cached CMS answers: fetches that set
// their own revalidate stay cached under force-dynamic.
export const dynamic = 'force-dynamic'

export default async function FaqPage() {
  const [faqs, categories, publication] = await Promise.all([
    content.faqs(),
    content.categories(),
    getPublication(),
  ])
  const groups = groupFaqs(faqs, categories)
  const trail = [{ name: TITLE, path: '/faq' }]

  return (
    <>
      <PageTrail
        publication={publication}
        trail={trail}
        nodes={[faqPage(publication, '/faq', faqs)]}
      />
      <header className="page-header">
        <h1>{TITLE}</h1>
        <p className="lead">
          Short answers to the questions readers ask most. Each article links to the research behind
          them.
        </p>
      </header>
      {groups.length > 0 && (
        <nav aria-label="FAQ topics" className="toc">
          <ul className="chips">
            {groups.map((group) => (
              <li key={group.slug}>
                <a href={`#faq-${group.slug}`}>{group.title}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {groups.map((group) => (
        <section key={group.slug} aria-labelledby={`faq-${group.slug}`} className="faq-group">
          <h2 id={`faq-${group.slug}`}>{group.title}</h2>
          <FaqList faqs={group.faqs} siteOrigin={siteOrigin} />
        </section>
      ))}
      {groups.length === 0 && <p className="empty">No questions have been published yet.</p>}
    </>
  )
}
