import type { APIResponse } from '@playwright/test'
import { offSitePieces } from '@sok/content/off-site-pieces'
import fc from 'fast-check'

import { expect, test } from './fixtures'

/*
 * Property-based attacks on the site's public endpoints, against the real production build:
 * every generated input must get an answer below 500, never a redirect to another site, and
 * never its own markup echoed back unescaped.
 */

const webUrl = process.env.WEB_URL ?? 'http://localhost:3101'
const siteOrigin = new URL(webUrl).origin
const RUNS = 200

test.describe.configure({ timeout: 240_000 })

/** Pieces attackers combine: ways off the site, encodings, markup, control characters. */
const attackPiece = fc.constantFrom(
  ...offSitePieces,
  '//',
  '/\\',
  '%2F',
  '%2f%2f',
  '%5C',
  '%5c',
  '%25',
  '%09',
  '%0A',
  '%0d%0a',
  '%00',
  './',
  '&',
  'http:',
  'https://evil.example',
  'javascript:alert(1)',
  'data:text/html,',
  '<zzinjected>',
  '"zzquote',
  "'zzapos",
  '{{7*7}}',
  '${7*7}',
  '\u202e',
  '🧠',
  'é',
  'articles',
)
const attackString = fc.oneof(
  fc.array(attackPiece, { maxLength: 10 }).map((pieces) => pieces.join('')),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ maxLength: 300 }),
)

/** No answer may be a server error, a redirect off the site, or our markup echoed raw. */
async function expectSafe(response: APIResponse, input: string) {
  const label = JSON.stringify(input)
  expect(response.status(), label).toBeLessThan(500)
  const location = response.headers()['location']
  if (location) expect(new URL(location, webUrl).origin, `${label} → ${location}`).toBe(siteOrigin)
  const contentType = response.headers()['content-type'] ?? ''
  if (/html|json|text/.test(contentType)) {
    const body = await response.text()
    expect(body, label).not.toContain('<zzinjected')
    expect(body, label).not.toMatch(/(?<![\\&#x0-9;])"zzquote/)
    expect(body, label).not.toMatch(/at \S+\.(js|ts):\d+:\d+/)
  }
}

test('preview entry: random tokens never open a preview or fail', async ({ request }) => {
  await fc.assert(
    fc.asyncProperty(attackString, async (token) => {
      const response = await request.get(`/api/preview?token=${encodeURIComponent(token)}`, {
        maxRedirects: 0,
      })
      await expectSafe(response, token)
      expect(response.status(), token).toBe(401)
      expect(response.headers()['set-cookie'] ?? '', token).not.toMatch(/sok-preview=\w/)
    }),
    { numRuns: RUNS },
  )
})

test('preview exit: any path redirects within the site', async ({ request }) => {
  const pathLike = fc.oneof(
    attackString,
    attackString.map((rest) => `/${rest}`),
    attackString.map((rest) => `/\\${rest}`),
  )
  await fc.assert(
    fc.asyncProperty(pathLike, async (path) => {
      const response = await request.get(`/api/preview/exit?path=${encodeURIComponent(path)}`, {
        maxRedirects: 0,
      })
      await expectSafe(response, path)
      expect(response.status(), path).toBe(307)
    }),
    { numRuns: RUNS },
  )
})

test('revalidation: random bodies and headers are refused, never fail', async ({ request }) => {
  const secret = process.env.E2E_REVALIDATE_SECRET ?? ''
  const body = fc.oneof(
    attackString,
    fc.json(),
    fc.record({ tags: fc.array(attackString, { maxLength: 120 }) }).map((b) => JSON.stringify(b)),
    fc
      .record({ tags: fc.array(fc.stringMatching(/^[a-z][a-z0-9:-]{0,30}$/), { maxLength: 5 }) })
      .map((b) => JSON.stringify(b)),
  )
  const header = fc.oneof(fc.constant(secret), fc.constant(''), attackString)
  const contentType = fc.constantFrom(
    'application/json',
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    '',
  )
  await fc.assert(
    fc.asyncProperty(body, header, contentType, async (data, given, type) => {
      const response = await request.post('/api/revalidate', {
        data,
        headers: {
          ...(type ? { 'Content-Type': type } : {}),
          ...(/^[\x20-\x7e]*$/.test(given) ? { 'x-sok-revalidate-secret': given } : {}),
        },
        maxRedirects: 0,
      })
      await expectSafe(response, `${given} ${data}`)
      if (given !== secret || !secret) expect(response.status()).toBe(401)
      else expect([200, 400]).toContain(response.status())
    }),
    { numRuns: RUNS },
  )
})

test('newsletter proxy: random bodies and content types get a clear 4xx or a redirect home', async ({
  request,
}) => {
  const contentType = fc.constantFrom(
    'application/json',
    'application/json; charset=utf-8',
    'application/x-www-form-urlencoded',
    'text/plain',
    'multipart/form-data; boundary=x',
    'application/xml',
    '',
  )
  const body = fc.oneof(
    attackString,
    fc.json(),
    fc
      .record(
        {
          email: attackString,
          consent: fc.oneof(fc.boolean(), attackString),
          sourcePage: attackString,
          website: attackString,
        },
        { requiredKeys: [] },
      )
      .map((fields) => JSON.stringify(fields)),
    fc
      .record({
        email: attackString,
        consent: fc.constantFrom('on', 'off'),
        sourcePage: attackString,
      })
      .map((fields) => new URLSearchParams(fields).toString()),
  )
  await fc.assert(
    fc.asyncProperty(body, contentType, async (data, type) => {
      const response = await request.post('/api/newsletter', {
        data,
        headers: type ? { 'Content-Type': type } : {},
        maxRedirects: 0,
      })
      await expectSafe(response, data)
      if (response.status() === 303) {
        const result = new URL(response.headers()['location']!, webUrl)
        expect(result.pathname).toBe('/newsletter/result')
        const back = result.searchParams.get('back') ?? '/'
        expect(new URL(back, webUrl).origin).toBe(siteOrigin)
      }
    }),
    { numRuns: RUNS },
  )
})

test('newsletter result page: any back= and message= stay on the site and are not shown', async ({
  request,
}) => {
  await fc.assert(
    fc.asyncProperty(
      attackString,
      attackString,
      fc.constantFrom('ok', 'invalid', 'limited', 'error', ''),
      async (back, message, status) => {
        const query = new URLSearchParams({ status, back, message }).toString()
        const response = await request.get(`/newsletter/result?${query}`, { maxRedirects: 0 })
        await expectSafe(response, `${back} ${message}`)
        const html = await response.text()
        for (const [, href] of html.matchAll(/<a [^>]*href="([^"]*)"/g)) {
          const decoded = href!.replace(/&amp;/g, '&')
          expect(new URL(decoded, webUrl).origin, `${back} → ${decoded}`).toBe(siteOrigin)
        }
      },
    ),
    { numRuns: RUNS },
  )
})

test('search page: any text answers a page with the text escaped', async ({ request }) => {
  await fc.assert(
    fc.asyncProperty(attackString, async (text) => {
      const response = await request.get(`/search?q=${encodeURIComponent(text)}`, {
        maxRedirects: 0,
      })
      await expectSafe(response, text)
      expect(response.status(), text).toBe(200)
    }),
    { numRuns: RUNS },
  )
})

test('random paths answer a page or a 404, never an error or a redirect away', async ({
  request,
}) => {
  const segment = fc.oneof(attackString, fc.stringMatching(/^[a-z0-9-]{1,20}$/))
  const path = fc.oneof(
    fc.array(segment, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('/')),
    fc
      .tuple(fc.constantFrom('articles', 'authors', 'categories', 'faq', 'search', 'og'), segment)
      .map(([first, rest]) => `${first}/${rest}`),
  )
  await fc.assert(
    fc.asyncProperty(path, async (raw) => {
      // Sent as typed: encoded only where HTTP would otherwise refuse the request line.
      const encoded = raw
        .split('/')
        .map((part) => encodeURIComponent(part))
        .join('/')
      const response = await request.get(`${webUrl}/${encoded}`, { maxRedirects: 0 })
      await expectSafe(response, raw)
    }),
    { numRuns: RUNS },
  )
})
