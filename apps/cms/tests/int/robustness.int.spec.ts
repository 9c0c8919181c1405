import { readdirSync } from 'node:fs'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { env } from '@/env'

import {
  createUser,
  getTestPayload,
  graphqlRequest,
  pngFile,
  rest,
  restGet,
  type TestUser,
} from './helpers'

/**
 * Odd input to the CMS's API answers a 400 that says what is wrong, never a 500 with a stack
 * trace behind it. The queries below are the ones issue 9 found answering 500.
 */

let payload: Payload
let admin: TestUser

beforeAll(async () => {
  payload = await getTestPayload()
  admin = await createUser(payload, 'admin')
})

async function answer(path: string, token?: string) {
  const response = await restGet(path, token)
  const text = await response.text()
  return {
    status: response.status,
    text,
    message: (JSON.parse(text) as { errors?: { message: string }[] }).errors?.[0]?.message,
  }
}

const noStack = (text: string) => expect(text).not.toMatch(/\bat .+\(|node_modules|\.js:\d+/)

describe('list queries', () => {
  it.each([
    ['/api/articles?where[title][near]=1,2,3', /"near" is not available/],
    ['/api/articles?where[title][within]=abc', /"within" is not available/],
    ['/api/articles?where[title][intersects]=abc', /"intersects" is not available/],
    ['/api/articles?where[title][all]=abc', /"all" is not available/],
    ['/api/articles?where[body][like]=abc', /"like" cannot filter body; use one of: exists/],
    ['/api/articles?where[body][contains]=abc', /"contains" cannot filter body/],
    ['/api/articles?where[publishedAt][like]=2024', /"like" cannot filter publishedAt/],
    ['/api/articles?where[category][greater_than]=1', /cannot filter category/],
    ['/api/articles?where[relatedArticles][like]=1', /cannot filter relatedArticles/],
    ['/api/articles?where[category][equals]=abc', /category takes document ids/],
    ['/api/articles?where[id][in]=1,x', /id takes document ids/],
    ['/api/articles?where[_status][equals]=true', /_status takes one of: draft, published/],
    ['/api/articles?where[publishedAt][equals]=yesterday', /publishedAt takes a date/],
    ['/api/articles?where[references.year][greater_than]=soon', /references.year takes a number/],
    ['/api/articles?where[reviewRequested][equals]=maybe', /reviewRequested takes true or false/],
    ['/api/articles?where[title][exists]=perhaps', /"exists" takes true or false/],
    ['/api/articles?where=not-json', /where must be a JSON object/],
    ['/api/articles?where=[1,2]', /where must be a JSON object/],
    ['/api/articles?page=-1', /page must be a whole number from 1/],
    ['/api/articles?page=0', /page must be a whole number from 1/],
    ['/api/articles?page=1e999', /page must be a whole number/],
    ['/api/articles?page=99999999999999999', /page must be a whole number/],
    ['/api/articles?limit=-1', /limit must be a whole number/],
    ['/api/articles?limit=abc', /limit must be a whole number/],
    ['/api/articles?depth=-1', /depth must be a whole number from 0 to 2/],
    ['/api/articles?depth=1,2', /depth must be a whole number/],
    ['/api/articles?sort=title;drop', /sort must name fields/],
    ['/api/articles?select=title', /select must name fields/],
    ['/api/articles?draft=maybe', /draft must be true or false/],
    ['/api/articles?trash=[]', /trash must be true or false/],
  ])('%s answers 400', async (path, expected) => {
    for (const token of [undefined, admin.token]) {
      const { status, message, text } = await answer(path, token)
      expect(status, `${path} ${token ? 'as admin' : 'anonymously'}: ${text.slice(0, 300)}`).toBe(
        400,
      )
      expect(message).toMatch(expected)
      noStack(text)
    }
  })

  it('still answers the queries that make sense', async () => {
    for (const path of [
      '/api/articles?where[title][like]=ketamine&limit=2',
      '/api/articles?where[publishedAt][greater_than]=2020-01-01&sort=-publishedAt',
      '/api/articles?where[category.slug][equals]=science-of-ketamine&depth=1',
      '/api/articles?where[id][in]=1,2&select[title]=true',
      '/api/articles?where[or][0][title][exists]=true&where[or][1][body][exists]=false',
      '/api/articles?where[references.year][greater_than_equal]=2000&page=1&limit=500',
    ]) {
      const { status, text } = await answer(path)
      expect(status, `${path}: ${text}`).toBe(200)
    }
  })
})

describe('versions', () => {
  it.each(['users', 'media', 'newsletter-signups', 'categories'])(
    '/api/%s/versions answers 404: the collection keeps none',
    async (collection) => {
      for (const token of [undefined, admin.token]) {
        for (const path of [`/api/${collection}/versions`, `/api/${collection}/versions/1`]) {
          const { status, message, text } = await answer(path, token)
          expect(status, path).toBe(404)
          expect(message).toBe(`${collection} keeps no versions.`)
          noStack(text)
        }
      }
    },
  )

  it('still lists article versions for those allowed to read them', async () => {
    expect((await answer('/api/articles/versions?limit=1', admin.token)).status).toBe(200)
  })
})

describe('GraphQL permission queries', () => {
  // Found by fuzz.int.spec.ts: Payload generates these but every one of them failed with a 500.
  it.each([
    '{ docAccessSiteSetting { read { permission } } }',
    '{ docAccessCategory(id: 1) { read { permission where } } }',
    '{ ...F } fragment F on Query { docAccessArticle(id: 1) { update { permission } } }',
    '{ Access { canAccessAdmin authors { update { permission } } } }',
  ])('%s answers 400 with where to ask instead', async (query) => {
    for (const token of [undefined, admin.token]) {
      const response = await graphqlRequest(query, { token })
      const text = await response.text()
      expect(response.status, text).toBe(400)
      expect(text).toMatch(/is not available on this API; permissions are answered by the REST API/)
      noStack(text)
    }
  })
})

describe('uploads', () => {
  async function upload(name: string, data: Buffer, type: string) {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(data)], { type }), name)
    form.append('_payload', JSON.stringify({ alt: 'An upload' }))
    return rest('POST', '/api/media', { token: admin.token, form })
  }

  it('stores an image under a safe name with the extension of what it really is', async () => {
    const png = await pngFile()
    const response = await upload('x.html', png.data, 'text/html')
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: { filename: string; mimeType: string } }
    expect(doc.filename).toMatch(/^x(-\d+)?\.png$/)
    expect(doc.mimeType).toBe('image/png')
    const stored = readdirSync(env.MEDIA_DIR)
    expect(stored.some((file) => file.endsWith('.html'))).toBe(false)

    const odd = await upload('../../Brain scan (final).svg.HTML', png.data, 'image/png')
    expect(odd.status).toBe(201)
    const { doc: oddDoc } = (await odd.json()) as { doc: { filename: string } }
    expect(oddDoc.filename).toMatch(/^brain-scan-final-svg(-\d+)?\.png$/)
  })

  it('refuses a page dressed up as an image', async () => {
    const page = Buffer.from('<html><script>alert(document.cookie)</script></html>')
    const response = await upload('photo.png', page, 'image/png')
    expect(response.status).toBe(400)
    noStack(await response.text())
  })
})
