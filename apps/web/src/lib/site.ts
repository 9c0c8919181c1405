import type { SiteSetting } from '@sok/content'
import 'server-only'

import { cache } from 'react'

import { building, env } from '@/env'

import { content } from './content'
import type { Publication } from './structured-data'

/** Site settings, read once per request however many components ask. */
export const getSiteSettings = cache(async (): Promise<SiteSetting> => {
  try {
    return await content.siteSettings()
  } catch (error) {
    // `next build` prerenders the static 404 page with this layout while no CMS is running;
    // only there do the defaults stand in. At run time a failure shows the error page.
    if (!building) throw error
    return BUILD_TIME_SETTINGS
  }
})

const BUILD_TIME_SETTINGS: SiteSetting = {
  id: 0,
  siteName: 'Science of Ketamine',
  timezone: 'Europe/London',
  newsletter: {
    heading: 'Get new articles by email',
    successMessage: 'Thank you! Please check your inbox to confirm your subscription.',
    errorMessage: 'Sorry, something went wrong. Please try again in a moment.',
  },
  learnMore: { heading: 'Learn more' },
}

/** The site's own origin, for canonical URLs and telling internal links from external ones. */
export const siteOrigin = new URL(env.SITE_URL).origin

/** What JSON-LD and feeds say about the publication. */
export async function getPublication(): Promise<Publication> {
  const settings = await getSiteSettings()
  return {
    name: settings.siteName,
    url: siteOrigin,
    description: settings.tagline ?? undefined,
  }
}

/** An absolute address on this site. */
export const absoluteUrl = (path: string) => new URL(path, siteOrigin).toString()
