import { type PostgresAdapter, sql } from '@payloadcms/db-postgres'
import { registeredContentTypes, type SearchParticipation } from '@sok/content/content-types'
import { richTextPlainText, type RichTextValue } from '@sok/content/plain-text'
import type {
  ArticleSearchHit,
  FaqSearchHit,
  SearchCategory,
  SearchEntry,
} from '@sok/content/search-results'
import type { Payload } from 'payload'

import { postgresOf } from '@/database/postgres'

// The words of a Lexical value: every "text" leaf, without node types, formats or ids.
const lexicalWords = (column: string) =>
  sql.raw(`coalesce(jsonb_path_query_array(${column}, 'strict $.**.text'), '[]'::jsonb)`)

/** A query fragment, as `sql` builds it (the adapter exports no name for the type). */
type SQL = ReturnType<typeof sql>

const categoryOf = (row: Record<string, unknown>): SearchCategory | null =>
  row.category_slug ? { title: String(row.category_title), slug: String(row.category_slug) } : null

/**
 * How many of the newest matches are ranked. A common word matches most of the archive, and
 * ranking all of it would read every match; the best of the newest few hundred is what a reader
 * of a publication wants first. Rarer words have fewer matches and are ranked in full.
 */
export const RANK_WINDOW = 200

/**
 * The newest published rows of a table whose stored, GIN-indexed `search_document` (see the
 * search_index migration) matches a tsquery, at most RANK_WINDOW of them. The caller ranks
 * these few (`rankOf`), never every match.
 */
const newestMatches = (table: 'articles' | 'faqs', newestFirst: SQL, tsquery: string) => sql`
  select m.id, m.search_document
  from ${sql.raw(table)} m
  where m._status = 'published' and m.search_document @@ to_tsquery('english', ${tsquery})
  order by ${newestFirst}
  limit ${RANK_WINDOW}
`
const rankOf = (tsquery: string) =>
  sql`ts_rank(newest.search_document, to_tsquery('english', ${tsquery}))`

/**
 * Published articles matching a tsquery: title (weight A), summary (B) and body words (C). The
 * planner picks the GIN index for rare words and the published_at index for common ones.
 */
export const articleSearchQuery = (tsquery: string, limit: number) => sql`
  select a.id, a.title, a.slug, a.summary, a.published_at,
         c.title as category_title, c.slug as category_slug
  from (${newestMatches('articles', sql`m.published_at desc`, tsquery)}) newest
  join articles a on a.id = newest.id
  left join categories c on c.id = a.category_id
  order by ${rankOf(tsquery)} desc, a.published_at desc nulls last
  limit ${limit}
`

/** Published FAQs matching a tsquery: question (weight A) and answer words (B). */
export const faqSearchQuery = (tsquery: string, limit: number) => sql`
  select f.id, f.question, f.answer, c.title as category_title, c.slug as category_slug
  from (${newestMatches('faqs', sql`m.id desc`, tsquery)}) newest
  join faqs f on f.id = newest.id
  left join categories c on c.id = f.category_id
  order by ${rankOf(tsquery)} desc, f.id
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
): Promise<{ articles: ArticleSearchHit[]; faqs: FaqSearchHit[]; entries: SearchEntry[] }> {
  const db = postgresOf(payload).drizzle
  const [articles, faqs, entries] = await Promise.all([
    db.execute(articleSearchQuery(tsquery, limit)),
    db.execute(faqSearchQuery(tsquery, limit)),
    searchEntries(db, tsquery, limit),
  ])
  return {
    entries,
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
      answer: richTextPlainText(row.answer as RichTextValue),
      category: categoryOf(row),
    })),
  }
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/
/** A table or column named in a content type's definition (code, never input), checked anyway. */
function checked(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`Not a plain SQL identifier: ${name}`)
  return name
}
const identifier = (name: string) => sql.raw(`"${checked(name)}"`)

/**
 * The published documents of every content type that takes part in search (its `search` in
 * @sok/content/content-types): title, then excerpt, then rich-text words; best match first.
 */
async function searchEntries(
  db: PostgresAdapter['drizzle'],
  tsquery: string,
  limit: number,
): Promise<SearchEntry[]> {
  const searchable = registeredContentTypes.flatMap((type) =>
    type.search && type.path ? [{ type, search: type.search, path: type.path }] : [],
  )
  const lists = await Promise.all(
    searchable.map(async ({ type, search, path }) => {
      const { rows } = await db.execute(
        entryQuery(search, type.access === 'publishedDrafts', tsquery, limit),
      )
      return rows.map((row) => ({
        rank: Number(row.rank),
        entry: {
          kind: type.collection,
          label: search.label,
          title: String(row.title),
          path: path(String(row.slug)),
          excerpt: String(row.excerpt ?? ''),
        },
      }))
    }),
  )
  return lists
    .flat()
    .sort((a, b) => b.rank - a.rank)
    .slice(0, limit)
    .map(({ entry }) => entry)
}

function entryQuery(search: SearchParticipation, drafts: boolean, tsquery: string, limit: number) {
  const column = (name: string) => sql`t.${identifier(name)}`
  const richText = (search.richText ?? []).map(
    (name) =>
      sql` || setweight(jsonb_to_tsvector('english', ${lexicalWords(`t."${checked(name)}"`)}, '["string"]'), 'C')`,
  )
  return sql`
    with search as (select to_tsquery('english', ${tsquery}) as query)
    select t.slug, ${column(search.title)} as title, ${column(search.excerpt)} as excerpt,
           ts_rank(indexed.document, search.query) as rank
    from ${identifier(search.table)} t
    cross join search
    cross join lateral (
      select setweight(to_tsvector('english', coalesce(${column(search.title)}, '')), 'A')
          || setweight(to_tsvector('english', coalesce(${column(search.excerpt)}, '')), 'B')
          ${sql.join(richText, sql.raw(''))}
        as document
    ) indexed
    where ${drafts ? sql`t._status = 'published' and` : sql``} indexed.document @@ search.query
      and t.slug is not null
    order by rank desc, t.id
    limit ${limit}
  `
}
