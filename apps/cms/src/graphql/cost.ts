import {
  type ExecutionArgs,
  type FieldNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  type GraphQLField,
  type GraphQLSchema,
  type GraphQLType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql'
import { getArgumentValues, getVariableValues } from 'graphql/execution/values.js'

/**
 * GraphQL limits that count fan-out. Payload's own complexity score adds a constant per field, so
 * `Articles(limit: 100) { docs { relatedArticles { relatedArticles { … } } } }` scores about 40
 * however deep it goes, while the work doubles with every level (related articles form cycles).
 * Here every list multiplies the cost of what is selected inside it by how many items it can hold:
 * a `limit` argument (Payload's lists and joins, SearchContent) sizes the next list below it,
 * any other list of objects (a hasMany relationship, an array field) counts as DEFAULT_LIST_SIZE.
 * A query over the budget, or nested deeper than MAX_DEPTH, is refused before it runs.
 */
export const GRAPHQL_LIMITS = {
  /** Fields nested inside each other; the site's deepest query is 4, Payload's lists need ~6. */
  maxDepth: 8,
  /** Roughly "objects the query may touch". The site's largest query costs about 300. */
  maxCost: 5_000,
  defaultListSize: 10,
  /** What `limit: 0` or `pagination: false` (everything) counts as. */
  unboundedListSize: 1_000,
} as const

interface Walk {
  schema: GraphQLSchema
  context: ValidationContext
  variables: Record<string, unknown>
  /** Fragments being expanded on the current path, so a fragment cycle cannot loop forever. */
  expanding: Set<string>
}

interface Measure {
  cost: number
  depth: number
}

// Far beyond any budget, and far from Number.MAX_VALUE, so sums never overflow into NaN.
const CEILING = 1e15
const capped = (value: number) => Math.min(value, CEILING)

function listSizeFromArguments(field: GraphQLField<unknown, unknown>, node: FieldNode, walk: Walk) {
  if (!field.args.some((arg) => arg.name === 'limit')) return undefined
  let args: Record<string, unknown> = {}
  try {
    args = getArgumentValues(field, node, walk.variables)
  } catch {
    // Invalid arguments are reported by the standard rules; count the default.
  }
  if (args.pagination === false) return GRAPHQL_LIMITS.unboundedListSize
  const limit = args.limit
  if (typeof limit !== 'number') return GRAPHQL_LIMITS.defaultListSize
  return limit <= 0 ? GRAPHQL_LIMITS.unboundedListSize : limit
}

function measureField(
  node: FieldNode,
  parentType: GraphQLType,
  pendingListSize: number | undefined,
  walk: Walk,
): Measure {
  const name = node.name.value
  // Introspection is bounded by the schema, not by data.
  if (name.startsWith('__')) return { cost: name === '__typename' ? 0 : 1, depth: 1 }
  if (!isObjectType(parentType) && !isInterfaceType(parentType)) return { cost: 1, depth: 1 }
  const field = parentType.getFields()[name]
  if (!field) return { cost: 1, depth: 1 }
  const namedType = getNamedType(field.type)
  if (!node.selectionSet || !isCompositeType(namedType)) return { cost: 1, depth: 1 }

  const sized = listSizeFromArguments(field, node, walk) ?? pendingListSize
  const isList = isListType(getNullableType(field.type))
  const multiplier = isList ? (sized ?? GRAPHQL_LIMITS.defaultListSize) : 1
  // A `limit` on a wrapper object (Payload's `{ docs, totalDocs }`, SearchContent's results)
  // sizes the list inside it.
  const inner = measureSelections(node.selectionSet, namedType, isList ? undefined : sized, walk)
  // Every item of a list costs at least 1, even when only `__typename` is asked of it.
  return { cost: capped(1 + multiplier * Math.max(inner.cost, 1)), depth: inner.depth + 1 }
}

function measureSelections(
  selectionSet: SelectionSetNode,
  parentType: GraphQLType,
  pendingListSize: number | undefined,
  walk: Walk,
): Measure {
  let cost = 0
  let depth = 0
  for (const selection of selectionSet.selections) {
    let measured: Measure = { cost: 0, depth: 0 }
    if (selection.kind === Kind.FIELD) {
      measured = measureField(selection, parentType, pendingListSize, walk)
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const typeName = selection.typeCondition?.name.value
      const type = typeName ? (walk.schema.getType(typeName) ?? parentType) : parentType
      measured = measureSelections(selection.selectionSet, type, pendingListSize, walk)
    } else {
      const name = selection.name.value
      const fragment = walk.context.getFragment(name)
      if (fragment && !walk.expanding.has(name)) {
        walk.expanding.add(name)
        const type = walk.schema.getType(fragment.typeCondition.name.value) ?? parentType
        measured = measureSelections(fragment.selectionSet, type, pendingListSize, walk)
        walk.expanding.delete(name)
      }
    }
    cost = capped(cost + measured.cost)
    depth = Math.max(depth, measured.depth)
  }
  return { cost, depth }
}

/** The cost and depth of one operation, with its variables. */
export function measureOperation(
  operation: OperationDefinitionNode,
  context: ValidationContext,
  rawVariables: Record<string, unknown> | null | undefined,
): Measure {
  const schema = context.getSchema()
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {})
  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType()
  if (!root) return { cost: 0, depth: 0 }
  return measureSelections(operation.selectionSet, root, undefined, {
    schema,
    context,
    variables: coerced.coerced ?? {},
    expanding: new Set(),
  })
}

const formatNumber = (value: number) =>
  value >= CEILING ? 'more than a million billion' : Math.round(value).toLocaleString('en-GB')

/** Payload's `graphQL.validationRules`: refuses queries that nest or fan out too far. */
export function fanOutLimits(args: Pick<ExecutionArgs, 'variableValues'>): ValidationRule[] {
  const rule: ValidationRule = (context) => ({
    OperationDefinition(operation) {
      const { cost, depth } = measureOperation(operation, context, args.variableValues)
      if (depth > GRAPHQL_LIMITS.maxDepth) {
        context.reportError(
          new GraphQLError(
            `This query nests fields ${depth} levels deep; at most ${GRAPHQL_LIMITS.maxDepth} are allowed. Ask for fewer nested relations.`,
            { nodes: [operation] },
          ),
        )
      } else if (cost > GRAPHQL_LIMITS.maxCost) {
        context.reportError(
          new GraphQLError(
            `This query could return too much: its estimated cost is ${formatNumber(cost)} and the limit is ${formatNumber(GRAPHQL_LIMITS.maxCost)}. Every list multiplies the cost of what it contains by its size (its limit, or ${GRAPHQL_LIMITS.defaultListSize} for related documents): ask for fewer items or fewer nested relations.`,
            { nodes: [operation] },
          ),
        )
      }
    },
  })
  return [rule]
}
