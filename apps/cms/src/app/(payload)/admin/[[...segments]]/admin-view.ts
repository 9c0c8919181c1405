import config from '@payload-config'
import { generatePageMetadata } from '@payloadcms/next/views'
import type { Metadata } from 'next'

/** What Next hands an admin view (page.tsx, not-found.tsx): the admin path and its query. */
export interface AdminViewArgs {
  params: Promise<{ segments: string[] }>
  searchParams: Promise<Record<string, string | string[]>>
}

/** The admin view's title and meta tags, as Payload writes them for that path. */
export const adminViewMetadata = ({ params, searchParams }: AdminViewArgs): Promise<Metadata> =>
  generatePageMetadata({ config, params, searchParams })
