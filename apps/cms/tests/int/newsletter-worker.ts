/**
 * What every CMS instance runs besides its web server (src/instrumentation.ts): Payload with its
 * job runner. The newsletter tests start this as separate processes, to run two at once or to kill
 * one in the middle of a send.
 */
// Keeps the event loop busy while tsx's loader (a hooks thread) compiles the config. Without a
// handle of our own, Node 20 under heavy load sometimes found the loop empty mid-import and exited
// with 13 ("unsettled top-level await"), printing nothing: seen in full CI runs as a worker that
// never started. It also keeps this process alive to run its jobs afterwards.
process.stdin.resume()

const started = Date.now()
const stage = (name: string) =>
  console.error(`worker ${process.pid}: ${name} (+${Date.now() - started} ms)`)

stage('loading the config')
const { default: config } = await import('@payload-config')
const { getPayload } = await import('payload')
stage('starting Payload')
await getPayload({ config, cron: true })
// workers.ts waits for this line before a test counts on this instance.
console.log('newsletter worker ready')
