import type { Payload } from 'payload'
import { cache } from 'react'

/** The site's name from site settings, once per admin request. */
export const siteName = cache(async (payload: Payload): Promise<string> => {
  const settings = await payload
    .findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })
    .catch(() => null)
  return settings?.siteName || 'Science of Ketamine'
})
