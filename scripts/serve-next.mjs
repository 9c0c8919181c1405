/**
 * Serves a Next app (the CMS or the site) like `next dev` / `next start`, and records each
 * request's socket address where route handlers can trust it.
 *
 *   node ../../scripts/serve-next.mjs dev|start [--port 3000] [--hostname 0.0.0.0]
 *   (run from the app's folder)
 *
 * Why: Next fills `X-Forwarded-For` with the socket address only when the client did not send
 * one, so behind Next a forged header hides the real peer. This wrapper deletes any incoming
 * `x-sok-peer` header and sets its own, "<token> <socket address>", with a token that is random per
 * process and handed to the app in SOK_PEER_TOKEN. `@sok/content/client-address` reads it, and
 * believes `X-Forwarded-For` only as far as TRUSTED_PROXIES allows.
 *
 * Plain JavaScript so production images run it with node alone.
 */
import { randomBytes } from 'node:crypto'
import { createServer } from 'node:http'
import { parseArgs } from 'node:util'

import next from 'next'

const PEER_HEADER = 'x-sok-peer'

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    port: { type: 'string', short: 'p', default: process.env.PORT ?? '3000' },
    hostname: { type: 'string', short: 'H' },
  },
})
const mode = positionals[0]
if (mode !== 'dev' && mode !== 'start') {
  console.error('Usage: node serve-next.mjs dev|start [--port N] [--hostname H]')
  process.exit(2)
}
const dev = mode === 'dev'
const port = Number(values.port)
process.env.NODE_ENV ??= dev ? 'development' : 'production'

const token = randomBytes(24).toString('base64url')
process.env.SOK_PEER_TOKEN = token

const server = createServer((req, res) => {
  delete req.headers[PEER_HEADER]
  req.headers[PEER_HEADER] = `${token} ${req.socket.remoteAddress ?? ''}`
  void handle(req, res)
})
const app = next({ dev, dir: process.cwd(), port, hostname: values.hostname, httpServer: server })
const handle = app.getRequestHandler()

await app.prepare()
server.listen(port, values.hostname, () => {
  console.log(`▲ Next.js ${dev ? 'dev' : 'production'} server on port ${port}`)
})

let closing = false
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (closing) return
    closing = true
    server.close()
    void app.close().finally(() => process.exit(0))
    // Keep-alive connections may hold the server open; do not wait for them forever.
    setTimeout(() => process.exit(0), 5_000).unref()
  })
}
