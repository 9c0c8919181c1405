'use client'

import { normaliseSearchText, SEARCH_LIMITS, searchQuery } from '@sok/content'
import { useQuery } from '@tanstack/react-query'
import Link from 'next/link'
import { type FormEvent, useEffect, useId, useState } from 'react'

import { useContentClient } from '@/app/providers'
import { formatDate } from '@/lib/format'
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
        {long && results.isSuccess && (
          <p>
            {results.data.articles.length + results.data.faqs.length === 0
              ? `Nothing matches “${results.data.text}”. Try fewer or different words.`
              : `${results.data.articles.length} ${results.data.articles.length === 1 ? 'article' : 'articles'} and ${results.data.faqs.length} ${results.data.faqs.length === 1 ? 'question' : 'questions'} match “${results.data.text}”.`}
          </p>
        )}
      </div>
      {long && results.isError && (
        <button type="button" className="button" onClick={() => void results.refetch()}>
          Try again
        </button>
      )}

      {long && results.isSuccess && results.data.articles.length > 0 && (
        <section aria-labelledby="article-results">
          <h2 id="article-results">Articles</h2>
          <ul className="result-list">
            {results.data.articles.map((article) => (
              <li key={article.id} className="result">
                {article.category && <p className="eyebrow">{article.category.title}</p>}
                <h3>
                  <Link href={`/articles/${article.slug}`}>{article.title}</Link>
                </h3>
                {article.publishedAt && (
                  <p className="meta">
                    <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>
                  </p>
                )}
                {article.summary && <p>{article.summary}</p>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {long && results.isSuccess && results.data.faqs.length > 0 && (
        <section aria-labelledby="faq-results">
          <h2 id="faq-results">Questions</h2>
          <ul className="result-list">
            {results.data.faqs.map((faq) => (
              <li key={faq.id} className="result">
                <h3>
                  <Link href={`/faq${faq.category ? `#faq-${faq.category.slug}` : ''}`}>
                    {faq.question}
                  </Link>
                </h3>
                <p>{faq.answer}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  )
}
