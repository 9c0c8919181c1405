import { parse } from 'qs-esm'

import { withHtmlSafeJson } from './safe-json'

/**
 * The shape of a REST query string, checked before Payload reads it. Payload parses `where` and
 * `data` with a bare JSON.parse and turns non-numbers into "no value", so malformed input either
 * answers 500 or is silently ignored; here it answers 400 with what to fix. What a query means
 * for a collection (operators, values, limits per reader) is checked in ./query-checks.ts.
 */

export const MAX_REST_DEPTH = 2
const MAX_NUMBER = 100_000
const BOOLEAN = new Set(['true', 'false', '1', '0', ''])

type Query = Record<string, unknown>

function wholeNumber(query: Query, name: string, min: number, max: number): string | null {
  if (!(name in query)) return null
  const value = query[name]
  const fits =
    typeof value === 'string' &&
    /^\d{1,6}$/.test(value) &&
    Number(value) >= min &&
    Number(value) <= max
  return fits ? null : `${name} must be a whole number from ${min} to ${max}.`
}

function jsonObject(query: Query, name: string): string | null {
  const value = query[name]
  if (typeof value !== 'string' || value === '') return null
  try {
    const parsed: unknown = JSON.parse(value)
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return null
  } catch {
    // explained below
  }
  return `${name} must be a JSON object, or written as ${name}[field][operator]=value.`
}

const isFieldMap = (value: unknown): boolean =>
  !!value &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  Object.values(value).every((entry) =>
    typeof entry === 'string' ? BOOLEAN.has(entry) : isFieldMap(entry),
  )

/** The first problem with a query string, or null when Payload may read it. */
export function queryProblem(search: string): string | null {
  const query = parse(search, {
    allowEmptyArrays: true,
    arrayLimit: 1000,
    depth: 10,
    ignoreQueryPrefix: true,
  }) as Query
  const problem =
    wholeNumber(query, 'depth', 0, MAX_REST_DEPTH) ??
    wholeNumber(query, 'limit', 0, MAX_NUMBER) ??
    wholeNumber(query, 'page', 1, MAX_NUMBER) ??
    jsonObject(query, 'where') ??
    jsonObject(query, 'data')
  if (problem) return problem
  if ('where' in query && typeof query.where !== 'string' && !isObject(query.where)) {
    return 'where must be written as where[field][operator]=value.'
  }
  for (const name of ['draft', 'pagination', 'trash', 'autosave', 'overrideLock']) {
    if (name in query && !(typeof query[name] === 'string' && BOOLEAN.has(query[name]))) {
      return `${name} must be true or false.`
    }
  }
  for (const name of ['select', 'populate']) {
    if (name in query && !isFieldMap(query[name])) {
      return `${name} must name fields, like ${name}[title]=true.`
    }
  }
  if ('sort' in query) {
    const sort = query.sort
    const fields = typeof sort === 'string' ? sort.split(',') : Array.isArray(sort) ? sort : null
    if (
      !fields ||
      !fields.every((field) => typeof field === 'string' && /^-?[\w.]*$/.test(field))
    ) {
      return 'sort must name fields, like sort=-publishedAt or sort=title,-createdAt.'
    }
  }
  return null
}

const isObject = (value: unknown) => !!value && typeof value === 'object' && !Array.isArray(value)

type Handler = (
  request: Request,
  context: { params: Promise<{ slug: string[] }> },
) => Promise<Response>

/** Wraps one of Payload's REST route handlers: the query-string check, HTML-safe JSON. */
export function checkedRest(handler: Handler): Handler {
  return async (request, context) => {
    let search = new URL(request.url).search
    // The admin sends long queries as a POST body with X-HTTP-Method-Override: GET.
    const override =
      request.headers.get('x-payload-http-method-override') ??
      request.headers.get('x-http-method-override')
    if (
      request.method === 'POST' &&
      override?.toUpperCase() === 'GET' &&
      request.headers.get('content-type') === 'application/x-www-form-urlencoded'
    ) {
      search = `${search}&${await request.clone().text()}`
    }
    const problem = queryProblem(search)
    if (problem) return Response.json({ errors: [{ message: problem }] }, { status: 400 })
    return withHtmlSafeJson(await handler(request, context))
  }
}
