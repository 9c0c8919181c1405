import config from '@payload-config'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { getPayload, type Payload, type SanitizedConfig } from 'payload'
import sharp from 'sharp'

import { PEER_HEADER } from '@sok/content/client-address'

import type { Audience, Role } from '@/access'
import { env } from '@/env'

import * as graphqlRoute from '../../src/app/(payload)/api/graphql/route'
import * as restRoute from '../../src/app/(payload)/api/[...slug]/route'

// As the CMS server does: with the job runner (scheduled publishing, revalidation) running.
export const getTestPayload = (): Promise<Payload> => getPayload({ config, cron: true })

/**
 * A second CMS with connection pools of its own, for a test that reroutes or closes them: on the
 * test database unless `pool` names another, with any other adapter options (read replicas).
 */
export async function separatePayload(
  key: string,
  options: Partial<Parameters<typeof postgresAdapter>[0]> = {},
): Promise<Payload> {
  const db = postgresAdapter({
    pool: { connectionString: env.DATABASE_URL },
    push: false,
    ...options,
  })
  return getPayload({ key, config: { ...(await config), db: db as SanitizedConfig['db'] } })
}

const BASE = 'http://localhost:3000'
const HANDLERS = {
  GET: restRoute.GET,
  POST: restRoute.POST,
  PATCH: restRoute.PATCH,
  DELETE: restRoute.DELETE,
}

export interface RequestOptions {
  token?: string
  json?: unknown
  form?: FormData
  /** A raw body, sent as it is (with the headers given). */
  body?: string
  headers?: Record<string, string>
}

/**
 * A REST request through the CMS's real route handlers (the app's route module), as a browser or
 * the site would send it: query checks, access rules, validation, hooks and error formatting run.
 */
export async function rest(
  method: keyof typeof HANDLERS,
  path: string,
  options: RequestOptions = {},
): Promise<Response> {
  const url = new URL(path, BASE)
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  const headers: Record<string, string> = {
    ...options.headers,
    ...(options.token ? { Authorization: `JWT ${options.token}` } : {}),
  }
  let body: BodyInit | undefined
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json'
    body = JSON.stringify(options.json)
  } else if (options.form) {
    body = options.form
  } else if (options.body !== undefined) {
    body = options.body
  }
  return HANDLERS[method](new Request(url, { method, headers, body }), {
    params: Promise.resolve({ slug }),
  })
}

export const restGet = (path: string, token?: string) => rest('GET', path, { token })

/** The proxy global-setup puts in TRUSTED_PROXIES. */
export const TEST_PROXY = '10.99.0.1'

/**
 * Headers of a request whose socket came from `address`, as scripts/serve-next.mjs records it,
 * with the X-Forwarded-For the request carried, if any.
 */
export function fromAddress(address: string, forwardedFor?: string): Record<string, string> {
  return {
    [PEER_HEADER]: `${env.SOK_PEER_TOKEN} ${address}`,
    ...(forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor }),
  }
}

/** A GraphQL request through the CMS's real route handler; the raw answer. */
export function graphqlRequest(
  query: string,
  options: { token?: string; variables?: Record<string, unknown> } = {},
): Promise<Response> {
  return graphqlRoute.POST(
    new Request(`${BASE}/api/graphql`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(options.token ? { Authorization: `JWT ${options.token}` } : {}),
      },
      body: JSON.stringify({ query, variables: options.variables }),
    }),
  )
}

/** A GraphQL query through the CMS's real route handler. */
export async function graphql<T>(
  query: string,
  token?: string,
): Promise<{ data: T; errors?: { message: string }[] }> {
  const response = await graphqlRequest(query, { token })
  return (await response.json()) as { data: T; errors?: { message: string }[] }
}

/** A minimal valid Lexical value with one paragraph per text. */
export function paragraphs(...texts: string[]) {
  return {
    root: {
      type: 'root',
      format: '' as const,
      indent: 0,
      version: 1,
      direction: 'ltr' as const,
      children: texts.map((text) => ({
        type: 'paragraph',
        format: '' as const,
        indent: 0,
        version: 1,
        direction: 'ltr' as const,
        textFormat: 0,
        children: [
          { type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 },
        ],
      })),
    },
  }
}

let counter = 0
/** Text no other test uses, so tests never collide on unique fields. */
export const unique = (base: string) =>
  `${base} ${Date.now().toString(36)}${(counter++).toString(36)}`

export interface TestUser {
  id: number
  email: string
  token: string
  role: Role
}

/** A user with this role, signed in. */
export async function createUser(payload: Payload, role: Role): Promise<TestUser> {
  const email = `${role}-${unique('').trim().replace(/\s+/g, '-')}@example.com`
  const password = 'a-long-test-password'
  const user = await payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { name: `Test ${role}`, email, password, role },
  })
  const { token } = await payload.login({ collection: 'users', data: { email, password } })
  return { id: user.id, email, token: token!, role }
}

/** One signed-in user per role, and `undefined` for an anonymous visitor. */
export async function createAudiences(payload: Payload) {
  const users = {
    author: await createUser(payload, 'author'),
    editor: await createUser(payload, 'editor'),
    admin: await createUser(payload, 'admin'),
  }
  return {
    users,
    tokenOf: (audience: Audience) => (audience === 'anonymous' ? undefined : users[audience].token),
  }
}

/** What every article needs besides its title: a category and a byline. */
export async function articleBasics(payload: Payload) {
  const category = await payload.create({
    collection: 'categories',
    overrideAccess: true,
    data: { title: unique('Category') },
  })
  const author = await payload.create({
    collection: 'authors',
    overrideAccess: true,
    data: { name: unique('Author'), kind: 'person' },
  })
  return (title = unique('Article')) => ({
    title,
    summary: 'A short summary.',
    body: paragraphs('Body text.'),
    category: category.id,
    authors: [author.id],
  })
}

/**
 * What an integration test file starts from: Payload (with its job runner), valid article data, and
 * one signed-in user per name in `roles` (`{ editor: 'editor', otherAuthor: 'author' }`). Files
 * await it at their top level, so each test reads `payload`, `newArticle` and the users directly.
 */
export async function testFileSetup<Name extends string = never>(roles = {} as Record<Name, Role>) {
  const payload = await getTestPayload()
  const newArticle = await articleBasics(payload)
  const users = {} as Record<Name, TestUser>
  for (const [name, role] of Object.entries(roles) as [Name, Role][]) {
    users[name] = await createUser(payload, role)
  }
  /** A published article: a fresh title unless one is given, with any other fields. */
  const publishArticle = (title?: string, fields: Record<string, unknown> = {}) =>
    payload.create({
      collection: 'articles',
      data: { ...newArticle(title), _status: 'published', ...fields },
    })
  return { payload, newArticle, users, publishArticle }
}

/** A small real PNG, for uploads. */
export async function pngFile(name = 'test.png') {
  const data = await sharp({
    create: { width: 64, height: 48, channels: 3, background: '#0e5563' },
  })
    .png()
    .toBuffer()
  return { data, mimetype: 'image/png', name, size: data.length }
}

/** The messages a person sees next to each invalid field, from a rejected Payload operation. */
export async function fieldErrors(operation: Promise<unknown>): Promise<Record<string, string>> {
  try {
    await operation
  } catch (error) {
    const details = (error as { data?: { errors?: { path: string; message: string }[] } }).data
    if (details?.errors) {
      return Object.fromEntries(details.errors.map((entry) => [entry.path, entry.message]))
    }
    throw error
  }
  throw new Error('Expected the operation to be rejected, but it succeeded.')
}

/** The same, for a REST answer: status and the field messages the admin would show. */
export async function restErrors(response: Response) {
  const body = (await response.json()) as {
    errors?: { message: string; data?: { errors?: { path: string; message: string }[] } }[]
  }
  const fields = Object.fromEntries(
    (body.errors ?? []).flatMap((error) =>
      (error.data?.errors ?? []).map((entry) => [entry.path, entry.message]),
    ),
  )
  return { status: response.status, messages: (body.errors ?? []).map((e) => e.message), fields }
}

/**
 * Jobs of one task still in the queue, created since `since`, whose input `matches`. Hooks queue
 * their jobs in the save's own transaction, so right after a save this says what it will cause:
 * together with "nothing arrived yet", an empty answer proves nothing was or will be sent.
 */
export async function queuedJobs<Input>(
  payload: Payload,
  task: string,
  matches: (input: Input) => boolean,
  since = new Date(0),
) {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: task } },
        { createdAt: { greater_than_equal: since.toISOString() } },
      ],
    },
    limit: 0,
    overrideAccess: true,
  })
  return docs.filter((job) => matches(job.input as Input))
}
