import type { NewsletterSignupInput } from '@sok/content/newsletter'
import type { NewsletterSignup } from '@sok/content/payload-types'
import { newsletterMessages } from '@sok/content/newsletter'
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { postgresOf } from '@/database/postgres'
import { env } from '@/env'
import { hitRateLimit } from '@/rate-limit'

import { hashToken, keyedHash, newToken, readSignedUnsubscribeToken } from './crypto'
import { sendConfirmationEmail } from './mail'
import { NEWSLETTER_QUEUE } from './queue'

const HOUR = 60 * 60
const UNSUBSCRIBE_TOKEN_DAYS = 365

export type Outcome =
  | { status: 'accepted' }
  | { status: 'rate-limited' }
  | { status: 'done' }
  | { status: 'invalid-token' }

/**
 * A sign-up request. The answer, and the work done before it, are the same whether the address is
 * new, pending or already confirmed, so the endpoint never reveals who is subscribed.
 */
export async function subscribe(
  payload: Payload,
  input: NewsletterSignupInput,
  clientIp: string,
): Promise<Outcome> {
  const byIp = await hitRateLimit(
    payload,
    `ip:${keyedHash(clientIp)}`,
    env.NEWSLETTER_LIMIT_PER_IP,
    HOUR,
  )
  if (!byIp.allowed) return { status: 'rate-limited' }
  // A bot filled in the hidden field: answer as if all went well, store and send nothing.
  if (input.website) return { status: 'accepted' }
  const byEmail = await hitRateLimit(
    payload,
    `email:${keyedHash(input.email)}`,
    env.NEWSLETTER_LIMIT_PER_EMAIL,
    HOUR,
  )
  if (!byEmail.allowed) return { status: 'rate-limited' }

  // The same work for every address, new, pending or confirmed: one queued job. Only the job
  // looks the address up, so neither the answer nor its timing says who is subscribed.
  await payload.jobs.queue({
    task: 'sendNewsletterConfirmation',
    queue: NEWSLETTER_QUEUE,
    input: {
      email: input.email,
      sourcePage: input.sourcePage,
      consentAt: new Date().toISOString(),
    },
  })
  return { status: 'accepted' }
}

/**
 * The queued half of a sign-up: store it and email a confirmation link. A confirmed address gets
 * nothing (they are subscribed already). Safe under concurrency: the unique index on email decides
 * which of several simultaneous jobs creates the row, and only that one sends the email.
 */
export async function deliverConfirmation(
  payload: Payload,
  input: { email: string; sourcePage?: string | null; consentAt: string },
): Promise<void> {
  const existing = await findByEmail(payload, input.email)
  if (existing?.status === 'confirmed') return

  const confirm = newToken()
  const unsubscribe = newToken()
  const tokens = {
    confirmTokenHash: confirm.hash,
    confirmTokenExpiresAt: hoursFromNow(env.NEWSLETTER_CONFIRM_HOURS),
    unsubscribeTokenHash: unsubscribe.hash,
    unsubscribeTokenExpiresAt: hoursFromNow(24 * UNSUBSCRIBE_TOKEN_DAYS),
  }
  const consent = { consentAt: input.consentAt, sourcePage: input.sourcePage ?? undefined }
  if (existing) {
    // Pending (asked again) or unsubscribed (asking to come back): a fresh confirmation.
    await payload.update({
      collection: 'newsletter-signups',
      id: existing.id,
      overrideAccess: true,
      data: { ...tokens, ...consent, status: 'pending' },
    })
  } else {
    const created = await createOnce(payload, {
      ...tokens,
      ...consent,
      email: input.email,
    })
    // Another job created it a moment ago; that one sends the email.
    if (!created) return
  }
  // A failure here fails the job, which retries with a fresh link; the reader asked once.
  await sendConfirmationEmail(payload, input.email, confirm.token, unsubscribe.token)
}

export async function confirmSubscription(payload: Payload, token: string): Promise<Outcome> {
  const signup = await findByToken(payload, 'confirmTokenHash', token)
  if (!signup || signup.status !== 'pending' || isPast(signup.confirmTokenExpiresAt)) {
    return { status: 'invalid-token' }
  }
  // Clearing the hash in the same update makes the link single-use.
  const updated = await payload.update({
    collection: 'newsletter-signups',
    where: {
      and: [{ id: { equals: signup.id } }, { confirmTokenHash: { equals: hashToken(token) } }],
    },
    overrideAccess: true,
    data: {
      status: 'confirmed',
      confirmedAt: new Date().toISOString(),
      confirmTokenHash: null,
      confirmTokenExpiresAt: null,
    },
  })
  return updated.docs.length ? { status: 'done' } : { status: 'invalid-token' }
}

/**
 * The link from the confirmation email (a random token, stored hashed) or from a newsletter (a
 * signed token naming the sign-up and its link version). Either works once: unsubscribing clears
 * the hash and bumps the version.
 */
export async function unsubscribe(payload: Payload, token: string): Promise<Outcome> {
  const signed = readSignedUnsubscribeToken(token)
  const signup = signed
    ? await findById(payload, signed.signupId)
    : await findByToken(payload, 'unsubscribeTokenHash', token)
  if (!signup) return { status: 'invalid-token' }
  const version = signup.linkVersion ?? 1
  if (signed) {
    if (signed.version !== version || signup.status === 'unsubscribed') {
      return { status: 'invalid-token' }
    }
  } else if (isPast(signup.unsubscribeTokenExpiresAt)) {
    return { status: 'invalid-token' }
  }
  const updated = await payload.update({
    collection: 'newsletter-signups',
    // Only if no other click got there first: a link works once.
    where: { and: [{ id: { equals: signup.id } }, { linkVersion: { equals: version } }] },
    overrideAccess: true,
    data: {
      status: 'unsubscribed',
      unsubscribedAt: new Date().toISOString(),
      linkVersion: version + 1,
      confirmTokenHash: null,
      confirmTokenExpiresAt: null,
      unsubscribeTokenHash: null,
      unsubscribeTokenExpiresAt: null,
    },
  })
  return updated.docs.length ? { status: 'done' } : { status: 'invalid-token' }
}

export const outcomeMessages = {
  accepted: 'Thank you. Please check your inbox to confirm your subscription.',
  'rate-limited': newsletterMessages.tooMany,
  'invalid-token': newsletterMessages.usedOrExpired,
} as const

/** What the sign-up flow reads of a sign-up row. */
type Signup = Pick<
  NewsletterSignup,
  'id' | 'status' | 'confirmTokenExpiresAt' | 'unsubscribeTokenExpiresAt' | 'linkVersion'
>

async function findById(payload: Payload, id: number): Promise<Signup | undefined> {
  const found = await payload.find({
    collection: 'newsletter-signups',
    where: { id: { equals: id } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
  })
  return found.docs[0]
}

/**
 * The address's row, if any: one indexed lookup. Sign-ups arrive in bursts (a newsletter shared
 * widely), so the queued job reads and writes the table directly; what it stores has already
 * passed the shared schema (trimmed, lower-cased, validated) and Payload's admin reads the same rows.
 */
async function findByEmail(payload: Payload, email: string): Promise<Signup | undefined> {
  const db = postgresOf(payload).drizzle
  const found = await db.execute(
    sql`select id, status from newsletter_signups where email = ${email} limit 1`,
  )
  const row = found.rows[0] as { id: number; status: Signup['status'] } | undefined
  return row ? { id: Number(row.id), status: row.status } : undefined
}

async function findByToken(
  payload: Payload,
  field: 'confirmTokenHash' | 'unsubscribeTokenHash',
  token: string,
): Promise<Signup | undefined> {
  const found = await payload.find({
    collection: 'newsletter-signups',
    where: { [field]: { equals: hashToken(token) } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
  })
  return found.docs[0]
}

/**
 * Creates the pending row, or returns false when a concurrent request created it a moment ago:
 * the unique index on email decides, in one statement.
 */
async function createOnce(
  payload: Payload,
  data: {
    email: string
    consentAt: string
    sourcePage?: string
    confirmTokenHash: string
    confirmTokenExpiresAt: string
    unsubscribeTokenHash: string
    unsubscribeTokenExpiresAt: string
  },
): Promise<boolean> {
  const db = postgresOf(payload).drizzle
  const inserted = await db.execute(sql`
    insert into newsletter_signups (email, status, source_page, consent_at,
      confirm_token_hash, confirm_token_expires_at, unsubscribe_token_hash,
      unsubscribe_token_expires_at, updated_at, created_at)
    values (${data.email}, 'pending', ${data.sourcePage ?? null}, ${data.consentAt},
      ${data.confirmTokenHash}, ${data.confirmTokenExpiresAt}, ${data.unsubscribeTokenHash},
      ${data.unsubscribeTokenExpiresAt}, now(), now())
    on conflict (email) do nothing
    returning id
  `)
  return inserted.rows.length > 0
}

const hoursFromNow = (hours: number) => new Date(Date.now() + hours * HOUR * 1000).toISOString()
const isPast = (date: string | null | undefined) => !date || new Date(date).getTime() < Date.now()
