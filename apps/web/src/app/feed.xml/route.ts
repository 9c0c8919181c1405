import { articleFeed } from '@/lib/article-feed'
import { feedResponse } from '@/lib/feed'

export const dynamic = 'force-dynamic'

/** The RSS feed of every published article. */
export async function GET() {
  return feedResponse(await articleFeed())
}
