import path from 'node:path'
import { pathToFileURL } from 'node:url'

import type { SQL } from 'drizzle-orm'
import { PgDialect } from 'drizzle-orm/pg-core'
import pg from 'pg'

import { cmsDir } from '../lib/paths'

// Loaded by path at run time: type-checking the CMS's modules from here would pull in the
// CMS's own global types. These are the only two functions used.
interface SearchModules {
  articleSearchQuery(tsquery: string, limit: number): SQL
  parseSearchInput(
    text: string,
  ): { ok: true; tsquery: string; limit: number } | { ok: false; message: string }
}
const load = async (file: string) =>
  (await import(
    pathToFileURL(path.join(cmsDir, 'src/graphql/search', file)).href
  )) as Partial<SearchModules>

interface PlanNode {
  'Node Type': string
  'Index Name'?: string
  Plans?: PlanNode[]
}

const indexesOf = (node: PlanNode): string[] => [
  ...(node['Index Name'] ? [`${node['Node Type']} on ${node['Index Name']}`] : []),
  ...(node.Plans ?? []).flatMap(indexesOf),
]

/**
 * The plan Postgres picks for the CMS's article search (the exact query of
 * apps/cms/src/graphql/search/sql.ts) on the benchmark's archive, and how long it runs.
 */
export async function searchPlan(databaseUrl: string, text: string) {
  const { articleSearchQuery, parseSearchInput } = {
    ...(await load('sql.ts')),
    ...(await load('terms.ts')),
  } as SearchModules
  const input = parseSearchInput(text)
  if (!input.ok) throw new Error(input.message)
  const query = new PgDialect().sqlToQuery(articleSearchQuery(input.tsquery, input.limit))
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query<{
      'QUERY PLAN': [{ Plan: PlanNode; 'Execution Time': number }]
    }>(`explain (analyze, format json) ${query.sql}`, query.params)
    const [result] = rows[0]!['QUERY PLAN']
    return {
      text,
      indexes: [...new Set(indexesOf(result.Plan))],
      executionMs: result['Execution Time'],
    }
  } finally {
    await client.end()
  }
}
