import 'server-only'

import { createContentClient } from '@sok/content'

import { env } from '@/env'

/**
 * The server's content client: every fetch carries its cache tags for later revalidation. The
 * site keeps its own cache of CMS answers, refreshed when the CMS names the changed tags, so it
 * asks the CMS for fresh answers (`no-cache` skips the CMS's in-memory read cache): a refresh
 * must never pick up an answer that another CMS instance has not yet dropped.
 */
export const content = createContentClient({
  baseUrl: env.CMS_URL,
  requestInit: (tags) => ({
    next: { tags, revalidate: env.CONTENT_REVALIDATE_SECONDS },
    headers: { 'Cache-Control': 'no-cache' },
  }),
  timeoutMs: env.CMS_TIMEOUT_MS,
})
