import type { ServerProps } from 'payload'

import { siteTimezone } from '@/scheduling/siteTimezone'

import { ArticlePublishButtonClient } from './ArticlePublishButtonClient'

/** The articles' "Publish changes" button, told the site's timezone for its schedule dialog. */
export async function ArticlePublishButton({ payload }: ServerProps) {
  return <ArticlePublishButtonClient timezone={await siteTimezone(payload)} />
}
