import 'server-only'

import { cache } from 'react'

import { env } from '@/env'

import { content } from './content'
import type { Publication } from './structured-data'

/** Site settings, read once per request however many components ask. */
export const getSiteSettings = cache(() => content.siteSettings())

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
