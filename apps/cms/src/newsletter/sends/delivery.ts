import { randomUUID } from 'node:crypto'

import { sql } from '@payloadcms/db-postgres'
import type { Transporter } from 'nodemailer'
import type { Payload } from 'payload'

import { postgresOf } from '@/database/postgres'
import { env } from '@/env'

import { signedUnsubscribeToken } from '../crypto'
import { newsletterLinks } from '../mail'
import { mailTransport } from '../mail-transport'
import { newsletterContent } from './content'
import { execute, type Row } from '@/database/postgres'
import { personalise, type RenderedNewsletter, renderNewsletter } from './email'
import { classifySmtpError, INTERRUPTED } from './smtp-errors'

/*
 * Delivery, one tick at a time (the deliverNewsletter job runs it every NEWSLETTER_CRON, on every
 * CMS instance or worker). All state is in Postgres; a tick may die at any line and another tick,
 * here or elsewhere, carries on. Per reader the protocol is:
 *
 *   claim      queued → sending, claimed_by = this worker (UPDATE … FOR UPDATE SKIP LOCKED, so two
 *              workers never claim the same row)
 *   hand over  handed_over_at = now(), only if still ours and the reader is still confirmed;
 *              committed BEFORE the SMTP conversation starts
 *   mark       sent (server said 250), queued again (server said "not now", or could not be
 *              reached), or failed (5xx, with its reason)
 *
 * A worker that dies leaves rows in `sending`. Every worker holds a Postgres advisory lock for its
 * whole life on a connection of its own; Postgres drops it the moment the process dies, so the
 * next tick anywhere knows that worker is gone (no guessed timeout that a slow but living worker
 * could exceed). Its rows claimed but not handed over go back to the queue (nobody has been
 * emailed), and rows it had handed over are marked failed as "interrupted": the server may have
 * accepted that email, so it is never sent again. That is the at-most-once choice: nobody gets the newsletter twice; in the worst case the
 * few readers in flight at a crash (one per worker) are listed as failed and may have received it.
 * The Message-ID is also the same for a reader's every attempt, so receivers that de-duplicate
 * (Gmail does) would drop a second copy.
 */

const worker = `${process.pid}-${randomUUID()}`
let transport: Transporter | undefined
const newsletterTransport = () => (transport ??= mailTransport({ pool: true }))

const seconds = (value: number) => sql`(${value}::double precision * interval '1 second')`
const UNSUBSCRIBED = 'Unsubscribed before the email was sent.'

let running: Promise<void> = Promise.resolve()

/**
 * One tick: start due sends, take over abandoned work, deliver one batch, close finished sends.
 * Ticks of one process run one after another, so a tick's leftovers are never another's work.
 */
export function runNewsletterDelivery(payload: Payload): Promise<void> {
  const tick = running.then(() => deliveryTick(payload))
  running = tick.catch(() => undefined)
  return tick
}

async function deliveryTick(payload: Payload) {
  await startDueSends(payload)
  await releaseAbandonedClaims(payload)
  const sendId = await takeBatchTurn(payload)
  if (sendId !== null) await deliverBatch(payload, sendId)
  await finishSends(payload)
  await forgetOldDeliveries(payload)
}

async function startDueSends(payload: Payload) {
  const due = await execute(
    payload,
    sql`SELECT id, article_id FROM newsletter_sends
        WHERE status = 'queued' AND start_after <= now() ORDER BY id LIMIT 5`,
  )
  for (const send of due) await startSend(payload, Number(send.id), send.article_id as number)
}

/**
 * Renders the email from the published article, once for the whole send, and lists every reader
 * confirmed at this moment, in one transaction: a send is either waiting or has all its readers.
 */
async function startSend(payload: Payload, sendId: number, articleId: number | null) {
  const article = articleId
    ? await payload
        .findByID({ collection: 'articles', id: articleId, depth: 1, overrideAccess: true })
        .catch(() => null)
    : null
  if (!article || article._status !== 'published') {
    await execute(
      payload,
      sql`UPDATE newsletter_sends SET status = 'cancelled', cancelled_at = now(), updated_at = now()
          WHERE id = ${sendId} AND status = 'queued'`,
    )
    payload.logger.info(`Newsletter send ${sendId} cancelled: its article is not published.`)
    return
  }
  const email = await renderNewsletter(await newsletterContent(payload, article))
  const db = postgresOf(payload).drizzle
  await db.transaction(async (tx) => {
    const started = await tx.execute(sql`
      UPDATE newsletter_sends
      SET status = 'sending', started_at = now(), next_batch_at = now(), updated_at = now(),
          subject = ${email.subject}, html = ${email.html}, text = ${email.text}
      WHERE id = ${sendId} AND status = 'queued'
      RETURNING id`)
    if (!started.rows.length) return
    await tx.execute(sql`
      INSERT INTO newsletter_recipients
        (send_id, signup_id, email, state, attempts, next_attempt_at, updated_at, created_at)
      SELECT ${sendId}, s.id, s.email, 'queued', 0, now(), now(), now()
      FROM newsletter_signups s WHERE s.status = 'confirmed' ORDER BY s.id
      ON CONFLICT (send_id, signup_id) DO NOTHING`)
    await tx.execute(sql`
      UPDATE newsletter_sends
      SET recipient_count = (SELECT count(*) FROM newsletter_recipients WHERE send_id = ${sendId})
      WHERE id = ${sendId}`)
  })
  payload.logger.info(`Newsletter send ${sendId} started: "${email.subject}".`)
}

/** The few calls made on the pool connection that holds this worker's lock. */
interface Client {
  query<Row>(text: string, values: unknown[]): Promise<{ rows: Row[] }>
  on(event: 'error', listener: () => void): unknown
}
const LOCK_SPACE = 5801
let liveness: Promise<Client> | undefined

/** This worker's advisory lock, held on its own connection for as long as the process lives. */
function livenessClient(payload: Payload): Promise<Client> {
  if (liveness) return liveness
  const connecting = (async () => {
    const client = (await postgresOf(payload).pool.connect()) as Client
    client.on('error', () => {
      // The lock went with the connection: take a new one on the next tick.
      liveness = undefined
    })
    await client.query('SELECT pg_advisory_lock($1, hashtext($2))', [LOCK_SPACE, worker])
    return client
  })().catch((error: unknown) => {
    liveness = undefined
    throw error
  })
  liveness = connecting
  return connecting
}

/** Rows left in flight by workers that are gone, or by an earlier tick of this one that failed. */
async function releaseAbandonedClaims(payload: Payload) {
  const client = await livenessClient(payload)
  const holders = await execute(
    payload,
    sql`SELECT DISTINCT claimed_by FROM newsletter_recipients WHERE state = 'sending'`,
  )
  for (const { claimed_by: holder } of holders) {
    if (holder !== worker) {
      const probe = await client.query<{ free: boolean }>(
        'SELECT pg_try_advisory_lock($1, hashtext($2)) AS free',
        [LOCK_SPACE, holder],
      )
      if (!probe.rows[0]?.free) continue
      await client.query('SELECT pg_advisory_unlock($1, hashtext($2))', [LOCK_SPACE, holder])
    }
    await execute(
      payload,
      sql`UPDATE newsletter_recipients
          SET state = 'queued', claimed_by = NULL, claimed_at = NULL, updated_at = now()
          WHERE state = 'sending' AND claimed_by = ${holder} AND handed_over_at IS NULL`,
    )
    await execute(
      payload,
      sql`UPDATE newsletter_recipients SET state = 'failed', error = ${INTERRUPTED}, updated_at = now()
          WHERE state = 'sending' AND claimed_by = ${holder} AND handed_over_at IS NOT NULL`,
    )
  }
}

/**
 * The rate limit, shared by every instance: the oldest sending send's `next_batch_at` is the next
 * moment anyone may send a batch, and taking the turn moves it on by the interval. Without SKIP
 * LOCKED a second instance waits for the row, then sees the moved time and takes nothing.
 */
async function takeBatchTurn(payload: Payload): Promise<number | null> {
  const rows = await execute(
    payload,
    sql`UPDATE newsletter_sends
        SET next_batch_at = now() + ${seconds(env.NEWSLETTER_BATCH_INTERVAL_SECONDS)}, updated_at = now()
        WHERE id = (SELECT id FROM newsletter_sends WHERE status = 'sending' ORDER BY id LIMIT 1
                    FOR UPDATE)
          AND (next_batch_at IS NULL OR next_batch_at <= now())
        RETURNING id`,
  )
  return rows[0] ? Number(rows[0].id) : null
}

async function deliverBatch(payload: Payload, sendId: number) {
  await execute(
    payload,
    sql`UPDATE newsletter_recipients r SET state = 'skipped', error = ${UNSUBSCRIBED}, updated_at = now()
        WHERE r.send_id = ${sendId} AND r.state = 'queued' AND NOT EXISTS (
          SELECT 1 FROM newsletter_signups s WHERE s.id = r.signup_id AND s.status = 'confirmed')`,
  )
  const claimed = await execute(
    payload,
    sql`UPDATE newsletter_recipients
        SET state = 'sending', claimed_by = ${worker}, claimed_at = now(), updated_at = now()
        WHERE id IN (
          SELECT id FROM newsletter_recipients
          WHERE send_id = ${sendId} AND state = 'queued'
            AND (next_attempt_at IS NULL OR next_attempt_at <= now())
          ORDER BY id LIMIT ${env.NEWSLETTER_BATCH_SIZE}
          FOR UPDATE SKIP LOCKED)
        RETURNING id, signup_id, email`,
  )
  if (!claimed.length) return
  const [send] = await execute(
    payload,
    sql`SELECT subject, html, text FROM newsletter_sends WHERE id = ${sendId}`,
  )
  const email = send as unknown as RenderedNewsletter
  claimed.sort((a, b) => Number(a.id) - Number(b.id))
  for (const reader of claimed) {
    const outcome = await deliverOne(payload, sendId, email, reader)
    if (outcome === 'server-unavailable') {
      // Nobody else in this batch was handed over: back to the queue, and the send pauses.
      await execute(
        payload,
        sql`UPDATE newsletter_recipients
            SET state = 'queued', claimed_by = NULL, claimed_at = NULL, updated_at = now()
            WHERE send_id = ${sendId} AND claimed_by = ${worker} AND state = 'sending'
              AND handed_over_at IS NULL`,
      )
      await execute(
        payload,
        sql`UPDATE newsletter_sends
            SET next_batch_at = now() + ${seconds(Math.max(env.NEWSLETTER_RETRY_SECONDS, env.NEWSLETTER_BATCH_INTERVAL_SECONDS))}
            WHERE id = ${sendId}`,
      )
      return
    }
  }
}

type Outcome = 'sent' | 'skipped' | 'retry' | 'failed' | 'server-unavailable'

async function deliverOne(
  payload: Payload,
  sendId: number,
  email: RenderedNewsletter,
  reader: Row,
): Promise<Outcome> {
  const id = Number(reader.id)
  // The point of no return, committed before talking to SMTP (see the protocol above).
  const handed = await execute(
    payload,
    sql`UPDATE newsletter_recipients r
        SET handed_over_at = now(), attempts = r.attempts + 1, updated_at = now()
        FROM newsletter_signups s
        WHERE r.id = ${id} AND r.claimed_by = ${worker} AND r.state = 'sending'
          AND r.handed_over_at IS NULL AND s.id = r.signup_id AND s.status = 'confirmed'
        RETURNING s.link_version, r.attempts`,
  )
  if (!handed[0]) {
    await execute(
      payload,
      sql`UPDATE newsletter_recipients SET state = 'skipped', error = ${UNSUBSCRIBED}, updated_at = now()
          WHERE id = ${id} AND claimed_by = ${worker} AND state = 'sending' AND handed_over_at IS NULL`,
    )
    return 'skipped'
  }
  const signupId = Number(reader.signup_id)
  const links = newsletterLinks(
    null,
    signedUnsubscribeToken(signupId, Number(handed[0].link_version ?? 1)),
  )
  const body = personalise(email, links.unsubscribePage)
  const domain = env.MAIL_FROM_ADDRESS.split('@')[1]
  try {
    await newsletterTransport().sendMail({
      from: { name: env.MAIL_FROM_NAME, address: env.MAIL_FROM_ADDRESS },
      to: String(reader.email),
      subject: email.subject,
      html: body.html,
      text: body.text,
      messageId: `<newsletter-${sendId}-${signupId}@${domain}>`,
      headers: {
        'List-Unsubscribe': `<${links.oneClick}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        'List-Id': `${env.MAIL_FROM_NAME} <newsletter.${domain}>`,
      },
    })
  } catch (error) {
    return recordFailure(payload, id, Number(handed[0].attempts), error)
  }
  // No state condition: if a lease ran out while the server was slow, this is still the truth.
  await execute(
    payload,
    sql`UPDATE newsletter_recipients
        SET state = 'sent', sent_at = now(), error = NULL, updated_at = now()
        WHERE id = ${id} AND claimed_by = ${worker}`,
  )
  return 'sent'
}

async function recordFailure(
  payload: Payload,
  id: number,
  attempts: number,
  error: unknown,
): Promise<Outcome> {
  const verdict = classifySmtpError(error)
  payload.logger.warn(`Newsletter delivery ${id}: ${verdict.kind}: ${verdict.reason}`)
  if (
    verdict.kind === 'unavailable' ||
    (verdict.kind === 'temporary' && attempts < env.NEWSLETTER_MAX_ATTEMPTS)
  ) {
    // A server that could not be reached never saw this reader: that try does not count.
    const tries = verdict.kind === 'unavailable' ? attempts - 1 : attempts
    const pause = env.NEWSLETTER_RETRY_SECONDS * 2 ** Math.max(0, tries - 1)
    await execute(
      payload,
      sql`UPDATE newsletter_recipients
          SET state = 'queued', claimed_by = NULL, claimed_at = NULL, handed_over_at = NULL,
              attempts = ${tries}, next_attempt_at = now() + ${seconds(pause)},
              error = ${verdict.reason}, updated_at = now()
          WHERE id = ${id} AND claimed_by = ${worker}`,
    )
    return verdict.kind === 'unavailable' ? 'server-unavailable' : 'retry'
  }
  await execute(
    payload,
    sql`UPDATE newsletter_recipients SET state = 'failed', error = ${verdict.reason}, updated_at = now()
        WHERE id = ${id} AND claimed_by = ${worker}`,
  )
  return 'failed'
}

async function finishSends(payload: Payload) {
  const count = (state: string) =>
    sql`(SELECT count(*) FROM newsletter_recipients r WHERE r.send_id = s.id AND r.state = ${state})`
  const finished = await execute(
    payload,
    sql`UPDATE newsletter_sends s
        SET status = 'finished', finished_at = now(), updated_at = now(),
            sent_count = ${count('sent')}, failed_count = ${count('failed')},
            skipped_count = ${count('skipped')}
        WHERE s.status = 'sending' AND NOT EXISTS (
          SELECT 1 FROM newsletter_recipients r
          WHERE r.send_id = s.id AND r.state IN ('queued', 'sending'))
        RETURNING s.id, s.sent_count, s.failed_count, s.skipped_count`,
  )
  for (const send of finished) {
    payload.logger.info(
      `Newsletter send ${send.id} finished: ${send.sent_count} sent, ${send.failed_count} failed, ${send.skipped_count} skipped.`,
    )
  }
}

let lastCleanUp = 0

/** The retention rule: per-reader records go NEWSLETTER_RETENTION_DAYS after a send finishes. */
async function forgetOldDeliveries(payload: Payload) {
  if (Date.now() - lastCleanUp < 10 * 60 * 1000) return
  lastCleanUp = Date.now()
  await execute(
    payload,
    sql`DELETE FROM newsletter_recipients r USING newsletter_sends s
        WHERE r.send_id = s.id AND s.status = 'finished'
          AND s.finished_at < now() - ${seconds(env.NEWSLETTER_RETENTION_DAYS * 86_400)}`,
  )
  // Delivery jobs of a process that was killed stay "processing" for ever; they hold nothing.
  await execute(
    payload,
    sql`DELETE FROM payload_jobs WHERE task_slug = 'deliverNewsletter' AND processing = true
          AND updated_at < now() - interval '1 day'`,
  )
}
