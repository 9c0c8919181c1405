import type { AfterErrorHook, CollectionConfig, Endpoint, Plugin } from 'payload'

import { checkQuery } from './query-checks'

/**
 * Guards on the public API that apply to every collection (added last, so plugin collections
 * such as redirects get them too):
 * - REST and GraphQL queries are checked against the collection before they run (query-checks);
 * - `/versions` of a collection that keeps no versions answers 404 instead of a database error;
 * - a query that still reaches Postgres with a value it cannot use answers 400, and a statement
 *   that outlives its time budget answers 503, instead of a 500.
 */

function notVersioned(collection: CollectionConfig): Endpoint[] {
  const handler: Endpoint['handler'] = () =>
    Response.json(
      { errors: [{ message: `${collection.slug} keeps no versions.` }] },
      { status: 404 },
    )
  return [
    { path: '/versions', method: 'get', handler },
    { path: '/versions/:id', method: 'get', handler },
    { path: '/versions/:id', method: 'post', handler },
  ]
}

/** The SQLSTATE of a Postgres error somewhere in an error's chain of causes. */
function postgresCode(error: unknown): string | undefined {
  let current = error as { code?: unknown; cause?: unknown; originalError?: unknown } | undefined
  for (let hops = 0; current && hops < 5; hops++) {
    if (typeof current.code === 'string' && /^[0-9A-Z]{5}$/.test(current.code)) return current.code
    current = (current.originalError ?? current.cause) as typeof current
  }
  return undefined
}

const DATABASE_ANSWERS: { matches: (code: string) => boolean; status: number; message: string }[] =
  [
    {
      // Class 22 (data exception), and an operator or type that does not exist for the column.
      matches: (code) => code.startsWith('22') || code === '42883' || code === '42804',
      status: 400,
      message: 'The query has a value or an operator that does not fit the field it filters on.',
    },
    {
      matches: (code) => code === '57014',
      status: 503,
      message: 'The request took too long and was stopped. Ask for less, or try again later.',
    },
  ]

export const databaseErrorAnswer: AfterErrorHook = ({ error, graphqlResult }) => {
  const code = postgresCode(error)
  const answer = code && DATABASE_ANSWERS.find((candidate) => candidate.matches(code))
  if (!answer) return
  if (graphqlResult) {
    return {
      graphqlResult: {
        ...graphqlResult,
        message: answer.message,
        extensions: { ...graphqlResult.extensions, statusCode: answer.status },
      },
    }
  }
  return { status: answer.status, response: { errors: [{ message: answer.message }] } }
}

export const apiGuards: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [checkQuery, ...(collection.hooks?.beforeOperation ?? [])],
    },
    endpoints:
      collection.endpoints === false || collection.versions
        ? collection.endpoints
        : [...(collection.endpoints ?? []), ...notVersioned(collection)],
  })),
  hooks: {
    ...config.hooks,
    afterError: [...(config.hooks?.afterError ?? []), databaseErrorAnswer],
  },
  loggingLevels: {
    // Mistakes in a query are the asker's: one line in the log, no stack trace.
    QueryError: 'info',
    ...({ InvalidQuery: 'info' } as Record<string, 'info'>),
    ...config.loggingLevels,
  },
})
