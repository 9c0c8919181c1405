import type { GlossaryEntry } from '@sok/content'
import { glossaryPath } from '@sok/content/content-types'
import type { Metadata } from 'next'
import Link from 'next/link'

import { PageTrail } from '@/components/PageTrail'
import { content } from '@/lib/content'
import { pageMetadata } from '@/lib/seo'
import { absoluteUrl, getPublication, getSiteSettings } from '@/lib/site'

const TITLE = 'Glossary'
const DESCRIPTION = 'The words of ketamine research and therapy, explained in plain language.'
const LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ']

export async function generateMetadata(): Promise<Metadata> {
  const settings = await getSiteSettings()
  return pageMetadata({
    title: TITLE,
    description: DESCRIPTION,
    path: '/glossary',
    siteName: settings.siteName,
  })
}

// Rendered per request from cached CMS answers, like the FAQ page.
export const dynamic = 'force-dynamic'

/** "NMDA receptor" is filed under N; "5-HT" and "α-wave" under "#". */
const letterOf = (term: string) => {
  const first = term.normalize('NFKD').charAt(0).toUpperCase()
  return LETTERS.includes(first) ? first : '#'
}

export default async function GlossaryPage() {
  const [terms, publication] = await Promise.all([content.glossaryTerms(), getPublication()])
  const byLetter = new Map<string, GlossaryEntry[]>()
  for (const term of terms) {
    const letter = letterOf(term.term)
    byLetter.set(letter, [...(byLetter.get(letter) ?? []), term])
  }
  const letters = [...LETTERS, '#'].filter((letter) => byLetter.has(letter))
  const trail = [{ name: TITLE, path: '/glossary' }]

  return (
    <>
      <PageTrail
        publication={publication}
        trail={trail}
        nodes={[
          {
            '@type': 'DefinedTermSet',
            '@id': absoluteUrl('/glossary'),
            name: `${publication.name} glossary`,
            hasDefinedTerm: terms.map((term) => ({
              '@type': 'DefinedTerm',
              name: term.term,
              description: term.shortDefinition,
              url: absoluteUrl(glossaryPath(String(term.slug))),
            })),
          },
        ]}
      />
      <header className="page-header">
        <h1>{TITLE}</h1>
        <p className="lead">{DESCRIPTION}</p>
      </header>
      {letters.length > 0 && (
        <nav aria-label="Glossary letters" className="toc">
          <ul className="chips">
            {letters.map((letter) => (
              <li key={letter}>
                <a href={`#letter-${letter === '#' ? 'other' : letter}`}>{letter}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {letters.map((letter) => {
        const id = `letter-${letter === '#' ? 'other' : letter}`
        return (
          <section key={letter} aria-labelledby={id}>
            <h2 id={id}>{letter}</h2>
            <ul className="result-list">
              {byLetter.get(letter)!.map((term) => (
                <li key={term.id} className="result">
                  <h3>
                    <Link href={glossaryPath(String(term.slug))}>{term.term}</Link>
                  </h3>
                  <p>{term.shortDefinition}</p>
                </li>
              ))}
            </ul>
          </section>
        )
      })}
      {terms.length === 0 && <p className="empty">No terms have been published yet.</p>}
    </>
  )
}
