import { getPayload, type SanitizedConfig } from 'payload'

import { env } from '@/env'
import { MAX_GRAPHQL_BODY_BYTES } from '@/graphql/http'

import { graphqlKey, isAnonymous, restKey, wantsFresh } from './eligibility'
import { readCacheStore } from './instance'
import { isListening, listenForChanges } from './invalidation'
import type { CachedAnswer } from './store'

type RouteHandler<Rest extends unknown[]> = (request: Request, ...rest: Rest) => Promise<Response>

// Headers that belong to one response on the wire, not to the answer.
const HOP_HEADERS = new Set([
  'date',
  'content-length',
  'transfer-encoding',
  'connection',
  'keep-alive',
])

function replay(answer: CachedAnswer, state: 'hit' | 'shared'): Response {
  const headers = new Headers(answer.headers)
  headers.set('x-read-cache', state)
  return new Response(answer.body.slice(), { status: answer.status, headers })
}

const inFlight = new Map<string, Promise<CachedAnswer | null>>()

/**
 * Wraps a Payload route so anonymous reads of public content are answered from memory. Every
 * committed change that the site is told about also clears this cache in every CMS process
 * (Postgres NOTIFY, see invalidation.ts), so a cached answer is never older than the last commit.
 * Signed-in users, drafts, mutations and anything but a 200 without errors always reach Payload.
 */
export function withReadCache<Rest extends unknown[]>(
  kind: 'rest' | 'graphql',
  config: Promise<SanitizedConfig>,
  handler: RouteHandler<Rest>,
): RouteHandler<Rest> {
  // With read replicas an answer could be read from a replica that has not replayed the change
  // whose NOTIFY just cleared the cache, and then kept until the next change: the cache stays off
  // there (the replicas carry the read load instead).
  if (env.READ_CACHE_MB === 0 || env.DATABASE_READ_URLS.length > 0) return handler
  const ready = async () => {
    await listenForChanges(await getPayload({ config }))
    return isListening()
  }
  return async (request, ...rest) => {
    if (!isAnonymous(request.headers) || wantsFresh(request.headers)) {
      return handler(request, ...rest)
    }
    let forward = request
    let key: string | null
    if (kind === 'rest') {
      // HEAD (which Next answers with GET) and anything else is never kept or served.
      key = request.method === 'GET' ? restKey(new URL(request.url), request.headers) : null
    } else {
      // Only a body that declares a size graphqlPost accepts is read here; anything else goes on
      // untouched, and graphqlPost refuses it before reading it whole.
      const declared = Number(request.headers.get('content-length') ?? NaN)
      if (!(declared <= MAX_GRAPHQL_BODY_BYTES)) return handler(request, ...rest)
      const body = await request.text()
      key = graphqlKey(body, request.headers)
      forward = new Request(request.url, { method: 'POST', headers: request.headers, body })
    }
    if (!key || !(await ready())) return handler(forward, ...rest)

    const store = readCacheStore()
    const cached = store.get(key)
    if (cached) return replay(cached, 'hit')

    // Readers asking for the same thing at once share one read.
    const flightKey = `${store.generation} ${key}`
    const shared = inFlight.get(flightKey)
    if (shared) {
      const answer = await shared
      if (answer) return replay(answer, 'shared')
      return handler(forward, ...rest)
    }

    const generation = store.generation
    let settle: (answer: CachedAnswer | null) => void = () => {}
    inFlight.set(flightKey, new Promise((resolve) => (settle = resolve)))
    try {
      const response = await handler(forward, ...rest)
      const answer = await keepable(kind, response)
      if (!answer) {
        settle(null)
        return response
      }
      store.set(key, answer, generation)
      settle(answer)
      const headers = new Headers(answer.headers)
      headers.set('x-read-cache', 'miss')
      return new Response(answer.body.slice(), { status: answer.status, headers })
    } catch (error) {
      settle(null)
      throw error
    } finally {
      inFlight.delete(flightKey)
    }
  }
}

/** The answer, if it may be kept: a 200 that sets no cookie and (GraphQL) has no errors. */
async function keepable(
  kind: 'rest' | 'graphql',
  response: Response,
): Promise<CachedAnswer | null> {
  if (response.status !== 200 || response.headers.has('set-cookie')) return null
  if (!/json/.test(response.headers.get('content-type') ?? '')) return null
  const body = new Uint8Array(await response.clone().arrayBuffer())
  if (kind === 'graphql') {
    const parsed = JSON.parse(new TextDecoder().decode(body)) as { errors?: unknown }
    if (parsed.errors) return null
  }
  const headers = [...response.headers].filter(([name]) => !HOP_HEADERS.has(name.toLowerCase()))
  return { status: 200, headers, body, storedAt: 0 }
}
