import { REVALIDATE_SECRET_HEADER } from '@sok/content/revalidation'
import type { TaskConfig } from 'payload'

import { waitForReplicas } from '@/database/replicas'
import { env } from '@/env'

export const REVALIDATE_QUEUE = 'revalidate'

/**
 * Tells the site which cache tags changed. Runs from the job queue, so it starts only after the
 * change that queued it has committed, and retries with growing pauses while the site is down
 * (1 s, 2 s, 4 s … about 17 minutes in all). A failure never reaches the editor.
 */
export const revalidateSiteTask: TaskConfig<{ input: { tags: string[] }; output: object }> = {
  slug: 'revalidateSite',
  label: 'Refresh the site',
  inputSchema: [{ name: 'tags', type: 'json', required: true }],
  retries: { attempts: 10, backoff: { type: 'exponential', delay: 1000 } },
  handler: async ({ input, req }) => {
    // The site refetches from whichever database answers the CMS's reads: make sure the change
    // is on the read replicas first, or the site would cache the version before it.
    await waitForReplicas(req.payload)
    const response = await fetch(`${env.WEB_INTERNAL_URL.replace(/\/+$/, '')}/api/revalidate`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        [REVALIDATE_SECRET_HEADER]: env.REVALIDATE_SECRET,
      },
      body: JSON.stringify({ tags: input.tags }),
      signal: AbortSignal.timeout(10_000),
    })
    if (!response.ok) throw new Error(`The site answered ${response.status} to a revalidation`)
    return { output: {} }
  },
}
