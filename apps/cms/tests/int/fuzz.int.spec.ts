import config from '@payload-config'
import { configToSchema } from '@payloadcms/graphql'
import fc from 'fast-check'
import {
  getNamedType,
  getNullableType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql'
import { type PreviewClaims, signPreviewToken, verifyPreviewToken } from '@sok/content/preview'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { env } from '@/env'

import { getTestPayload, graphqlRequest, rest } from './helpers'

/**
 * Property-based tests over the CMS's public endpoints, through the real route handlers: whatever
 * an anonymous client sends, the CMS answers below 500, writes no row it should not, and never
 * echoes the request's markup back unescaped. Each property runs NUM_RUNS generated inputs;
 * a failure prints the seed and the shrunk input to replay it.
 */

const NUM_RUNS = 220
/** Planted in generated strings: an answer that contains it verbatim echoed markup unescaped. */
const MARKER = '<x-fuzz>'
const STACK_TRACE = /\bat .+\(.+:\d+:\d+\)|node_modules\//
/** The collections the app defines, not Payload's own: a new one is fuzzed without editing this file. */
const APP_COLLECTIONS = (await config).collections
  .map((collection) => collection.slug)
  .filter((slug) => !slug.startsWith('payload-'))

let payload: Payload
let schema: GraphQLSchema

beforeAll(async () => {
  payload = await getTestPayload()
  schema = configToSchema(payload.config).schema
}, 300_000)

const COUNTED = [
  'articles',
  'authors',
  'categories',
  'faqs',
  'media',
  'users',
  'newsletter-signups',
  'redirects',
] as const

async function rowCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const collection of COUNTED) {
    counts[collection] = (await payload.count({ collection, overrideAccess: true })).totalDocs
  }
  return counts
}

/** Strings a fuzzer should try: edge cases, injections, the marker, and anything at all. */
const nasty = fc.oneof(
  fc.constantFrom(
    '',
    '0',
    '-1',
    '1e999',
    'NaN',
    'null',
    'true',
    '[]',
    '{}',
    '%',
    '_',
    '\\',
    "'",
    '"',
    '2024-01-01',
    '99999999999999999999',
    "1' OR '1'='1",
    '; DROP TABLE users; --',
    MARKER,
    `${MARKER}<script>alert(1)</script>`,
    '\u0000',
    '../../etc/passwd',
    '😀',
  ),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.integer().map(String),
  fc.double({ noNaN: false }).map(String),
  fc.string({ maxLength: 6 }).map((text) => `${text}${MARKER}`),
)

function expectSafeAnswer(status: number, text: string, input: string) {
  expect(status, `${status} for ${input}: ${text.slice(0, 300)}`).toBeLessThan(500)
  expect(text, `stack trace for ${input}`).not.toMatch(STACK_TRACE)
  expect(text, `unescaped echo for ${input}`).not.toContain(MARKER)
}

describe('REST list queries', () => {
  const collection = fc.constantFrom(...APP_COLLECTIONS, 'articles/versions')
  const path = fc.oneof(
    fc.constantFrom(
      'id',
      'title',
      'slug',
      'summary',
      'body',
      'publishedAt',
      'category',
      'category.slug',
      'category.title',
      'authors',
      'authors.name',
      'relatedArticles',
      'relatedArticles.title',
      'owner',
      'owner.email',
      '_status',
      'references.url',
      'references.year',
      'keyTakeaways.text',
      'meta.title',
      'meta.image',
      'heroImage',
      'reviewRequested',
      'createdAt',
      'email',
      'status',
      'alt',
      'filename',
      'question',
      'answer',
      'from',
      'to.url',
      'version.title',
      'parent',
      'latest',
    ),
    nasty,
  )
  const operator = fc.oneof(
    fc.constantFrom(
      'equals',
      'not_equals',
      'in',
      'not_in',
      'all',
      'exists',
      'greater_than',
      'greater_than_equal',
      'less_than',
      'less_than_equal',
      'like',
      'not_like',
      'contains',
      'near',
      'within',
      'intersects',
    ),
    nasty,
  )
  const enc = encodeURIComponent
  const whereEntry = (prefix: string) =>
    fc
      .tuple(path, operator, nasty, fc.boolean())
      .map(([field, op, value, asList]) =>
        asList
          ? `${prefix}[${enc(field)}][${enc(op)}][]=${enc(value)}&${prefix}[${enc(field)}][${enc(op)}][]=1`
          : `${prefix}[${enc(field)}][${enc(op)}]=${enc(value)}`,
      )
  const param = fc.oneof(
    { arbitrary: whereEntry('where'), weight: 4 },
    { arbitrary: fc.nat(3).chain((i) => whereEntry(`where[or][${i}]`)), weight: 1 },
    { arbitrary: fc.nat(3).chain((i) => whereEntry(`where[and][0][or][${i}]`)), weight: 1 },
    {
      arbitrary: fc
        .tuple(
          fc.constantFrom(
            'limit',
            'page',
            'depth',
            'sort',
            'draft',
            'pagination',
            'trash',
            'locale',
          ),
          fc.oneof(nasty, fc.integer({ min: -5, max: 2_000_000 }).map(String)),
        )
        .map(([key, value]) => `${key}=${enc(value)}`),
      weight: 3,
    },
    {
      arbitrary: fc
        .tuple(fc.constantFrom('select', 'populate', 'sort', 'joins'), path, nasty)
        .map(([key, field, value]) => `${key}[${enc(field)}]=${enc(value)}`),
      weight: 2,
    },
    {
      arbitrary: fc.json({ maxDepth: 3 }).map((json) => `where=${enc(json)}`),
      weight: 1,
    },
  )

  it(`answers ${NUM_RUNS} generated list queries below 500, changing nothing`, async () => {
    const before = await rowCounts()
    await fc.assert(
      fc.asyncProperty(
        collection,
        fc.array(param, { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        async (slug, params, byId) => {
          const url = `/api/${slug}${byId ? '/1' : ''}?${params.join('&')}`
          if (process.env.FUZZ_LOG) console.log('URL', url)
          const response = await rest('GET', url)
          expectSafeAnswer(response.status, await response.text(), url)
        },
      ),
      { numRuns: NUM_RUNS },
    )
    expect(await rowCounts()).toEqual(before)
  })
})

describe('GraphQL', () => {
  /** A random value for an argument of this type, drawn with fast-check. */
  function argumentValue(type: GraphQLInputType, draw: fc.GeneratorValue, depth: number): string {
    const nullable = getNullableType(type)
    if (isListType(nullable)) {
      const count = draw(() => fc.nat(3))
      const items = Array.from({ length: count }, () =>
        argumentValue(nullable.ofType as GraphQLInputType, draw, depth + 1),
      )
      return `[${items.join(', ')}]`
    }
    if (isEnumType(nullable)) {
      return draw(() => fc.constantFrom(...nullable.getValues().map((value) => value.name)))
    }
    if (isInputObjectType(nullable)) {
      if (depth > 3) return '{}'
      const fields = Object.values(nullable.getFields())
      const chosen = draw(() => fc.subarray(fields, { maxLength: Math.min(3, fields.length) }))
      const entries = chosen.map(
        (field) => `${field.name}: ${argumentValue(field.type, draw, depth + 1)}`,
      )
      return `{ ${entries.join(', ')} }`
    }
    if (isScalarType(nullable)) {
      switch (nullable.name) {
        case 'Int':
          return String(draw(() => fc.integer({ min: -10, max: 5_000_000 })))
        case 'Float':
          return String(draw(() => fc.double({ noNaN: true, noDefaultInfinity: true })))
        case 'Boolean':
          return String(draw(() => fc.boolean()))
        default:
          return JSON.stringify(draw(() => nasty))
      }
    }
    return 'null'
  }

  /**
   * A random selection on an object type: some fields, their arguments, and for object fields a
   * nested selection, down to 12 levels. `budget` caps the fields of one query, so the generated
   * text stays small while its depth and fan-out vary.
   */
  function selection(
    fields: Record<string, GraphQLField<unknown, unknown>>,
    draw: fc.GeneratorValue,
    depth: number,
    budget: { fields: number },
  ): string {
    const all = Object.values(fields)
    const width = depth < 2 ? 3 : 2
    const picked = draw(() =>
      fc.subarray(all, {
        minLength: Math.min(1, all.length),
        maxLength: Math.min(width, all.length),
      }),
    )
    const parts: string[] = []
    for (const field of picked) {
      if (budget.fields-- <= 0) break
      const args = field.args
        .filter((arg: GraphQLArgument) => isNonNullType(arg.type) || draw(() => fc.boolean()))
        .map((arg) => `${arg.name}: ${argumentValue(arg.type, draw, 0)}`)
      const call = args.length ? `${field.name}(${args.join(', ')})` : field.name
      const named = getNamedType(field.type)
      if (!isObjectType(named)) parts.push(call)
      else if (depth >= 12 || budget.fields <= 0) parts.push(`${call} { __typename }`)
      else parts.push(`${call} { ${selection(named.getFields(), draw, depth + 1, budget)} }`)
    }
    return parts.length ? parts.join(' ') : '__typename'
  }

  function noServerErrors(text: string, query: string) {
    const body = JSON.parse(text) as {
      errors?: { message: string; extensions?: { statusCode?: number } }[]
    }
    for (const error of body.errors ?? []) {
      expect(error.extensions?.statusCode ?? 400, `${error.message} for ${query}`).toBeLessThan(500)
      expect(error.message, query).not.toBe('Something went wrong.')
    }
  }

  it(`answers ${NUM_RUNS} generated queries (random fields, depth and arguments) below 500`, async () => {
    const before = await rowCounts()
    const roots = schema.getQueryType()!.getFields()
    await fc.assert(
      fc.asyncProperty(fc.gen(), async (draw) => {
        const query = `{ ${selection(roots, draw, 0, { fields: 40 })} }`
        if (process.env.FUZZ_LOG) console.log('QUERY', query.length, query.slice(0, 3000))
        const started = Date.now()
        const response = await graphqlRequest(query)
        if (process.env.FUZZ_LOG)
          console.log('DONE', Date.now() - started, process.memoryUsage().heapUsed >> 20)
        const text = await response.text()
        expectSafeAnswer(response.status, text, query)
        noServerErrors(text, query)
      }),
      // A generated document shrinks slowly and the failing query is in the message already.
      { numRuns: NUM_RUNS, endOnFailure: true },
    )
    expect(await rowCounts()).toEqual(before)
  })

  it(`answers ${NUM_RUNS} malformed documents below 500`, async () => {
    const fragments = fc.constantFrom(
      '{',
      '}',
      '(',
      ')',
      'Articles',
      'docs',
      'limit:',
      '...',
      '$x',
      'query',
      'fragment F on Article',
      '@skip(if: true)',
      '"',
      '#',
      'mutation',
    )
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 80 }),
          fc.array(fragments, { maxLength: 30 }).map((parts) => parts.join(' ')),
          nasty,
        ),
        fc.option(fc.json({ maxDepth: 2 }), { nil: undefined }),
        async (query, variables) => {
          const response = await graphqlRequest(query, {
            variables:
              variables === undefined
                ? undefined
                : (JSON.parse(variables) as Record<string, unknown>),
          })
          const text = await response.text()
          expectSafeAnswer(response.status, text, query)
          noServerErrors(text, query)
        },
      ),
      { numRuns: NUM_RUNS },
    )
  })

  it(`answers ${NUM_RUNS} generated searches (SearchContent) below 500`, async () => {
    await fc.assert(
      fc.asyncProperty(
        nasty,
        fc.option(fc.integer({ min: -100, max: 1000 }), { nil: null }),
        async (text, limit) => {
          const response = await graphqlRequest(
            'query Search($text: String!, $limit: Int) { SearchContent(text: $text, limit: $limit) { text articles { id title slug category { title } } faqs { id question answer } } }',
            { variables: { text, limit } },
          )
          const answer = await response.text()
          expectSafeAnswer(response.status, answer, JSON.stringify({ text, limit }))
          noServerErrors(answer, text)
        },
      ),
      { numRuns: NUM_RUNS },
    )
  })
})

describe('draft preview endpoint', () => {
  it(`answers ${NUM_RUNS} generated preview tokens below 500, showing no draft it should not`, async () => {
    const draft = await payload.create({
      collection: 'articles',
      draft: true,
      overrideAccess: true,
      data: { title: `Fuzz draft ${MARKER}`, _status: 'draft' },
    })
    // Validly signed claims with odd values (the secret leaked, or a bug in the admin), and
    // tokens that are not signed at all.
    const signed = fc
      .record({
        collection: fc.oneof(fc.constant('articles'), nasty),
        id: fc.oneof(fc.integer({ min: -5, max: 2_000_000 }), nasty, fc.constant(draft.id)),
        slug: nasty,
        exp: fc.oneof(fc.constant(4102444800), fc.integer(), nasty),
      })
      .map((claims) => signPreviewToken(claims as unknown as PreviewClaims, env.REVALIDATE_SECRET))
    const unsigned = fc.oneof(
      nasty,
      fc.tuple(fc.base64String({ maxLength: 40 }), nasty).map(([a, b]) => `${a}.${b}`),
    )
    await fc.assert(
      fc.asyncProperty(fc.oneof(signed, unsigned), async (token) => {
        const response = await rest(
          'GET',
          `/api/articles/preview-draft?token=${encodeURIComponent(token)}`,
        )
        const text = await response.text()
        expectSafeAnswer(response.status, text, token)
        // Only a token naming this draft, with a future expiry, may show it.
        const claims = verifyPreviewToken(token, env.REVALIDATE_SECRET)
        if (claims?.id !== draft.id) expect(text, token).not.toContain('Fuzz draft')
      }),
      { numRuns: NUM_RUNS },
    )
  })
})

describe('newsletter sign-up endpoint', () => {
  let clients = 0

  it(`answers ${NUM_RUNS} generated sign-ups below 500, with one row per accepted address`, async () => {
    const before = await rowCounts()
    let accepted = 0
    const validEmail = fc
      .tuple(fc.stringMatching(/^[a-z0-9]{1,10}$/), fc.constantFrom('', ' ', '  '))
      .map(
        ([local, space]) =>
          `${space}fuzz-${Date.now().toString(36)}-${clients}-${local}@Example.com${space}`,
      )
    const body = fc.oneof(
      fc
        .record(
          {
            email: fc.oneof(validEmail, nasty, fc.integer(), fc.constant(null)),
            consent: fc.oneof(fc.constant(true), fc.boolean(), nasty),
            sourcePage: fc.oneof(fc.constantFrom('/', '/articles/x'), nasty),
            website: fc.oneof(fc.constant(''), nasty),
            extra: nasty,
          },
          { requiredKeys: [] },
        )
        .map((value) => JSON.stringify(value)),
      fc.json({ maxDepth: 3 }),
      nasty,
    )
    await fc.assert(
      fc.asyncProperty(
        body,
        fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', ''),
        async (text, contentType) => {
          // A new visitor each time, so the per-IP limit does not hide what the endpoint does.
          clients++
          const headers: Record<string, string> = {
            'x-sok-signup-secret': env.SIGNUP_PROXY_SECRET,
            'x-sok-client-ip': `fuzz-${clients}`,
          }
          if (contentType) headers['content-type'] = contentType
          const response = await rest('POST', '/api/newsletter-signups/subscribe', {
            body: text,
            headers,
          })
          const answer = await response.text()
          expectSafeAnswer(response.status, answer, text)
          const sent = (() => {
            try {
              return JSON.parse(text) as { website?: unknown }
            } catch {
              return {}
            }
          })()
          // A filled honeypot is answered like success, and nothing is stored.
          if (response.status === 202 && !sent.website) accepted++
        },
      ),
      { numRuns: NUM_RUNS },
    )
    // Each accepted sign-up is stored by a queued job (the answer's timing must not tell known
    // addresses from new ones), which the test's job runner picks up within seconds.
    await expect
      .poll(rowCounts, { timeout: 120_000, interval: 1000 })
      .toEqual({ ...before, 'newsletter-signups': before['newsletter-signups']! + accepted })
  })
})
