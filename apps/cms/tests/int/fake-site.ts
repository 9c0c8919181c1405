import { createServer, type Server } from 'node:http'

/**
 * A stand-in for the site's revalidation endpoint, over real HTTP: it records what the CMS sends
 * and can pretend to be down. Tests drive it through /_control.
 */
export interface RecordedCall {
  at: number
  secret: string | undefined
  tags: string[]
}

export function startFakeSite(port: number): Promise<Server> {
  const calls: RecordedCall[] = []
  /** Calls answered 503 while "down": a test waits for one instead of sleeping. */
  const refused: RecordedCall[] = []
  let down = false
  const server = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk: Buffer) => (body += chunk.toString()))
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://localhost')
      if (url.pathname === '/_control/calls') {
        response.setHeader('content-type', 'application/json')
        return response.end(JSON.stringify(calls))
      }
      if (url.pathname === '/_control/refused') {
        response.setHeader('content-type', 'application/json')
        return response.end(JSON.stringify(refused))
      }
      if (url.pathname === '/_control/down') {
        down = url.searchParams.get('value') === 'true'
        return response.end('ok')
      }
      if (url.pathname === '/api/revalidate' && request.method === 'POST') {
        const { tags } = JSON.parse(body || '{}') as { tags: string[] }
        const call = {
          at: Date.now(),
          secret: request.headers['x-sok-revalidate-secret'] as string,
          tags,
        }
        if (down) {
          refused.push(call)
          response.statusCode = 503
          return response.end('down')
        }
        calls.push(call)
        response.setHeader('content-type', 'application/json')
        return response.end(JSON.stringify({ ok: true }))
      }
      response.statusCode = 404
      response.end()
    })
  })
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)))
}
