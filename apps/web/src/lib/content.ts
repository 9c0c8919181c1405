import 'server-only'

import { createContentClient } from '@sok/content'

import { env } from '@/env'

/** The server's content client: every fetch carries its cache tags for later revalidation. */
export const content = createContentClient({
  baseUrl: env.CMS_URL,
  requestInit: (tags) => ({ next: { tags, revalidate: env.CONTENT_REVALIDATE_SECONDS } }),
  timeoutMs: env.CMS_TIMEOUT_MS,
})
