import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import config from '@payload-config'
import { sql } from '@payloadcms/db-postgres'
import { REST_POST } from '@payloadcms/next/routes'
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { env } from '@/env'
import { execute } from '@/database/postgres'
import { INTERRUPTED } from '@/newsletter/sends/smtp-errors'

import { articleBasics, createUser, graphql, pngFile, rest, type TestUser, unique } from './helpers'
import { decodeMessage } from './mail-text'
import { type Delivered, startTestSmtp, type TestSmtp } from './smtp'
import { startReadyWorker, type Worker } from './workers'

/*
 * The newsletter against a real SMTP server in this process and 1,000 confirmed readers. This
 * process leaves the newsletter queue alone; delivery happens in separate processes running
 * Payload's job runner as a CMS instance does, so a test can run two at once or kill one.
 */

// Before the config is read: this process (whose REST handlers start Payload's job runner) must
// leave the newsletter to the worker processes.
vi.hoisted(() => {
  process.env.NEWSLETTER_AUTORUN = 'false'
})

const READERS = 1000
const run = Date.now().toString(36)
const bulk = (index: number) => `bulk-${index}-${run}@example.com`

let payload: Payload
let smtp: TestSmtp
let newArticle: Awaited<ReturnType<typeof articleBasics>>
let editor: TestUser
let author: TestUser
const workers: Worker[] = []

const db = (query: ReturnType<typeof sql>) => execute(payload, query)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** What the database is doing, for the log of a worker that is slow to start. */
async function databaseActivity() {
  const sessions = await db(sql`SELECT pid, application_name, state, wait_event_type, wait_event,
      now() - state_change AS for, left(query, 160) AS query
    FROM pg_stat_activity WHERE datname = current_database() ORDER BY state_change`)
  const waiting = await db(sql`SELECT pid, locktype, mode, relation::regclass AS relation, objid
    FROM pg_locks WHERE NOT granted`)
  return `database sessions:\n${JSON.stringify(sessions, null, 1)}\nlocks waited for:\n${JSON.stringify(waiting, null, 1)}`
}

/** Another CMS instance's job runner, once it has started (see startReadyWorker). */
async function worker(): Promise<Worker> {
  const started = await startReadyWorker(
    { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port) },
    databaseActivity,
  )
  workers.push(started)
  return started
}

beforeAll(async () => {
  payload = await getPayload({ config })
  smtp = await startTestSmtp()
  newArticle = await articleBasics(payload)
  editor = await createUser(payload, 'editor')
  author = await createUser(payload, 'author')
  // Sends other test files left waiting would go to these 1,000 readers too.
  await db(sql`UPDATE newsletter_sends SET status = 'cancelled', cancelled_at = now()
                WHERE status = 'queued'`)
  const insert = (prefix: string, status: string, count: number) =>
    db(sql`INSERT INTO newsletter_signups
             (email, status, consent_at, confirmed_at, link_version, updated_at, created_at)
           SELECT ${prefix} || '-' || g || '-' || ${run} || '@example.com', ${status}, now(), now(),
                  1, now(), now()
           FROM generate_series(1, ${sql.raw(String(count))}) g`)
  await insert('bulk', 'confirmed', READERS)
  await insert('pending', 'pending', 20)
  await insert('gone', 'unsubscribed', 20)
}, 120_000)

afterAll(async () => {
  await Promise.all(workers.map((started) => started.stop()))
  await db(
    sql`UPDATE newsletter_sends SET status = 'cancelled' WHERE status IN ('queued', 'sending')`,
  )
  // Later test files publish articles too: these readers must not be emailed by them.
  await db(sql`DELETE FROM newsletter_signups WHERE email LIKE ${`%-${run}@example.com`}`)
  await smtp.stop()
})

async function createArticle(options: { published: boolean; email?: boolean; hero?: boolean }) {
  const heroImage = options.hero
    ? (
        await payload.create({
          collection: 'media',
          data: { alt: 'A teal rectangle' },
          file: await pngFile(),
          overrideAccess: true,
        })
      ).id
    : undefined
  const data = {
    ...newArticle(unique('Ketamine and sleep')),
    heroImage,
    newsletter: { sendOnPublish: options.email ?? true },
    _status: options.published ? ('published' as const) : ('draft' as const),
  }
  return payload.create({
    collection: 'articles',
    data,
    draft: !options.published,
    overrideAccess: true,
  })
}

const publish = (id: number) =>
  payload.update({
    collection: 'articles',
    id,
    data: { _status: 'published' },
    overrideAccess: true,
  })

const sendsOf = async (articleId: number) =>
  db(sql`SELECT id, status FROM newsletter_sends WHERE article_id = ${articleId} ORDER BY id`)

async function waitForFinish(sendId: number, timeoutMs: number) {
  const finished = async () => {
    const [send] = await db(sql`SELECT status, started_at, finished_at FROM newsletter_sends
                                WHERE id = ${sendId}`)
    return send?.status === 'finished' ? send : undefined
  }
  try {
    return await vi.waitUntil(finished, { timeout: timeoutMs, interval: 250 })
  } catch {
    const logs = workers.map((started) => started.output().slice(-3000)).join('\n---\n')
    throw new Error(`Send ${sendId} did not finish in ${timeoutMs} ms. Worker output:\n${logs}`)
  }
}

const deliveredFor = (sendId: number) =>
  smtp.delivered.filter((message) => message.messageId.startsWith(`<newsletter-${sendId}-`))

function perReader(messages: Delivered[]) {
  const counts = new Map<string, number>()
  for (const message of messages) counts.set(message.to, (counts.get(message.to) ?? 0) + 1)
  return counts
}

const recipientsOf = (sendId: number) =>
  db(sql`SELECT email, state, error, attempts, claimed_by FROM newsletter_recipients
         WHERE send_id = ${sendId} ORDER BY id`)

const confirmedEmails = async () =>
  (await db(sql`SELECT email FROM newsletter_signups WHERE status = 'confirmed'`)).map((row) =>
    String(row.email),
  )

/** The CMS's unsubscribe endpoint, exactly as the site forwards both the page and one-click. */
async function unsubscribe(token: string) {
  const response = await REST_POST(config)(
    new Request('http://localhost:3000/api/newsletter-signups/unsubscribe', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-sok-signup-secret': env.SIGNUP_PROXY_SECRET,
        'x-sok-client-ip': '198.51.100.9',
      },
      body: JSON.stringify({ token }),
    }),
    { params: Promise.resolve({ slug: ['newsletter-signups', 'unsubscribe'] }) },
  )
  return response.status
}

const statusOf = async (email: string) =>
  (await db(sql`SELECT status FROM newsletter_signups WHERE email = ${email}`))[0]?.status

describe('starting a send', () => {
  it('publishing creates one send, however often and however concurrently; an early unpublish cancels it', async () => {
    const article = await createArticle({ published: false })
    expect(await sendsOf(article.id)).toEqual([])
    await Promise.all([publish(article.id), publish(article.id)])
    await publish(article.id)
    const [send, ...more] = await sendsOf(article.id)
    expect(more).toEqual([])
    expect(send?.status).toBe('queued')

    // Autosaving a draft of the live article changes nothing.
    await payload.update({
      collection: 'articles',
      id: article.id,
      draft: true,
      data: { title: unique('Edited') },
      overrideAccess: true,
    })
    expect((await sendsOf(article.id)).map((row) => row.status)).toEqual(['queued'])

    // Unpublishing before it starts cancels it; publishing again (still ticked) arms a new one.
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { _status: 'draft' },
      overrideAccess: true,
    })
    expect((await sendsOf(article.id)).map((row) => row.status)).toEqual(['cancelled'])
    await publish(article.id)
    expect((await sendsOf(article.id)).map((row) => row.status)).toEqual(['cancelled', 'queued'])
    await payload.update({
      collection: 'articles',
      id: article.id,
      data: { _status: 'draft' },
      overrideAccess: true,
    })
    expect((await sendsOf(article.id)).map((row) => row.status)).toEqual(['cancelled', 'cancelled'])
  })

  it('an article published without "Email to subscribers" is not sent', async () => {
    const article = await createArticle({ published: true, email: false })
    await publish(article.id)
    expect(await sendsOf(article.id)).toEqual([])
  })

  it('editors start a send by hand, once; authors cannot, over REST or GraphQL', async () => {
    const draft = await createArticle({ published: false, email: false })
    const start = (token: string, article: number) =>
      rest('POST', '/api/newsletter-sends', { token, json: { article } })

    const unpublished = await start(editor.token, draft.id)
    expect(unpublished.status).toBe(400)
    expect(JSON.stringify(await unpublished.json())).toContain(
      'Publish the article before emailing it to subscribers.',
    )

    await publish(draft.id)
    expect((await start(author.token, draft.id)).status).toBe(403)
    const byAuthor = await graphql<unknown>(
      `mutation { createNewsletterSend(data: { article: ${draft.id} }) { id } }`,
      author.token,
    )
    expect(byAuthor.errors?.[0]?.message).toMatch(/not allowed/i)
    expect(await sendsOf(draft.id)).toEqual([])

    // What the client says beyond the article is ignored.
    const started = await rest('POST', '/api/newsletter-sends', {
      token: editor.token,
      json: { article: draft.id, status: 'finished', html: '<p>forged</p>', trigger: 'publish' },
    })
    expect(started.status).toBe(201)
    const { doc } = (await started.json()) as { doc: Record<string, unknown> }
    expect(doc).toMatchObject({ status: 'queued', trigger: 'manual' })
    expect(doc).not.toHaveProperty('html')

    const again = await start(editor.token, draft.id)
    expect(again.status).toBe(400)
    expect(JSON.stringify(await again.json())).toContain('already been emailed')
    const byGraphql = await graphql<unknown>(
      `mutation { createNewsletterSend(data: { article: ${draft.id} }) { id } }`,
      editor.token,
    )
    expect(byGraphql.errors?.[0]?.message).toBeTruthy()
    expect(await sendsOf(draft.id)).toHaveLength(1)
    // Nobody changes a send afterwards, not even an editor.
    expect(
      (
        await rest('PATCH', `/api/newsletter-sends/${doc.id}`, {
          token: editor.token,
          json: { status: 'cancelled' },
        })
      ).status,
    ).toBe(403)
    // Not delivered in this file: later tests count every email of every send.
    await db(sql`UPDATE newsletter_sends SET status = 'cancelled' WHERE id = ${Number(doc.id)}`)
  })

  it('a test send goes to the signed-in editor only, straight away', async () => {
    const article = await createArticle({ published: false })
    const test = (token: string) =>
      rest('POST', '/api/newsletter-sends/test', { token, json: { article: article.id } })
    expect((await test(author.token)).status).toBe(403)
    const response = await test(editor.token)
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({
      ok: true,
      message: `Test sent to ${editor.email} (saved to ${env.MAIL_DIR}).`,
    })
    const mail = readdirSync(env.MAIL_DIR)
      .map((file) => readFileSync(path.join(env.MAIL_DIR, file), 'utf8'))
      .find((raw) => raw.includes(`To: ${editor.email}`))
    expect(mail).toMatch(/^Subject: \[Test\] Ketamine and sleep/m)
    expect(await sendsOf(article.id)).toEqual([])
  })

  it("the send's progress the article polls: editors only, and a clear 400 for an odd article", async () => {
    const article = await createArticle({ published: true, email: false })
    const status = (query: string, token?: string) =>
      rest('GET', `/api/newsletter-sends/status${query}`, { token })

    for (const token of [undefined, author.token]) {
      const refused = await status(`?article=${article.id}`, token)
      expect(refused.status).toBe(403)
      expect(await refused.json()).toEqual({
        ok: false,
        message: 'Only editors and admins can send the newsletter.',
      })
    }
    for (const odd of [
      '',
      '?article=',
      '?article=abc',
      '?article=-1',
      '?article=1.5',
      '?article=0x10',
      '?article=99999999999',
    ]) {
      const response = await status(odd, editor.token)
      expect(response.status, odd).toBe(400)
      expect(await response.json(), odd).toEqual({
        ok: false,
        message: 'Name the article: ?article=ID.',
      })
    }

    const unknown = await status('?article=2147483000', editor.token)
    expect(unknown.status).toBe(200)
    expect(await unknown.json()).toMatchObject({ published: false, send: null })

    const before = await status(`?article=${article.id}`, editor.token)
    expect(before.headers.get('cache-control')).toBe('no-store')
    const confirmed = (await confirmedEmails()).length
    expect(await before.json()).toEqual({ subscribers: confirmed, published: true, send: null })

    const started = await rest('POST', '/api/newsletter-sends', {
      token: editor.token,
      json: { article: article.id },
    })
    expect(started.status).toBe(201)
    const during = (await (await status(`?article=${article.id}`, editor.token)).json()) as {
      send: { status: string; trigger: string; counts: Record<string, number> }
    }
    expect(during.send).toMatchObject({
      status: 'queued',
      trigger: 'manual',
      counts: { queued: 0, sending: 0, sent: 0, failed: 0, skipped: 0 },
    })
    // Not delivered in this file: later tests count every email of every send.
    await db(sql`UPDATE newsletter_sends SET status = 'cancelled' WHERE article_id = ${article.id}`)
    const after = (await (await status(`?article=${article.id}`, editor.token)).json()) as {
      send: { status: string }
    }
    expect(after.send.status).toBe('cancelled')
  })
})

describe(`delivery to ${READERS} confirmed readers`, () => {
  let firstSend: number

  it(
    'two job runners at once: every confirmed reader gets exactly one email, nobody else any',
    { timeout: 900_000 },
    async () => {
      // Both instances are up before the send starts, so both can take part.
      await worker()
      await worker()
      const article = await createArticle({ published: false, hero: true })
      await Promise.all([publish(article.id), publish(article.id)])
      const [send, ...more] = await sendsOf(article.id)
      expect(more).toEqual([])
      firstSend = Number(send!.id)
      const confirmed = await confirmedEmails()

      const finished = await waitForFinish(firstSend, 780_000)
      const took =
        new Date(String(finished.finished_at)).getTime() -
        new Date(String(finished.started_at)).getTime()
      console.log(
        `newsletter: ${confirmed.length} readers in ${(took / 1000).toFixed(1)} s ` +
          `(batch ${env.NEWSLETTER_BATCH_SIZE}, interval ${env.NEWSLETTER_BATCH_INTERVAL_SECONDS} s, 2 workers)`,
      )

      const counts = perReader(deliveredFor(firstSend))
      expect([...counts.keys()].sort()).toEqual([...confirmed].sort())
      expect([...counts.values()].filter((count) => count !== 1)).toEqual([])
      expect(counts.has(bulk(1)) && counts.has(bulk(READERS))).toBe(true)
      for (const email of counts.keys()) expect(email).not.toMatch(/^(pending|gone)-/)

      const rows = await recipientsOf(firstSend)
      expect(rows).toHaveLength(confirmed.length)
      expect(rows.filter((row) => row.state !== 'sent')).toEqual([])
      // Both instances did part of the work.
      const claimers = new Set(rows.map((row) => String(row.claimed_by).split('-')[0]))
      expect(claimers.size).toBe(2)
    },
  )

  it('the email: subject, summary, hero, "Read the article", footer, both parts, per-reader unsubscribe', async () => {
    const [send] = await db(sql`SELECT s.subject, a.slug, a.summary FROM newsletter_sends s
                                JOIN articles a ON a.id = s.article_id WHERE s.id = ${firstSend}`)
    const settings = await payload.findGlobal({ slug: 'site-settings' })
    const message = deliveredFor(firstSend).find((mail) => mail.to === bulk(1))!
    const text = decodeMessage(message.raw)
    expect(text).toMatch(new RegExp(`^Subject: ${send!.subject}`, 'm'))
    expect(text).toMatch(/^Content-Type: multipart\/alternative/m)
    expect(text).toMatch(/^Content-Type: text\/plain/m)
    expect(text).toMatch(/^Content-Type: text\/html/m)
    expect(text).toContain(String(send!.summary))
    const articleUrl = `${env.WEB_PUBLIC_URL}/articles/${send!.slug}`
    expect(text).toMatch(new RegExp(`Read the article[^\\n]*\\n?[^\\n]*${articleUrl}`))
    expect(text).toContain(`href="${articleUrl}"`)
    expect(text).toMatch(
      new RegExp(`<img alt="A teal rectangle"[^>]*src="${env.CMS_PUBLIC_URL}/api/media/file/`),
    )
    if (settings.footer?.text) expect(text).toContain(settings.footer.text.slice(0, 40))
    expect(text).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/m)

    const tokens = deliveredFor(firstSend).map((mail) => {
      const decoded = decodeMessage(mail.raw)
      const oneClick = /^List-Unsubscribe: <([^>]+)>/m.exec(decoded)?.[1] ?? ''
      const page = new RegExp(`${env.WEB_PUBLIC_URL}/newsletter/unsubscribe\\?token=([\\w-]{43})`)
      return {
        to: mail.to,
        oneClick: /\/api\/newsletter\/unsubscribe\?token=([\w-]{43})$/.exec(oneClick)?.[1],
        page: page.exec(decoded)?.[1],
      }
    })
    expect(tokens.every((token) => token.page && token.page === token.oneClick)).toBe(true)
    expect(new Set(tokens.map((token) => token.page)).size).toBe(tokens.length)
    // Nothing of the link is stored: no column holds it.
    const stored = await db(sql`SELECT count(*)::int AS n FROM newsletter_signups
      WHERE unsubscribe_token_hash = ${tokens[0]!.page!} OR confirm_token_hash = ${tokens[0]!.page!}`)
    expect(stored[0]!.n).toBe(0)
  })

  it('each unsubscribe link works once, for its own reader only', async () => {
    const tokenOf = (email: string) => {
      const mail = deliveredFor(firstSend).find((message) => message.to === email)!
      return /\/newsletter\/unsubscribe\?token=([\w-]{43})/.exec(decodeMessage(mail.raw))![1]!
    }
    // The page's link, then the one-click header's (the same token: both forward here).
    expect(await unsubscribe(tokenOf(bulk(10)))).toBe(200)
    expect(await statusOf(bulk(10))).toBe('unsubscribed')
    expect(await statusOf(bulk(11))).toBe('confirmed')
    expect(await unsubscribe(tokenOf(bulk(10)))).toBe(410)

    // A link edited to name another reader is refused.
    const forged = Buffer.from(tokenOf(bulk(12)), 'base64url')
    const [other] = await db(sql`SELECT id FROM newsletter_signups WHERE email = ${bulk(13)}`)
    forged.writeUInt32BE(Number(other!.id), 0)
    expect(await unsubscribe(forged.toString('base64url'))).toBe(410)
    expect(await statusOf(bulk(13))).toBe('confirmed')
    expect(await statusOf(bulk(12))).toBe('confirmed')

    expect(await unsubscribe(tokenOf(bulk(12)))).toBe(200)
    expect(await statusOf(bulk(12))).toBe('unsubscribed')
    const stillConfirmed = await db(sql`SELECT count(*)::int AS n FROM newsletter_signups
      WHERE email LIKE ${`bulk-%-${run}@example.com`} AND status = 'confirmed'`)
    expect(stillConfirmed[0]!.n).toBe(READERS - 2)
  })

  it(
    'a job runner killed between the SMTP accept and the mark: still one email per reader, and unsubscribes mid-send are skipped',
    { timeout: 900_000 },
    async () => {
      await Promise.all(workers.splice(0).map((started) => started.stop()))
      const article = await createArticle({ published: true })
      const [send] = await sendsOf(article.id)
      const sendId = Number(send!.id)
      const confirmed = await confirmedEmails()
      const doomed = await worker()
      let inFlight: string | undefined
      smtp.controls.onDelivered = (message) => {
        if (inFlight || !message.messageId.startsWith(`<newsletter-${sendId}-`)) return
        if (deliveredFor(sendId).length < 300) return
        // The server has the message; the worker dies before it hears "250 OK".
        inFlight = message.to
        doomed.kill()
      }
      await doomed.exited
      smtp.controls.onDelivered = undefined
      expect(inFlight).toBeDefined()

      const leaving = await db(sql`SELECT email FROM newsletter_recipients
        WHERE send_id = ${sendId} AND state = 'queued' ORDER BY id DESC LIMIT 5`)
      const left = leaving.map((row) => String(row.email))
      expect(left).toHaveLength(5)
      for (const email of left) {
        const [signup] = await payload
          .find({
            collection: 'newsletter-signups',
            where: { email: { equals: email } },
            overrideAccess: true,
          })
          .then((result) => result.docs)
        await payload.update({
          collection: 'newsletter-signups',
          id: signup!.id,
          data: { status: 'unsubscribed' },
          overrideAccess: true,
        })
      }

      await worker()
      await waitForFinish(sendId, 780_000)
      const counts = perReader(deliveredFor(sendId))
      for (const email of left) expect(counts.get(email)).toBeUndefined()
      const expected = confirmed.filter((email) => !left.includes(email)).sort()
      expect([...counts.keys()].sort()).toEqual(expected)
      expect([...counts.values()].filter((count) => count !== 1)).toEqual([])

      const rows = await recipientsOf(sendId)
      const byState = (state: string) => rows.filter((row) => row.state === state)
      expect(
        byState('skipped')
          .map((row) => row.email)
          .sort(),
      ).toEqual([...left].sort())
      // The reader in flight was emailed once, and is listed as possibly delivered, never resent.
      expect(byState('failed')).toEqual([
        expect.objectContaining({ email: inFlight, error: INTERRUPTED }),
      ])
      expect(byState('sent')).toHaveLength(confirmed.length - left.length - 1)
    },
  )

  it(
    'a mail server that rejects some readers and is down for a while: those marked, the rest delivered once',
    { timeout: 900_000 },
    async () => {
      const article = await createArticle({ published: true })
      const [send] = await sendsOf(article.id)
      const sendId = Number(send!.id)
      const confirmed = await confirmedEmails()
      const rejected = new Set(confirmed.filter((email, index) => index % 50 === 7))
      const greylisted = new Set(confirmed.filter((email, index) => index % 97 === 3))
      const refusedOnce = new Set<string>()
      smtp.controls.rejectRecipient = (address) => {
        if (rejected.has(address)) return '550 5.1.1 No such mailbox here'
        if (greylisted.has(address) && !refusedOnce.has(address)) {
          refusedOnce.add(address)
          return '451 4.7.1 Greylisted, please try again'
        }
        return undefined
      }
      let outage: Promise<void> | undefined
      smtp.controls.onDelivered = (message) => {
        if (outage || !message.messageId.startsWith(`<newsletter-${sendId}-`)) return
        if (deliveredFor(sendId).length < 200) return
        outage = (async () => {
          await smtp.stop() // connection refused
          await sleep(3000)
          smtp.controls.refuseGreeting = true // "421 try again later"
          await smtp.start()
          await sleep(2000)
          smtp.controls.refuseGreeting = false
        })()
      }
      await waitForFinish(sendId, 780_000)
      await outage

      const counts = perReader(deliveredFor(sendId))
      for (const email of rejected) expect(counts.get(email)).toBeUndefined()
      expect([...counts.keys()].sort()).toEqual(
        confirmed.filter((email) => !rejected.has(email)).sort(),
      )
      expect([...counts.values()].filter((count) => count !== 1)).toEqual([])

      const rows = await recipientsOf(sendId)
      const failed = rows.filter((row) => row.state === 'failed')
      expect(failed.map((row) => row.email).sort()).toEqual([...rejected].sort())
      expect(new Set(failed.map((row) => row.error))).toEqual(
        new Set(['550 5.1.1 No such mailbox here']),
      )
      const retried = rows.filter(
        (row) => greylisted.has(String(row.email)) && !rejected.has(String(row.email)),
      )
      expect(retried.every((row) => row.state === 'sent' && Number(row.attempts) === 2)).toBe(true)
      smtp.controls.rejectRecipient = undefined
      smtp.controls.onDelivered = undefined
    },
  )
})
