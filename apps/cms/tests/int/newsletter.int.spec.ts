import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import config from '@payload-config'
import { REST_GET, REST_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { env } from '@/env'

import { createUser, getTestPayload, unique } from './helpers'

let payload: Payload
let ipCounter = 0
const nextIp = () => `198.51.${Math.floor(ipCounter / 250) % 250}.${ipCounter++ % 250}`

beforeAll(async () => {
  payload = await getTestPayload()
})

interface Call {
  path?: 'subscribe' | 'confirm' | 'unsubscribe'
  body?: string
  contentType?: string
  secret?: string | null
  ip?: string
}

/** The CMS endpoint exactly as the site's proxy calls it. */
async function call({ path: to = 'subscribe', body, contentType, secret, ip }: Call) {
  const headers: Record<string, string> = { 'x-sok-client-ip': ip ?? nextIp() }
  if (secret !== null) headers['x-sok-signup-secret'] = secret ?? env.SIGNUP_PROXY_SECRET
  if (contentType !== '') headers['content-type'] = contentType ?? 'application/json'
  const response = await REST_POST(config)(
    new Request(`http://localhost:3000/api/newsletter-signups/${to}`, {
      method: 'POST',
      headers,
      body,
    }),
    { params: Promise.resolve({ slug: ['newsletter-signups', to] }) },
  )
  const json = (await response.json()) as {
    ok: boolean
    message: string
    fieldErrors?: Record<string, string>
  }
  return { status: response.status, ...json }
}

const signUp = (email: string, extra: Record<string, unknown> = {}, ip?: string) =>
  call({ body: JSON.stringify({ email, consent: true, sourcePage: '/articles/x', ...extra }), ip })

const address = () => `${unique('reader').replace(/\s+/g, '-')}@example.com`
const countSignups = () =>
  payload
    .count({ collection: 'newsletter-signups', overrideAccess: true })
    .then((result) => result.totalDocs)
const signupOf = async (email: string) =>
  (
    await payload.find({
      collection: 'newsletter-signups',
      where: { email: { equals: email } },
      overrideAccess: true,
      showHiddenFields: true,
    })
  ).docs[0]

/** The newest email to this address in the mail folder, decoded (quoted-printable, folded headers). */
function mailTo(email: string) {
  // The folder appears with the first email, which now comes from the job queue.
  const files = existsSync(env.MAIL_DIR) ? readdirSync(env.MAIL_DIR).sort().reverse() : []
  for (const file of files) {
    const raw = readFileSync(path.join(env.MAIL_DIR, file), 'utf8')
    // Confirmation emails only: a newsletter may reach a confirmed reader in between.
    if (!raw.includes(`To: ${email}`) || !raw.includes('Subject: Please confirm')) continue
    // Headers: undo folding. Body: undo quoted-printable. Headers are not quoted-printable, so
    // decoding them too would turn a literal "=AB" in a URL into a byte.
    const split = raw.search(/\r?\n\r?\n/)
    const decoded =
      raw.slice(0, split).replace(/\r?\n[ \t]+/g, ' ') +
      raw
        .slice(split)
        .replace(/=\r?\n/g, '')
        .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    const token = (kind: string) =>
      decoded.match(new RegExp(`${kind}\\?token=([A-Za-z0-9_-]{43})`))?.[1]
    return {
      raw: decoded,
      confirmToken: token('newsletter/confirm'),
      unsubscribeToken: token('newsletter/unsubscribe'),
    }
  }
  return undefined
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** The confirmation email comes from a queued job: wait for it (a new one, if `previous` is given). */
const waitForMail = (email: string, previous?: string) =>
  vi.waitFor(
    () => {
      const mail = mailTo(email)
      if (!mail?.confirmToken || mail.confirmToken === previous) {
        throw new Error(`No confirmation email to ${email} within 60 s`)
      }
      return mail
    },
    { timeout: 60_000, interval: 200 },
  )

describe('malformed sign-ups', () => {
  const valid = { email: 'valid@example.com', consent: true }
  const json = (body: unknown) => ({ body: JSON.stringify(body) })
  const cases: [string, Call][] = [
    ['no body', { body: '' }],
    ['not JSON', { body: '{email:' }],
    ['JSON null', json(null)],
    ['JSON string', json('valid@example.com')],
    ['JSON number', json(42)],
    ['JSON array', json([valid])],
    ['JSON true', json(true)],
    ['empty object', json({})],
    ['email missing', json({ consent: true })],
    ['consent missing', json({ email: 'a@example.com' })],
    ['consent false', json({ email: 'a@example.com', consent: false })],
    ['consent "true"', json({ email: 'a@example.com', consent: 'true' })],
    ['consent 1', json({ email: 'a@example.com', consent: 1 })],
    ['consent null', json({ email: 'a@example.com', consent: null })],
    ['email number', json({ email: 12345, consent: true })],
    ['email null', json({ email: null, consent: true })],
    ['email array', json({ email: ['a@example.com'], consent: true })],
    ['email object', json({ email: { $ne: '' }, consent: true })],
    ['email boolean', json({ email: true, consent: true })],
    ['email empty', json({ email: '', consent: true })],
    ['email spaces', json({ email: '   ', consent: true })],
    ['email without @', json({ email: 'reader.example.com', consent: true })],
    ['email without domain dot', json({ email: 'reader@localhost', consent: true })],
    ['email two @', json({ email: 'a@b@example.com', consent: true })],
    ['email with space', json({ email: 'a b@example.com', consent: true })],
    ['email with NUL', json({ email: 'a\u0000@example.com', consent: true })],
    ['email with bell', json({ email: 'a\u0007b@example.com', consent: true })],
    [
      'email with newline (header injection)',
      json({ email: 'a@example.com\nBcc: x@evil.example', consent: true }),
    ],
    ['email with CRLF', json({ email: 'a@example.com\r\nSubject: hi', consent: true })],
    ['email with tab', json({ email: 'a\t@example.com', consent: true })],
    ['email huge', json({ email: `${'a'.repeat(300)}@example.com`, consent: true })],
    ['email 3 KB', json({ email: `${'b'.repeat(3000)}@example.com`, consent: true })],
    ['script in email', json({ email: '<script>alert(1)</script>@example.com', consent: true })],
    ['HTML in email', json({ email: '"><img src=x onerror=alert(1)>@example.com', consent: true })],
    ['SQL in email', json({ email: "' OR 1=1 --@example.com", consent: true })],
    [
      'SQL drop in email',
      json({ email: "a@example.com'; DROP TABLE newsletter_signups;--", consent: true }),
    ],
    [
      'SQL union in email',
      json({ email: 'a@example.com UNION SELECT * FROM users', consent: true }),
    ],
    ['unicode lookalike email', json({ email: 'аdmin@exаmple.com', consent: true })],
    ['extra field', json({ ...valid, status: 'confirmed' })],
    [
      'prototype pollution',
      { body: '{"email":"a@example.com","consent":true,"__proto__":{"admin":true}}' },
    ],
    ['constructor field', json({ ...valid, constructor: { prototype: {} } })],
    ['sourcePage absolute URL', json({ ...valid, sourcePage: 'https://evil.example/' })],
    ['sourcePage javascript', json({ ...valid, sourcePage: 'javascript:alert(1)' })],
    ['sourcePage number', json({ ...valid, sourcePage: 7 })],
    ['sourcePage huge', json({ ...valid, sourcePage: `/${'x'.repeat(400)}` })],
    ['sourcePage with spaces', json({ ...valid, sourcePage: '/a b' })],
    ['honeypot not a string', json({ ...valid, website: { a: 1 } })],
    ['honeypot huge', json({ ...valid, website: 'x'.repeat(600) })],
    ['body over 4 KB', json({ ...valid, website: 'x'.repeat(5000) })],
    ['text/plain', { body: JSON.stringify(valid), contentType: 'text/plain' }],
    [
      'form-urlencoded',
      {
        body: 'email=a%40example.com&consent=on',
        contentType: 'application/x-www-form-urlencoded',
      },
    ],
    [
      'multipart',
      {
        body: '--x\r\nContent-Disposition: form-data; name="email"\r\n\r\na@example.com\r\n--x--',
        contentType: 'multipart/form-data; boundary=x',
      },
    ],
    ['no content type', { body: JSON.stringify(valid), contentType: '' }],
    ['XML', { body: '<email>a@example.com</email>', contentType: 'application/xml' }],
    ['no proxy secret', { body: JSON.stringify(valid), secret: null }],
    [
      'wrong proxy secret',
      { body: JSON.stringify(valid), secret: 'guess-the-secret-guess-the-secret' },
    ],
    ['token endpoint, no token', { path: 'confirm', body: JSON.stringify({}) }],
    ['token endpoint, short token', { path: 'confirm', body: JSON.stringify({ token: 'abc' }) }],
    [
      'token endpoint, SQL token',
      { path: 'unsubscribe', body: JSON.stringify({ token: "' OR '1'='1" }) },
    ],
    [
      'token endpoint, token array',
      { path: 'unsubscribe', body: JSON.stringify({ token: ['a'.repeat(43)] }) },
    ],
  ]

  it('covers at least 50 kinds of bad input', () => {
    expect(cases.length).toBeGreaterThanOrEqual(50)
  })

  it.each(cases)('%s: a 4xx with a readable message, and nothing saved', async (_name, request) => {
    const before = await countSignups()
    const result = await call(request)
    expect(result.status).toBeGreaterThanOrEqual(400)
    expect(result.status).toBeLessThan(500)
    expect(result.ok).toBe(false)
    expect(result.message).toMatch(/^[A-Z].{5,200}[.!]$/s)
    expect(result.message).not.toMatch(/\bat \S+:\d+|Error:|stack/i)
    expect(await countSignups()).toBe(before)
  })
})

describe('signing up', () => {
  it('stores one pending sign-up and sends a confirmation with one-click unsubscribe headers', async () => {
    const email = address()
    const result = await signUp(email.toUpperCase())
    expect(result).toMatchObject({ status: 202, ok: true })
    const mail = await waitForMail(email)
    const signup = await signupOf(email)
    expect(signup).toMatchObject({ email, status: 'pending', sourcePage: '/articles/x' })
    expect(signup?.consentAt).toBeTruthy()

    expect(mail?.confirmToken).toBeDefined()
    expect(mail?.raw).toMatch(
      /^List-Unsubscribe: <http:\/\/localhost:3001\/api\/newsletter\/unsubscribe\?token=[\w-]{43}>/m,
    )
    expect(mail?.raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/m)
    // Only hashes are stored, never the tokens from the email.
    expect(JSON.stringify(signup)).not.toContain(mail!.confirmToken!)
  })

  it('answers a confirmed address exactly like a new one (no enumeration)', async () => {
    const confirmed = address()
    await signUp(confirmed)
    await call({
      path: 'confirm',
      body: JSON.stringify({ token: (await waitForMail(confirmed)).confirmToken }),
    })
    expect((await signupOf(confirmed))?.status).toBe('confirmed')

    const again = await signUp(confirmed)
    const fresh = await signUp(address())
    expect(again).toEqual(fresh)
    expect((await signupOf(confirmed))?.status).toBe('confirmed')
  })

  it('quietly ignores a filled-in honeypot: same answer, nothing stored, nothing sent', async () => {
    const email = address()
    const other = address()
    const result = await signUp(email, { website: 'https://spam.example' })
    expect(result).toEqual(await signUp(other))
    // Once the real sign-up's email is out, the queue has had its chance at the honeypot too.
    await waitForMail(other)
    expect(await signupOf(other)).toBeDefined()
    expect(await signupOf(email)).toBeUndefined()
    expect(mailTo(email)).toBeUndefined()
  })

  it('limits sign-ups per IP and per address, with a message that says what to do', async () => {
    const ip = '203.0.113.7'
    const results = []
    for (let attempt = 0; attempt < 21; attempt++) results.push(await signUp(address(), {}, ip))
    expect(results.slice(0, 20).every((result) => result.status === 202)).toBe(true)
    expect(results[20]).toMatchObject({
      status: 429,
      ok: false,
      message: expect.stringMatching(/try again/),
    })

    const email = address()
    const perAddress = []
    for (let attempt = 0; attempt < 4; attempt++) perAddress.push((await signUp(email)).status)
    expect(perAddress).toEqual([202, 202, 202, 429])
  })

  it(
    'takes as long for a confirmed address as for a new one; the confirmation still arrives',
    { timeout: 300_000 },
    async () => {
      const quantile = (values: number[], q: number) =>
        [...values].sort((a, b) => a - b)[Math.floor(values.length * q)]!
      const median = (values: number[]) => quantile(values, 0.5)
      const timed = async (email: string) => {
        const started = performance.now()
        const result = await signUp(email)
        const took = performance.now() - started
        expect(result.status).toBe(202)
        return took
      }
      /** 30 new and 30 subscribed addresses, interleaved: the lower quartiles' ratio. */
      const measure = async () => {
        const known = Array.from({ length: 30 }, () => address())
        for (const email of known) {
          await payload.create({
            collection: 'newsletter-signups',
            data: { email, status: 'confirmed', confirmedAt: new Date().toISOString() },
            overrideAccess: true,
          })
        }
        const fresh = Array.from({ length: 30 }, () => address())
        await timed(address())
        const times = { fresh: [] as number[], known: [] as number[] }
        // Each kind first in turn, so the machine's load falls on both alike.
        for (let index = 0; index < 30; index++) {
          const pair = [
            ['fresh', fresh[index]!],
            ['known', known[index]!],
          ] as const
          for (const [kind, email] of index % 2 ? [...pair].reverse() : pair) {
            times[kind].push(await timed(email))
          }
        }
        console.log(
          `sign-up medians: new ${median(times.fresh).toFixed(1)} ms, confirmed ${median(times.known).toFixed(1)} ms`,
        )
        return { fresh, known, ratio: quantile(times.known, 0.25) / quantile(times.fresh, 0.25) }
      }
      // Before this change a confirmed address answered in 0.6 of a new one's time, every time.
      // The lower quartile is what the work costs; a busy machine can still skew one round, so
      // up to three rounds are measured and one must agree within 30 %.
      const close = (ratio: number) => ratio > 0.7 && ratio < 1 / 0.7
      let round = await measure()
      for (let retry = 0; retry < 2 && !close(round.ratio); retry++) round = await measure()
      expect(round.ratio).toBeGreaterThan(0.7)
      expect(round.ratio).toBeLessThan(1 / 0.7)
      const { fresh, known } = round

      // The mail still goes out, from the queue: a link for the new, nothing for the subscribed.
      for (const email of [fresh[0]!, fresh[29]!]) {
        expect((await waitForMail(email)).confirmToken).toBeTruthy()
      }
      expect(mailTo(known[0]!)).toBeUndefined()
      expect(await signupOf(known[0]!)).toMatchObject({ status: 'confirmed' })
    },
  )

  it(
    'stays correct under 1,000 concurrent requests with duplicates: one row per address, no 5xx',
    { timeout: 300_000 },
    async () => {
      const addresses = Array.from({ length: 250 }, () => address())
      const requests = addresses.flatMap((email) => [
        email,
        email.toUpperCase(),
        ` ${email} `,
        email,
      ])
      const results = await Promise.all(requests.map((email) => signUp(email)))
      const statuses = results.map((result) => result.status)
      expect(statuses.filter((status) => status >= 500)).toEqual([])
      expect(new Set(statuses)).toEqual(new Set([202, 429]))

      // The rows are written by the queued jobs, a moment after the answers.
      const stored = () =>
        payload.find({
          collection: 'newsletter-signups',
          where: { email: { in: addresses } },
          limit: 0,
          pagination: false,
          overrideAccess: true,
        })
      let rows = await stored()
      for (let wait = 0; rows.docs.length < 250 && wait < 400; wait++) {
        await sleep(500)
        rows = await stored()
      }
      expect(rows.docs).toHaveLength(250)
      expect(new Set(rows.docs.map((doc) => doc.email)).size).toBe(250)
    },
  )
})

describe('confirmation and unsubscribe links', () => {
  it('confirm once; the same link then fails with a clear message', async () => {
    const email = address()
    await signUp(email)
    const { confirmToken } = await waitForMail(email)
    const first = await call({ path: 'confirm', body: JSON.stringify({ token: confirmToken }) })
    expect(first).toMatchObject({ status: 200, ok: true })
    expect(await signupOf(email)).toMatchObject({ status: 'confirmed' })
    expect((await signupOf(email))?.confirmedAt).toBeTruthy()

    const reused = await call({ path: 'confirm', body: JSON.stringify({ token: confirmToken }) })
    expect(reused).toMatchObject({
      status: 410,
      ok: false,
      message: 'This link has expired or was already used.',
    })
  })

  it('an expired confirmation link does not confirm', async () => {
    const email = address()
    await signUp(email)
    const { confirmToken } = await waitForMail(email)
    const signup = await signupOf(email)
    await payload.update({
      collection: 'newsletter-signups',
      id: signup!.id,
      overrideAccess: true,
      data: { confirmTokenExpiresAt: new Date(Date.now() - 1000).toISOString() },
    })
    const result = await call({ path: 'confirm', body: JSON.stringify({ token: confirmToken }) })
    expect(result.status).toBe(410)
    expect(await signupOf(email)).toMatchObject({ status: 'pending' })
  })

  it('a new request replaces the previous confirmation link', async () => {
    const email = address()
    await signUp(email)
    const old = (await waitForMail(email)).confirmToken
    await sleep(5)
    await signUp(email)
    const latest = (await waitForMail(email, old)).confirmToken
    expect(latest).not.toBe(old)
    expect((await call({ path: 'confirm', body: JSON.stringify({ token: old }) })).status).toBe(410)
    expect((await call({ path: 'confirm', body: JSON.stringify({ token: latest }) })).status).toBe(
      200,
    )
  })

  it('unsubscribes with the link from the email, once', async () => {
    const email = address()
    await signUp(email)
    const { unsubscribeToken } = await waitForMail(email)
    const result = await call({
      path: 'unsubscribe',
      body: JSON.stringify({ token: unsubscribeToken }),
    })
    expect(result).toMatchObject({ status: 200, ok: true })
    const signup = await signupOf(email)
    expect(signup).toMatchObject({ status: 'unsubscribed' })
    expect(signup?.unsubscribedAt).toBeTruthy()
    expect(
      (await call({ path: 'unsubscribe', body: JSON.stringify({ token: unsubscribeToken }) }))
        .status,
    ).toBe(410)
  })
})

describe('export', () => {
  const exportCsv = (token?: string, query = '') =>
    REST_GET(config)(
      new Request(`http://localhost:3000/api/newsletter-signups/export.csv${query}`, {
        headers: token ? { Authorization: `JWT ${token}` } : {},
      }),
      { params: Promise.resolve({ slug: ['newsletter-signups', 'export.csv'] }) },
    )

  it('gives editors a CSV of the sign-ups, filtered by status', async () => {
    const editor = await createUser(payload, 'editor')
    const email = address()
    await signUp(email)
    // The sign-up is stored by its queued job.
    await expect.poll(() => signupOf(email), { timeout: 30_000 }).toBeDefined()
    const response = await exportCsv(editor.token, '?status=pending')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/)
    const csv = await response.text()
    expect(csv.split('\r\n')[0]).toBe(
      'email,status,sourcePage,consentAt,confirmedAt,unsubscribedAt,createdAt',
    )
    expect(csv).toContain(`${email},pending,/articles/x,`)
    expect(csv).not.toMatch(/,confirmed,/)
  })

  it('refuses authors and anonymous visitors', async () => {
    const author = await createUser(payload, 'author')
    expect((await exportCsv(author.token)).status).toBe(403)
    expect((await exportCsv()).status).toBe(403)
  })
})
