import type { GraphQLNullableType } from 'graphql'
import type { GraphQLExtension } from 'payload'
import { APIError } from 'payload'

import { searchPublished } from './sql'
import { parseSearchInput } from './terms'

/**
 * `SearchContent(text, limit)`: full-text search over published articles, FAQs and the other
 * content types that take part in search (glossary terms), for the site's search page. Bad input answers a GraphQL error with a readable message (status 400).
 */
export const searchQueries: GraphQLExtension = (GraphQL) => {
  const { GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLString } = GraphQL
  const nonNull = <T extends GraphQLNullableType>(type: T) => new GraphQLNonNull(type)
  const listOf = <T extends GraphQLNullableType>(type: T) => nonNull(new GraphQLList(nonNull(type)))

  const category = new GraphQLObjectType({
    name: 'SearchCategory',
    fields: { title: { type: nonNull(GraphQLString) }, slug: { type: nonNull(GraphQLString) } },
  })
  const article = new GraphQLObjectType({
    name: 'SearchArticle',
    fields: {
      id: { type: nonNull(GraphQLInt) },
      title: { type: nonNull(GraphQLString) },
      slug: { type: nonNull(GraphQLString) },
      summary: { type: GraphQLString },
      publishedAt: { type: GraphQLString },
      category: { type: category },
    },
  })
  const faq = new GraphQLObjectType({
    name: 'SearchFaq',
    fields: {
      id: { type: nonNull(GraphQLInt) },
      question: { type: nonNull(GraphQLString) },
      answer: { type: nonNull(GraphQLString), description: 'The answer as plain text.' },
      category: { type: category },
    },
  })
  const entry = new GraphQLObjectType({
    name: 'SearchEntry',
    description: 'A hit of another content type the site shows (e.g. a glossary term).',
    fields: {
      kind: { type: nonNull(GraphQLString), description: 'The collection it comes from.' },
      label: { type: nonNull(GraphQLString), description: 'What the site calls these results.' },
      title: { type: nonNull(GraphQLString) },
      path: { type: nonNull(GraphQLString), description: 'Its address on the site.' },
      excerpt: { type: nonNull(GraphQLString) },
    },
  })
  const results = new GraphQLObjectType({
    name: 'SearchResults',
    fields: {
      text: { type: nonNull(GraphQLString), description: 'The search text, tidied.' },
      articles: { type: listOf(article) },
      faqs: { type: listOf(faq) },
      entries: { type: listOf(entry) },
    },
  })

  return {
    SearchContent: {
      type: nonNull(results),
      description:
        'Full-text search over published articles, FAQs and glossary terms, best match first.',
      args: {
        text: { type: nonNull(GraphQLString) },
        limit: { type: GraphQLInt, description: 'Results per kind, 1 to 20 (default 10).' },
      },
      resolve: async (
        _source: unknown,
        args: { text: string; limit?: number | null },
        context: { req: { payload: Parameters<typeof searchPublished>[0] } },
      ) => {
        const input = parseSearchInput(args.text, args.limit ?? undefined)
        if (!input.ok) throw new APIError(input.message, 400, undefined, true)
        const found = await searchPublished(context.req.payload, input.tsquery, input.limit)
        return { text: input.text, ...found }
      },
    },
  }
}
