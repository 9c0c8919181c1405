import { vi } from 'vitest'

import { env } from '@/env'

import type { RecordedCall } from './fake-site'

/**
 * The revalidation calls naming this tag that the stand-in site (fake-site.ts) answered, or with
 * `refused`, those it turned away while pretending to be down.
 */
export async function callsFor(tag: string, list: 'calls' | 'refused' = 'calls') {
  const response = await fetch(`${env.WEB_INTERNAL_URL}/_control/${list}`)
  return ((await response.json()) as RecordedCall[]).filter((call) => call.tags.includes(tag))
}

/** The first revalidation call naming this tag, once the CMS has sent it. */
export function waitForCall(tag: string, timeout: number): Promise<RecordedCall> {
  return vi.waitFor(
    async () => {
      const [call] = await callsFor(tag)
      if (!call) throw new Error(`No revalidation for ${tag} within ${timeout} ms`)
      return call
    },
    { timeout, interval: 100 },
  )
}
