import { request as httpRequest } from 'node:http'

import { cmsUrl, expect, logins, test } from './fixtures'

/**
 * The CMS-side protections of issue 9 against the production builds, over real sockets, where
 * the server wrapper (scripts/serve-next.mjs) records each request's address.
 */

const webUrl = new URL(process.env.WEB_URL ?? 'http://localhost:3101')

/** A POST from a chosen loopback address, so this test has its own per-IP counter. */
function postFrom(
  localAddress: string,
  path: string,
  body: string,
  headers: Record<string, string>,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      {
        host: '127.0.0.1',
        port: Number(webUrl.port),
        path,
        method: 'POST',
        localAddress,
        headers: { 'Content-Type': 'application/json', ...headers },
      },
      (response) => {
        response.resume()
        response.on('end', () => resolve(response.statusCode ?? 0))
      },
    )
    outgoing.on('error', reject)
    outgoing.end(body)
  })
}

test('a forged X-Forwarded-For does not get past the sign-up limit per visitor', async () => {
  const statuses: number[] = []
  for (let attempt = 0; attempt < 25; attempt++) {
    const email = `spoof-${Date.now()}-${attempt}@example.com`
    statuses.push(
      await postFrom(
        '127.0.0.7',
        '/api/newsletter',
        JSON.stringify({ email, consent: true, sourcePage: '/' }),
        // A different "client" every time, as the attack in issue 9 sent.
        { 'X-Forwarded-For': `203.0.113.${attempt}`, 'X-Real-IP': `198.51.100.${attempt}` },
      ),
    )
  }
  // The CMS allows 20 sign-up attempts per visitor and hour (NEWSLETTER_LIMIT_PER_IP).
  expect(statuses.slice(0, 20).every((status) => status === 202)).toBe(true)
  expect(statuses.slice(20)).toEqual([429, 429, 429, 429, 429])
})

test('the session cookie is Secure in production', async ({ request, users }) => {
  const response = await request.post(`${cmsUrl}/api/users/login`, {
    data: { email: users.editor.email, password: logins.editor.password },
  })
  expect(response.ok()).toBe(true)
  const cookie = response.headers()['set-cookie'] ?? ''
  expect(cookie).toMatch(/payload-token=/)
  expect(cookie).toMatch(/;\s*Secure/i)
  expect(cookie).toMatch(/;\s*HttpOnly/i)
})

test('the nested related-articles query is refused at once by the running CMS', async ({
  request,
}) => {
  let inner = 'id'
  for (let level = 0; level < 20; level++) inner = `id relatedArticles { ${inner} }`
  const response = await request.post(`${cmsUrl}/api/graphql`, {
    data: { query: `{ Articles(limit: 100) { docs { ${inner} } } }` },
  })
  expect(response.status()).toBe(400)
  expect(JSON.stringify(await response.json())).toMatch(/nests fields|could return too much/)
  // And the CMS is still there for everyone else.
  expect((await request.get(`${cmsUrl}/api/articles?limit=1`)).ok()).toBe(true)
})
