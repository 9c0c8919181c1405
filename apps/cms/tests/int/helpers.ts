import config from '@payload-config'
import { GRAPHQL_POST, REST_GET } from '@payloadcms/next/routes'
import { getPayload, type Payload } from 'payload'

export const getTestPayload = (): Promise<Payload> => getPayload({ config })

const BASE = 'http://localhost:3000'

/** A REST GET through Payload's real route handler, as a browser or the site would send it. */
export async function restGet(path: string, token?: string): Promise<Response> {
  const url = new URL(path, BASE)
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  return REST_GET(config)(new Request(url, { headers: authHeaders(token) }), {
    params: Promise.resolve({ slug }),
  })
}

/** A GraphQL query through Payload's real handler. */
export async function graphql<T>(
  query: string,
  token?: string,
): Promise<{ data: T; errors?: unknown[] }> {
  const response = await GRAPHQL_POST(config)(
    new Request(`${BASE}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...authHeaders(token) },
      body: JSON.stringify({ query }),
    }),
  )
  return (await response.json()) as { data: T; errors?: unknown[] }
}

function authHeaders(token?: string): Record<string, string> {
  return token ? { Authorization: `JWT ${token}` } : {}
}

/** A minimal valid Lexical body with one paragraph. */
export function paragraphs(...texts: string[]) {
  return {
    root: {
      type: 'root',
      format: '' as const,
      indent: 0,
      version: 1,
      direction: 'ltr' as const,
      children: texts.map((text) => ({
        type: 'paragraph',
        format: '' as const,
        indent: 0,
        version: 1,
        direction: 'ltr' as const,
        textFormat: 0,
        children: [
          { type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 },
        ],
      })),
    },
  }
}

let counter = 0
/** A title no other test uses, so tests never collide on slugs. */
export const uniqueTitle = (base: string) => `${base} ${Date.now().toString(36)}${counter++}`

/** The messages a person sees next to each invalid field, from a rejected Payload operation. */
export async function fieldErrors(operation: Promise<unknown>): Promise<Record<string, string>> {
  try {
    await operation
  } catch (error) {
    const details = (error as { data?: { errors?: { path: string; message: string }[] } }).data
    if (details?.errors) {
      return Object.fromEntries(details.errors.map((entry) => [entry.path, entry.message]))
    }
    throw error
  }
  throw new Error('Expected the operation to be rejected, but it succeeded.')
}
