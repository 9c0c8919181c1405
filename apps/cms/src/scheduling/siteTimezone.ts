import type { Payload } from 'payload'
import { cache } from 'react'

import { DEFAULT_SITE_TIMEZONE, isTimeZone } from './time'

/**
 * The timezone editors chose in site settings, for schedules and how they are shown. Read once per
 * admin request however many components ask.
 */
export const siteTimezone = cache(async (payload: Payload): Promise<string> => {
  const settings = await payload
    .findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })
    .catch(() => null)
  const timezone = (settings as { timezone?: unknown } | null)?.timezone
  return isTimeZone(timezone) ? timezone : DEFAULT_SITE_TIMEZONE
})
