import {
  APIError,
  type CollectionBeforeOperationHook,
  type FlattenedField,
  type Payload,
  type Where,
} from 'payload'

import { audienceOf } from '@/access'

/**
 * Checks a REST or GraphQL query against the collection before Payload runs it: every `where`
 * operator must suit the field it filters (no `near` on a title, no `like` on rich text), every
 * value must fit the field (ids are numbers, dates parse, a status is one of its options), and
 * pages and limits are sensible. Without this, such queries reach Postgres and answer 500.
 * Paths this code cannot resolve are left to Payload, which refuses unknown paths with a 400.
 */

/** A 400 with a message meant for whoever wrote the query. Logged as info, without a stack. */
export class InvalidQuery extends APIError {
  constructor(message: string) {
    super(message, 400, undefined, true)
    this.name = 'InvalidQuery'
  }
}

/** The most items one anonymous request may ask for (the site's largest list is 500 FAQs). */
export const ANONYMOUS_MAX_LIMIT = 500
export const MAX_PAGE = 100_000
const MAX_WHERE_NESTING = 6
const MAX_VALUE_LENGTH = 1_000

type Kind = 'text' | 'number' | 'id' | 'date' | 'checkbox' | 'select' | 'relation' | 'document'

const equality = ['equals', 'not_equals', 'in', 'not_in', 'exists']
const ordering = ['greater_than', 'greater_than_equal', 'less_than', 'less_than_equal']
const OPERATORS: Record<Kind, readonly string[]> = {
  text: [...equality, 'like', 'not_like', 'contains'],
  number: [...equality, ...ordering],
  id: [...equality, ...ordering],
  date: [...equality, ...ordering],
  checkbox: ['equals', 'not_equals', 'exists'],
  select: equality,
  relation: equality,
  // Rich text and JSON are stored as documents: only whether they are there can be asked.
  document: ['exists'],
}
const KNOWN_OPERATORS = new Set(Object.values(OPERATORS).flat())

interface Resolved {
  kind: Kind
  label: string
  options?: string[]
}

const TEXT_TYPES = new Set(['text', 'textarea', 'email', 'code', 'slug'])

/** What a field path filters on, or null when this code cannot tell (Payload then decides). */
function resolvePath(
  path: string,
  fields: readonly FlattenedField[],
  payload: Payload,
): Resolved | null {
  const [head = '', ...rest] = path.split('.')
  if (head === 'id' && rest.length === 0) return { kind: 'id', label: path }
  const field = fields.find((candidate) => 'name' in candidate && candidate.name === head)
  if (!field) return null
  const tail = rest.join('.')
  switch (field.type) {
    case 'group':
    case 'tab':
    case 'array':
      return tail ? resolvePath(tail, field.flattenedFields, payload) : null
    case 'relationship':
    case 'upload': {
      if (Array.isArray(field.relationTo)) return null
      if (!tail) return { kind: 'relation', label: path }
      const related = payload.collections[field.relationTo]?.config.flattenedFields
      return related ? resolvePath(tail, related, payload) : null
    }
    case 'number':
      return tail ? null : { kind: 'number', label: path }
    case 'date':
      return tail ? null : { kind: 'date', label: path }
    case 'checkbox':
      return tail ? null : { kind: 'checkbox', label: path }
    case 'select':
    case 'radio':
      if (tail) return null
      return {
        kind: 'select',
        label: path,
        options: field.options.map((option) =>
          typeof option === 'string' ? option : option.value,
        ),
      }
    case 'richText':
    case 'json':
      return { kind: 'document', label: path }
    default:
      if (TEXT_TYPES.has(field.type) && !tail) return { kind: 'text', label: path }
      return null
  }
}

const asList = (value: unknown): unknown[] =>
  Array.isArray(value)
    ? value
    : typeof value === 'string'
      ? value.split(',')
      : value && typeof value === 'object'
        ? Object.values(value)
        : [value]

function checkScalar(value: unknown, field: Resolved): string | null {
  if (value === null) return null
  if (typeof value === 'object')
    return `${field.label} takes a single value here, not a list or object.`
  const text = String(value)
  if (text.length > MAX_VALUE_LENGTH) return `The value for ${field.label} is too long.`
  switch (field.kind) {
    case 'id':
    case 'relation':
      return /^\d{1,15}$/.test(text.trim())
        ? null
        : `${field.label} takes document ids (whole numbers).`
    case 'number':
      return text.trim() !== '' && Number.isFinite(Number(text))
        ? null
        : `${field.label} takes a number.`
    case 'date':
      return text.trim() !== '' && !Number.isNaN(new Date(text).getTime())
        ? null
        : `${field.label} takes a date, like 2024-05-31.`
    case 'checkbox':
      return ['true', 'false'].includes(text) ? null : `${field.label} takes true or false.`
    case 'select':
      return field.options?.includes(text)
        ? null
        : `${field.label} takes one of: ${(field.options ?? []).join(', ')}.`
    default:
      return null
  }
}

function checkCondition(operator: string, value: unknown, field: Resolved): string | null {
  if (!OPERATORS[field.kind].includes(operator)) {
    return `The operator "${operator}" cannot filter ${field.label}; use one of: ${OPERATORS[field.kind].join(', ')}.`
  }
  if (operator === 'exists') {
    return ['true', 'false', true, false].includes(value as string | boolean)
      ? null
      : `"exists" takes true or false.`
  }
  if (operator === 'in' || operator === 'not_in') {
    const items = asList(value)
    if (items.length > 1_000) return `"${operator}" takes at most 1000 values.`
    for (const item of items) {
      const problem = checkScalar(item, field)
      if (problem) return problem
    }
    return null
  }
  return checkScalar(value, field)
}

interface WhereContext {
  fields: readonly FlattenedField[]
  payload: Payload
}

/** Fields of version documents (GET /api/articles/versions); the document's own sit under `version.`. */
const VERSION_PATHS: Record<string, Resolved> = {
  parent: { kind: 'relation', label: 'parent' },
  latest: { kind: 'checkbox', label: 'latest' },
  autosave: { kind: 'checkbox', label: 'autosave' },
}

function resolveInContext(path: string, context: WhereContext): Resolved | null {
  const own = resolvePath(path, context.fields, context.payload)
  if (own) return { ...own, label: path }
  if (VERSION_PATHS[path]) return VERSION_PATHS[path]
  if (!path.startsWith('version.')) return null
  const resolved = resolvePath(path.slice('version.'.length), context.fields, context.payload)
  return resolved && { ...resolved, label: path }
}

/** Throws InvalidQuery for the first condition that cannot work. */
export function checkWhere(where: unknown, context: WhereContext, nesting = 0): void {
  if (where === undefined || where === null) return
  if (typeof where !== 'object' || Array.isArray(where)) {
    throw new InvalidQuery('where must be an object of conditions, like where[title][equals]=….')
  }
  if (nesting > MAX_WHERE_NESTING) {
    throw new InvalidQuery(`where may nest "and"/"or" at most ${MAX_WHERE_NESTING} levels deep.`)
  }
  for (const [key, condition] of Object.entries(where as Where)) {
    if (key === 'and' || key === 'or') {
      if (!condition || typeof condition !== 'object') {
        throw new InvalidQuery(`"${key}" takes a list of conditions.`)
      }
      for (const part of Object.values(condition)) checkWhere(part, context, nesting + 1)
      continue
    }
    if (!condition || typeof condition !== 'object' || Array.isArray(condition)) {
      throw new InvalidQuery(
        `The condition on ${key} needs an operator, like where[${key}][equals]=….`,
      )
    }
    const field = resolveInContext(key, context)
    for (const [operator, value] of Object.entries(condition)) {
      if (!KNOWN_OPERATORS.has(operator)) {
        // Payload's own check names the unknown operator (or path) in its 400.
        if (
          operator === 'near' ||
          operator === 'within' ||
          operator === 'intersects' ||
          operator === 'all'
        ) {
          throw new InvalidQuery(`The operator "${operator}" is not available on this API.`)
        }
        continue
      }
      if (!field) continue
      const problem = checkCondition(operator, value, field)
      if (problem) throw new InvalidQuery(problem)
    }
  }
}

interface ListArgs {
  where?: unknown
  limit?: unknown
  page?: unknown
  pagination?: unknown
  /** Set when Payload populates relations of a document it is already reading. */
  currentDepth?: unknown
}

const isWhole = (value: unknown, min: number, max = Number.MAX_SAFE_INTEGER) =>
  Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max

/**
 * `beforeOperation` for every collection. Only queries that arrive over REST or GraphQL are
 * checked, not the server's own calls (Local API, `overrideAccess`) nor the reads Payload makes to
 * populate relations of what it is already answering.
 */
export const checkQuery: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  overrideAccess,
  req,
}) => {
  const list = args as ListArgs
  if (req.payloadAPI === 'local' || overrideAccess || list.currentDepth !== undefined) return args
  checkWhere(list.where, { fields: collection.flattenedFields, payload: req.payload })
  if (operation !== 'read' && operation !== 'count') return args
  if (list.page !== undefined && !isWhole(list.page, 1, MAX_PAGE)) {
    throw new InvalidQuery(`page must be a whole number from 1 to ${MAX_PAGE}.`)
  }
  if (list.limit !== undefined && !isWhole(list.limit, 0)) {
    throw new InvalidQuery('limit must be a whole number (0 asks for everything).')
  }
  if (audienceOf(req) === 'anonymous') {
    // Without pagination a limit still bounds the answer (Payload's find keeps it); only no limit,
    // or 0, asks for everything. The storage plugin reads one file's record that way.
    const everything = list.limit === 0 || (list.pagination === false && list.limit === undefined)
    if (everything || (typeof list.limit === 'number' && list.limit > ANONYMOUS_MAX_LIMIT)) {
      throw new InvalidQuery(`Ask for at most ${ANONYMOUS_MAX_LIMIT} items per page (limit).`)
    }
  }
  return args
}
