import { sql } from '@payloadcms/db-postgres'
import type { Endpoint } from 'payload'

import { postgresOf } from '@/database/postgres'

/**
 * GET /api/articles/published-slugs — `{ slugs }`, every published article's slug in one answer.
 *
 * The site checks a visitor's article address against this list before asking for the article
 * (an unknown slug costs no CMS read and leaves nothing in its cache), and reads it again after
 * every publish. Through the paginated REST list that was twenty pages at 10,000 articles, each
 * counted and offset by Payload; here it is one indexed query. It says no more than the sitemap
 * does: only published articles, whoever asks.
 */
export const publishedSlugsEndpoint: Endpoint = {
  path: '/published-slugs',
  method: 'get',
  handler: async (req) => {
    const db = postgresOf(req.payload).drizzle
    const { rows } = await db.execute<{ slug: string }>(
      sql`SELECT slug FROM articles WHERE _status = 'published' AND slug IS NOT NULL ORDER BY id`,
    )
    return Response.json({ slugs: rows.map((row) => row.slug) })
  },
}
