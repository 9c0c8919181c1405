import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'

import { PEER_HEADER } from '@sok/content/client-address'

import { env } from '@/env'

import * as graphqlRoute from '../../src/app/(payload)/api/graphql/route'
import * as restRoute from '../../src/app/(payload)/api/[...slug]/route'

/**
 * The CMS's API route handlers behind a real HTTP server, for tests that need concurrent clients
 * over sockets (e.g. the site's content client). Like scripts/serve-next.mjs it records each
 * socket's address in the peer header.
 */
export async function startApiServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((incoming, outgoing) => {
    void answer(incoming)
      .then(async (response) => {
        outgoing.writeHead(response.status, Object.fromEntries(response.headers))
        outgoing.end(Buffer.from(await response.arrayBuffer()))
      })
      .catch((error: Error) => {
        outgoing.writeHead(500).end(error.message)
      })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

async function answer(incoming: IncomingMessage): Promise<Response> {
  const url = new URL(incoming.url ?? '/', `http://${incoming.headers.host ?? 'localhost'}`)
  const headers = new Headers()
  for (const [name, value] of Object.entries(incoming.headers)) {
    for (const each of Array.isArray(value) ? value : value ? [value] : []) {
      headers.append(name, each)
    }
  }
  headers.set(PEER_HEADER, `${env.SOK_PEER_TOKEN} ${incoming.socket.remoteAddress ?? ''}`)
  const method = incoming.method ?? 'GET'
  const chunks: Buffer[] = []
  for await (const chunk of incoming) chunks.push(chunk as Buffer)
  const body = method === 'GET' || method === 'HEAD' ? undefined : Buffer.concat(chunks)
  const request = new Request(url, { method, headers, body })
  if (url.pathname === '/api/graphql' && method === 'POST') return graphqlRoute.POST(request)
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  const handler = {
    GET: restRoute.GET,
    POST: restRoute.POST,
    PATCH: restRoute.PATCH,
    DELETE: restRoute.DELETE,
  }[method]
  if (!handler) return new Response(null, { status: 405 })
  return handler(request, { params: Promise.resolve({ slug }) })
}
