import { GRAPHQL_POST } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

import { htmlSafeJson, withHtmlSafeJson } from '@/api/safe-json'

/**
 * POST /api/graphql around Payload's handler:
 * - a body larger than any real query is refused before it is parsed (the standard validation
 *   rules grow faster than linearly with the number of fields);
 * - JSON is HTML-safe (src/api/safe-json.ts);
 * - a query refused before it ran (syntax, unknown field, too deep, too costly) answers 400, as
 *   the GraphQL-over-HTTP spec asks, instead of graphql-http's 200 for `application/json`.
 */
export const MAX_GRAPHQL_BODY_BYTES = 32 * 1024

const refuse = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

export function graphqlPost(config: Promise<SanitizedConfig>) {
  const payloadHandler = GRAPHQL_POST(config)
  return async (request: Request): Promise<Response> => {
    const declared = Number(request.headers.get('content-length') ?? 0)
    if (declared > MAX_GRAPHQL_BODY_BYTES) {
      return refuse(413, `A GraphQL request may be at most ${MAX_GRAPHQL_BODY_BYTES / 1024} kB.`)
    }
    const body = await request.arrayBuffer()
    if (body.byteLength > MAX_GRAPHQL_BODY_BYTES) {
      return refuse(413, `A GraphQL request may be at most ${MAX_GRAPHQL_BODY_BYTES / 1024} kB.`)
    }
    const response = await payloadHandler(
      new Request(request.url, { method: 'POST', headers: request.headers, body }),
    )
    if (response.status !== 200) return withHtmlSafeJson(response)
    const text = htmlSafeJson(await response.text())
    let refused = false
    try {
      const parsed = JSON.parse(text) as { data?: unknown; errors?: unknown[] }
      refused = !('data' in parsed) && Array.isArray(parsed.errors) && parsed.errors.length > 0
    } catch {
      // Not JSON: pass it on as it is.
    }
    return new Response(text, {
      status: refused ? 400 : 200,
      headers: response.headers,
    })
  }
}
