import { type PostgresAdapter, sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

export interface SearchCategory {
  title: string
  slug: string
}

export interface ArticleHit {
  id: number
  title: string
  slug: string
  summary: string | null
  publishedAt: string | null
  category: SearchCategory | null
}

export interface FaqHit {
  id: number
  question: string
  answer: string
  category: SearchCategory | null
}

// The words of a Lexical value: every "text" leaf, without node types, formats or ids.
const lexicalWords = (column: string) =>
  sql.raw(`coalesce(jsonb_path_query_array(${column}, 'strict $.**.text'), '[]'::jsonb)`)

const categoryOf = (row: Record<string, unknown>): SearchCategory | null =>
  row.category_slug ? { title: String(row.category_title), slug: String(row.category_slug) } : null

/**
 * How many of the newest matches are ranked. A common word matches most of the archive, and
 * ranking all of it would read every match; the best of the newest few hundred is what a reader
 * of a publication wants first. Rarer words have fewer matches and are ranked in full.
 */
export const RANK_WINDOW = 200

/**
 * Published articles matching a tsquery. `search_document` is a stored, GIN-indexed tsvector of
 * the title (weight A), summary (B) and body words (C), kept by Postgres (see the search_index
 * migration); the planner picks the index for rare words and the published_at index for common
 * ones.
 */
export const articleSearchQuery = (tsquery: string, limit: number) => sql`
  select a.id, a.title, a.slug, a.summary, a.published_at,
         c.title as category_title, c.slug as category_slug
  from (
    select m.id, m.search_document
    from articles m
    where m._status = 'published' and m.search_document @@ to_tsquery('english', ${tsquery})
    order by m.published_at desc
    limit ${RANK_WINDOW}
  ) newest
  join articles a on a.id = newest.id
  left join categories c on c.id = a.category_id
  order by ts_rank(newest.search_document, to_tsquery('english', ${tsquery})) desc,
           a.published_at desc nulls last
  limit ${limit}
`

/** Published FAQs matching a tsquery: question (weight A) and answer words (B), stored and indexed. */
export const faqSearchQuery = (tsquery: string, limit: number) => sql`
  select f.id, f.question, c.title as category_title, c.slug as category_slug,
         (select string_agg(word #>> '{}', ' ')
            from jsonb_array_elements(${lexicalWords('f.answer')}) as word) as answer
  from (
    select m.id, m.search_document
    from faqs m
    where m._status = 'published' and m.search_document @@ to_tsquery('english', ${tsquery})
    order by m.id desc
    limit ${RANK_WINDOW}
  ) newest
  join faqs f on f.id = newest.id
  left join categories c on c.id = f.category_id
  order by ts_rank(newest.search_document, to_tsquery('english', ${tsquery})) desc, f.id
  limit ${limit}
`

/**
 * Full-text search over published articles (title, then summary, then body) and FAQs (question,
 * then answer), best match first. The `_status` filter is part of the query itself, so drafts are
 * never found, whoever asks.
 */
export async function searchPublished(
  payload: Payload,
  tsquery: string,
  limit: number,
): Promise<{ articles: ArticleHit[]; faqs: FaqHit[] }> {
  const db = (payload.db as unknown as PostgresAdapter).drizzle
  const [articles, faqs] = await Promise.all([
    db.execute(articleSearchQuery(tsquery, limit)),
    db.execute(faqSearchQuery(tsquery, limit)),
  ])
  return {
    articles: articles.rows.map((row) => ({
      id: Number(row.id),
      title: String(row.title),
      slug: String(row.slug),
      summary: (row.summary as string | null) ?? null,
      publishedAt: row.published_at ? new Date(row.published_at as string).toISOString() : null,
      category: categoryOf(row),
    })),
    faqs: faqs.rows.map((row) => ({
      id: Number(row.id),
      question: String(row.question),
      answer: String(row.answer ?? ''),
      category: categoryOf(row),
    })),
  }
}
