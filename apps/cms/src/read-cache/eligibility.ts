import { Kind, parse, visit } from 'graphql'

/** What anonymous visitors may read through REST: the public content and the site's settings. */
const PUBLIC_REST_PATH =
  /^\/api\/(?:(?:articles|authors|categories|faqs|media|redirects)(?:\/\d+)?|globals\/site-settings)$/

const MAX_GRAPHQL_BODY = 64 * 1024

/**
 * Who the request is for. Anything that could identify a user (a session cookie, an API key or
 * JWT) makes it personal, and personal requests are never answered from or kept in the cache.
 */
export function isAnonymous(headers: Headers): boolean {
  if (headers.has('authorization')) return false
  const cookies = headers.get('cookie') ?? ''
  return !/(?:^|;\s*)payload-/.test(cookies)
}

/** A reader asking for a fresh answer (a hard reload, the benchmark's "uncached" rows). */
export const wantsFresh = (headers: Headers) =>
  /\bno-cache\b/.test(headers.get('cache-control') ?? '') ||
  /\bno-cache\b/.test(headers.get('pragma') ?? '')

/** The cache key of an anonymous REST read, or null when this GET is not one we keep. */
export function restKey(url: URL, headers: Headers): string | null {
  if (!PUBLIC_REST_PATH.test(url.pathname)) return null
  // Drafts are never cached, whatever the access rules would make of the request.
  if ([...url.searchParams.keys()].some((name) => /^draft\b|^trash\b/.test(name))) return null
  return `GET ${url.pathname}${url.search} origin=${headers.get('origin') ?? ''}`
}

/** The cache key of an anonymous GraphQL read: only documents made of queries, no mutations. */
export function graphqlKey(body: string, headers: Headers): string | null {
  if (body.length > MAX_GRAPHQL_BODY) return null
  let query: unknown
  try {
    query = (JSON.parse(body) as { query?: unknown }).query
  } catch {
    return null
  }
  if (typeof query !== 'string') return null
  try {
    const document = parse(query)
    const onlyQueries = document.definitions.every(
      (definition) =>
        definition.kind === Kind.FRAGMENT_DEFINITION ||
        (definition.kind === Kind.OPERATION_DEFINITION && definition.operation === 'query'),
    )
    if (!onlyQueries) return null
    // Drafts are never cached, whatever the access rules would make of the query.
    let asksForDrafts = false
    visit(document, {
      Argument(node) {
        if (node.name.value === 'draft') asksForDrafts = true
      },
    })
    if (asksForDrafts) return null
  } catch {
    return null
  }
  return `POST /api/graphql ${body} origin=${headers.get('origin') ?? ''}`
}
