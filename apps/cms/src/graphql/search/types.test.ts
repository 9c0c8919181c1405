import {
  type SearchObjectSpec,
  type SearchResults,
  searchResultsSpec,
  searchSelection,
} from '@sok/content/search-results'
import * as GraphQL from 'graphql'
import { describe, expect, it } from 'vitest'

import { searchObjectType } from './types'

const results: SearchResults = {
  text: 'ketamine',
  articles: [
    {
      id: 1,
      title: 'Ketamine and depression',
      slug: 'ketamine-and-depression',
      summary: null,
      publishedAt: '2026-01-02T00:00:00.000Z',
      category: { title: 'Research', slug: 'research' },
    },
  ],
  faqs: [{ id: 2, question: 'Is it safe?', answer: 'Under supervision.', category: null }],
  entries: [
    {
      kind: 'glossary',
      label: 'Glossary',
      title: 'NMDA',
      path: '/glossary/nmda',
      excerpt: 'A receptor.',
    },
  ],
}

const schema = new GraphQL.GraphQLSchema({
  query: new GraphQL.GraphQLObjectType({
    name: 'Query',
    fields: {
      SearchContent: {
        type: new GraphQL.GraphQLNonNull(searchObjectType(GraphQL, searchResultsSpec)),
        resolve: () => results,
      },
    },
  }),
})

/** The field names of a spec and of the GraphQL type built from it, recursively, with nullability. */
function specFields(spec: SearchObjectSpec, prefix = ''): string[] {
  return Object.entries(spec.fields).flatMap(([name, field]) => {
    const nullable = 'nullable' in field && field.nullable
    const path = `${prefix}${name}${nullable ? '' : '!'}`
    if ('scalar' in field) return [`${path}:${field.scalar}`]
    const object = 'object' in field ? field.object : field.list
    return [
      `${path}:${object.name}${'list' in field ? '[]' : ''}`,
      ...specFields(object, `${prefix}${name}.`),
    ]
  })
}
function graphqlFields(type: GraphQL.GraphQLObjectType, prefix = ''): string[] {
  return Object.values(type.getFields()).flatMap((field) => {
    const nonNull = GraphQL.isNonNullType(field.type)
    const inner = GraphQL.getNullableType(field.type)
    const list = GraphQL.isListType(inner)
    const named = GraphQL.getNamedType(field.type)
    const path = `${prefix}${field.name}${nonNull ? '!' : ''}`
    const head = `${path}:${named.name}${list ? '[]' : ''}`
    return GraphQL.isObjectType(named)
      ? [head, ...graphqlFields(named, `${prefix}${field.name}.`)]
      : [head]
  })
}

describe('the search result declared once', () => {
  it('builds GraphQL types with exactly the spec’s fields, types and nullability', () => {
    const built = searchObjectType(GraphQL, searchResultsSpec)
    expect(built.name).toBe('SearchResults')
    expect(graphqlFields(built)).toEqual(specFields(searchResultsSpec))
  })

  it('asks, with the client’s selection, for every field the built types answer', async () => {
    const answer = await GraphQL.graphql({
      schema,
      source: `query { SearchContent ${searchSelection(searchResultsSpec)} }`,
    })
    expect(answer.errors).toBeUndefined()
    expect(answer.data?.SearchContent).toEqual(results)
  })

  it('builds an object type shared by several fields once (a schema allows one per name)', () => {
    expect(() => GraphQL.printSchema(schema)).not.toThrow()
    expect(GraphQL.printSchema(schema).match(/^type SearchCategory /gm)).toHaveLength(1)
  })
})
