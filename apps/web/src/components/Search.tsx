'use client'

import {
  normaliseSearchText,
  SEARCH_LIMITS,
  type SearchEntry,
  searchQuery,
  type SearchResults,
} from '@sok/content'
import { useQuery } from '@tanstack/react-query'
import Link from 'next/link'
import { type FormEvent, type ReactNode, useEffect, useId, useState } from 'react'

import { useContentClient } from '@/app/providers'
import { ArticleCard } from '@/components/ArticleCard'
import { useDebouncedValue } from '@/lib/use-debounced-value'

const DEBOUNCE_MS = 300

/**
 * Search as you type. The text lives in the URL (?q=…) so a search can be shared and survives a
 * reload; results come from the CMS's SearchContent query through React Query. Without
 * JavaScript the form still works: it loads /search?q=…, which the server renders.
 */
export function Search({ initialText }: { initialText: string }) {
  const client = useContentClient()
  const [text, setText] = useState(initialText)
  const [debounced, setDebounced] = useDebouncedValue(text, DEBOUNCE_MS)
  const query = normaliseSearchText(debounced)
  const long = query.length >= SEARCH_LIMITS.minLength
  const results = useQuery(searchQuery(client, query))
  const inputId = useId()
  const hintId = useId()

  useEffect(() => {
    const url = query ? `/search?q=${encodeURIComponent(query)}` : '/search'
    if (`${window.location.pathname}${window.location.search}` !== url) {
      window.history.replaceState(null, '', url)
    }
  }, [query])

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    setDebounced(text)
  }

  return (
    <div className="search">
      <form role="search" action="/search" method="get" onSubmit={onSubmit} className="search-form">
        <label htmlFor={inputId}>Search articles and questions</label>
        <div className="search-row">
          <input
            id={inputId}
            name="q"
            type="search"
            value={text}
            onChange={(event) => setText(event.target.value)}
            maxLength={SEARCH_LIMITS.maxLength}
            autoComplete="off"
            aria-describedby={hintId}
            enterKeyHint="search"
          />
          <button type="submit" className="button">
            Search
          </button>
        </div>
        <p id={hintId} className="meta">
          At least {SEARCH_LIMITS.minLength} characters, e.g. “amygdala” or “side effects”.
        </p>
      </form>

      <div role="status" aria-live="polite" className="search-status">
        {!long && query.length > 0 && (
          <p>Keep typing: at least {SEARCH_LIMITS.minLength} characters.</p>
        )}
        {long && results.isPending && <p className="loading">Searching…</p>}
        {long && results.isError && (
          <p className="error-text">
            Search is not available right now. Please try again in a moment.
          </p>
        )}
        {long && results.isSuccess && <p>{summary(results.data)}</p>}
      </div>
      {long && results.isError && (
        <button type="button" className="button" onClick={() => void results.refetch()}>
          Try again
        </button>
      )}

      {long && results.isSuccess && results.data.articles.length > 0 && (
        <ResultSection title="Articles">
          {results.data.articles.map((article) => (
            <li key={article.id} className="result">
              <ArticleCard article={article} variant="result" />
            </li>
          ))}
        </ResultSection>
      )}
      {long && results.isSuccess && results.data.faqs.length > 0 && (
        <ResultSection title="Questions">
          {results.data.faqs.map((faq) => (
            <ResultItem
              key={faq.id}
              href={`/faq${faq.category ? `#faq-${faq.category.slug}` : ''}`}
              title={faq.question}
              text={faq.answer}
            />
          ))}
        </ResultSection>
      )}
      {long &&
        results.isSuccess &&
        entryGroups(results.data.entries).map(([label, entries]) => (
          <ResultSection key={label} title={label}>
            {entries.map((entry) => (
              <ResultItem
                key={entry.path}
                href={entry.path}
                title={entry.title}
                text={entry.excerpt}
              />
            ))}
          </ResultSection>
        ))}
    </div>
  )
}

/** One kind of result (articles, questions, glossary terms, …) under its heading. */
function ResultSection({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId()
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <ul className="result-list">{children}</ul>
    </section>
  )
}

/** A hit without a date or category: its linked title and a line of its text. */
function ResultItem({ href, title, text }: { href: string; title: string; text: string }) {
  return (
    <li className="result">
      <h3>
        <Link href={href}>{title}</Link>
      </h3>
      <p>{text}</p>
    </li>
  )
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/** "2 articles, 1 question and 1 glossary entry match “mri”." */
function summary({ text, articles, faqs, entries }: SearchResults): string {
  if (articles.length + faqs.length + entries.length === 0) {
    return `Nothing matches “${text}”. Try fewer or different words.`
  }
  const parts = [
    count(articles.length, 'article', 'articles'),
    count(faqs.length, 'question', 'questions'),
    ...entryGroups(entries).map(([label, group]) =>
      count(group.length, `${label.toLowerCase()} entry`, `${label.toLowerCase()} entries`),
    ),
  ]
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0]
  return `${list} match “${text}”.`
}

/** Hits of other content types, grouped by what the site calls them, best group first. */
function entryGroups(entries: SearchEntry[]): [string, SearchEntry[]][] {
  const groups = new Map<string, SearchEntry[]>()
  for (const entry of entries) groups.set(entry.label, [...(groups.get(entry.label) ?? []), entry])
  return [...groups]
}
