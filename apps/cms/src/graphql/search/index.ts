import { type SearchResults, searchResultsSpec } from '@sok/content/search-results'
import type { GraphQLExtension } from 'payload'
import { APIError } from 'payload'

import { searchPublished } from './sql'
import { parseSearchInput } from './terms'
import { searchObjectType } from './types'

/**
 * `SearchContent(text, limit)`: full-text search over published articles, FAQs and the other
 * content types that take part in search (glossary terms), for the site's search page. Bad input answers a GraphQL error with a readable message (status 400).
 */
export const searchQueries: GraphQLExtension = (GraphQL) => {
  const { GraphQLInt, GraphQLNonNull, GraphQLString } = GraphQL
  const results = searchObjectType(GraphQL, searchResultsSpec)

  return {
    SearchContent: {
      type: new GraphQLNonNull(results),
      description:
        'Full-text search over published articles, FAQs and glossary terms, best match first.',
      args: {
        text: { type: new GraphQLNonNull(GraphQLString) },
        limit: { type: GraphQLInt, description: 'Results per kind, 1 to 20 (default 10).' },
      },
      resolve: async (
        _source: unknown,
        args: { text: string; limit?: number | null },
        context: { req: { payload: Parameters<typeof searchPublished>[0] } },
      ): Promise<SearchResults> => {
        const input = parseSearchInput(args.text, args.limit ?? undefined)
        if (!input.ok) throw new APIError(input.message, 400, undefined, true)
        const found = await searchPublished(context.req.payload, input.tsquery, input.limit)
        return { text: input.text, ...found }
      },
    },
  }
}
