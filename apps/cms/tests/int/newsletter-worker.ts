/**
 * What every CMS instance runs besides its web server (src/instrumentation.ts): Payload with its
 * job runner. The newsletter tests start this as separate processes, to run two at once or to kill
 * one in the middle of a send.
 */
import config from '@payload-config'
import { getPayload } from 'payload'

await getPayload({ config, cron: true })
// workers.ts waits for this line before a test counts on this instance.
console.log('newsletter worker ready')
process.stdin.resume()
