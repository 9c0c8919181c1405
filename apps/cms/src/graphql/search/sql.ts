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
    db.execute(sql`
      with search as (select to_tsquery('english', ${tsquery}) as query)
      select a.id, a.title, a.slug, a.summary, a.published_at,
             c.title as category_title, c.slug as category_slug
      from articles a
      cross join search
      left join categories c on c.id = a.category_id
      cross join lateral (
        select setweight(to_tsvector('english', coalesce(a.title, '')), 'A')
            || setweight(to_tsvector('english', coalesce(a.summary, '')), 'B')
            || setweight(jsonb_to_tsvector('english', ${lexicalWords('a.body')}, '["string"]'), 'C')
          as document
      ) indexed
      where a._status = 'published' and indexed.document @@ search.query
      order by ts_rank(indexed.document, search.query) desc, a.published_at desc nulls last
      limit ${limit}
    `),
    db.execute(sql`
      with search as (select to_tsquery('english', ${tsquery}) as query)
      select f.id, f.question, c.title as category_title, c.slug as category_slug,
             (select string_agg(word #>> '{}', ' ')
                from jsonb_array_elements(${lexicalWords('f.answer')}) as word) as answer
      from faqs f
      cross join search
      left join categories c on c.id = f.category_id
      cross join lateral (
        select setweight(to_tsvector('english', f.question), 'A')
            || setweight(jsonb_to_tsvector('english', ${lexicalWords('f.answer')}, '["string"]'), 'B')
          as document
      ) indexed
      where f._status = 'published' and indexed.document @@ search.query
      order by ts_rank(indexed.document, search.query) desc, f.id
      limit ${limit}
    `),
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
