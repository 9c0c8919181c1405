import type { GraphQLList, GraphQLObjectType, GraphQLOutputType, GraphQLScalarType } from 'graphql'
import type { GraphQLExtension } from 'payload'
import type { SearchField, SearchObjectSpec } from '@sok/content/search-results'

/** The `graphql` module Payload hands a query extension (ours must be the same instance). */
type GraphQLModule = Parameters<GraphQLExtension>[0]
/** What a search field's type is before `!`: a scalar, an object or a list of objects. */
type NullableOutput = GraphQLScalarType | GraphQLObjectType | GraphQLList<GraphQLOutputType>

/**
 * The GraphQL object type of a search-result spec (@sok/content/search-results), built with
 * Payload's own GraphQL constructors. Object types shared by several fields (e.g. the category)
 * are built once, as a schema requires.
 */
export function searchObjectType(GraphQL: GraphQLModule, spec: SearchObjectSpec) {
  const nonNull = (type: NullableOutput) => new GraphQL.GraphQLNonNull(type)
  const built = new Map<string, GraphQLObjectType>()

  const nullableType = (field: SearchField): NullableOutput => {
    if ('scalar' in field)
      return field.scalar === 'Int' ? GraphQL.GraphQLInt : GraphQL.GraphQLString
    if ('object' in field) return objectType(field.object)
    return new GraphQL.GraphQLList(nonNull(objectType(field.list)))
  }
  const fieldType = (field: SearchField): GraphQLOutputType => {
    const type = nullableType(field)
    return 'nullable' in field && field.nullable ? type : nonNull(type)
  }
  function objectType(object: SearchObjectSpec) {
    const known = built.get(object.name)
    if (known) return known
    const type = new GraphQL.GraphQLObjectType({
      name: object.name,
      description: object.description,
      fields: () =>
        Object.fromEntries(
          Object.entries(object.fields).map(([name, field]) => [
            name,
            { type: fieldType(field), description: field.description },
          ]),
        ),
    })
    built.set(object.name, type)
    return type
  }
  return objectType(spec)
}
