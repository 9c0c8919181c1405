/**
 * What every CMS instance runs besides its web server (src/instrumentation.ts): Payload with its
 * job runner. The newsletter tests start this as separate processes, to run two at once or to kill
 * one in the middle of a send.
 */
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
process.stdin.resume()
