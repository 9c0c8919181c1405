import type { ServerProps } from 'payload'

import { env } from '@/env'

import { siteName } from '../siteName'
import { SeoSummaryClient } from './SeoSummaryClient'

/** The SEO tab's summary, told the site's name and address (as the site itself uses them). */
export async function SeoSummary({ payload }: ServerProps) {
  return <SeoSummaryClient siteName={await siteName(payload)} siteUrl={env.WEB_PUBLIC_URL} />
}
