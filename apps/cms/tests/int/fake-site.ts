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
      if (url.pathname === '/_control/down') {
        down = url.searchParams.get('value') === 'true'
        return response.end('ok')
      }
      if (url.pathname === '/api/revalidate' && request.method === 'POST') {
        if (down) {
          response.statusCode = 503
          return response.end('down')
        }
        const { tags } = JSON.parse(body || '{}') as { tags: string[] }
        calls.push({
          at: Date.now(),
          secret: request.headers['x-sok-revalidate-secret'] as string,
          tags,
        })
        response.setHeader('content-type', 'application/json')
        return response.end(JSON.stringify({ ok: true }))
      }
      response.statusCode = 404
      response.end()
    })
  })
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)))
}
