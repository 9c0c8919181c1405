import { describe, expect, it } from 'vitest'

import { graphqlKey, isAnonymous, restKey, wantsFresh } from './eligibility'

const headers = (init: Record<string, string> = {}) => new Headers(init)
const url = (path: string) => new URL(path, 'http://cms.example')

describe('who is anonymous', () => {
  it('is a request without credentials', () => {
    expect(isAnonymous(headers())).toBe(true)
    expect(isAnonymous(headers({ cookie: 'theme=dark' }))).toBe(true)
  })

  it('is never a request with a session cookie, a JWT or an API key', () => {
    expect(isAnonymous(headers({ cookie: 'payload-token=abc' }))).toBe(false)
    expect(isAnonymous(headers({ cookie: 'a=1; payload-token=abc' }))).toBe(false)
    expect(isAnonymous(headers({ authorization: 'JWT abc' }))).toBe(false)
    expect(isAnonymous(headers({ authorization: 'users API-Key abc' }))).toBe(false)
  })

  it('asks for a fresh answer with no-cache', () => {
    expect(wantsFresh(headers({ 'cache-control': 'no-cache' }))).toBe(true)
    expect(wantsFresh(headers({ pragma: 'no-cache' }))).toBe(true)
    expect(wantsFresh(headers({ 'cache-control': 'max-age=0' }))).toBe(false)
  })
})

describe('REST reads that are kept', () => {
  it('are public collections, single documents and the site settings', () => {
    expect(restKey(url('/api/articles?where[slug][equals]=a&depth=1'), headers())).toMatch(
      /^GET \/api\/articles\?where/,
    )
    expect(restKey(url('/api/media/12'), headers())).not.toBeNull()
    expect(restKey(url('/api/globals/site-settings?depth=0'), headers())).not.toBeNull()
  })

  it('are never drafts, custom endpoints or private collections', () => {
    expect(restKey(url('/api/articles?draft=true'), headers())).toBeNull()
    expect(restKey(url('/api/articles/1?draft=false'), headers())).toBeNull()
    expect(restKey(url('/api/articles/preview-draft?token=x'), headers())).toBeNull()
    expect(restKey(url('/api/users'), headers())).toBeNull()
    expect(restKey(url('/api/newsletter-signups'), headers())).toBeNull()
    expect(restKey(url('/api/articles/versions'), headers())).toBeNull()
  })

  it('are kept apart per origin, whose CORS headers differ', () => {
    const site = restKey(url('/api/articles'), headers({ origin: 'https://site.example' }))
    const other = restKey(url('/api/articles'), headers({ origin: 'https://evil.example' }))
    expect(site).not.toEqual(other)
  })
})

describe('GraphQL documents that are kept', () => {
  const body = (query: string) => JSON.stringify({ query })

  it('are made of queries only', () => {
    expect(graphqlKey(body('{ Articles { docs { id } } }'), headers())).not.toBeNull()
    expect(
      graphqlKey(
        body('query A { Articles { docs { ...F } } } fragment F on Article { id }'),
        headers(),
      ),
    ).not.toBeNull()
  })

  it('are never mutations, draft reads, unreadable bodies or oversized ones', () => {
    expect(graphqlKey(body('mutation { logoutUser }'), headers())).toBeNull()
    expect(graphqlKey(body('{ Articles(draft: true) { docs { id } } }'), headers())).toBeNull()
    expect(graphqlKey(body('{ Article(id: 1, draft: false) { id } }'), headers())).toBeNull()
    expect(graphqlKey(body('query A { a } mutation B { b }'), headers())).toBeNull()
    expect(graphqlKey('not json', headers())).toBeNull()
    expect(graphqlKey(body('{ unclosed'), headers())).toBeNull()
    expect(graphqlKey(body(`{ a }${' '.repeat(70_000)}`), headers())).toBeNull()
  })
})
