import type { NewsletterSignupInput } from '@sok/content/newsletter'
import { newsletterMessages } from '@sok/content/newsletter'
import { type Payload, ValidationError } from 'payload'

import { env } from '@/env'
import { hitRateLimit } from '@/rate-limit'

import { hashToken, keyedHash, newToken } from './crypto'
import { sendConfirmationEmail } from './mail'

const HOUR = 60 * 60
const UNSUBSCRIBE_TOKEN_DAYS = 365

export type Outcome =
  | { status: 'accepted' }
  | { status: 'rate-limited' }
  | { status: 'done' }
  | { status: 'invalid-token' }

/**
 * A sign-up. The answer is the same whether the address is new, pending or already confirmed, so
 * the endpoint never reveals who is subscribed. Safe under concurrency: the unique index on email
 * decides which of several simultaneous requests creates the row.
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

  const existing = await findByEmail(payload, input.email)
  if (existing?.status === 'confirmed') return { status: 'accepted' }

  const confirm = newToken()
  const unsubscribe = newToken()
  const tokens = {
    confirmTokenHash: confirm.hash,
    confirmTokenExpiresAt: hoursFromNow(env.NEWSLETTER_CONFIRM_HOURS),
    unsubscribeTokenHash: unsubscribe.hash,
    unsubscribeTokenExpiresAt: hoursFromNow(24 * UNSUBSCRIBE_TOKEN_DAYS),
  }
  const now = new Date().toISOString()
  if (existing) {
    // Pending (asked again) or unsubscribed (asking to come back): a fresh confirmation.
    await payload.update({
      collection: 'newsletter-signups',
      id: existing.id,
      overrideAccess: true,
      data: { ...tokens, status: 'pending', consentAt: now, sourcePage: input.sourcePage },
    })
  } else {
    const created = await createOnce(payload, {
      ...tokens,
      email: input.email,
      status: 'pending',
      consentAt: now,
      sourcePage: input.sourcePage,
    })
    // Someone else's request created it a moment ago; theirs sends the email.
    if (!created) return { status: 'accepted' }
  }
  try {
    await sendConfirmationEmail(payload, input.email, confirm.token, unsubscribe.token)
  } catch (error) {
    // The sign-up is saved; asking again sends a new email. The reader still gets the same answer.
    payload.logger.error({ err: error, msg: 'Could not send a newsletter confirmation email' })
  }
  return { status: 'accepted' }
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

export async function unsubscribe(payload: Payload, token: string): Promise<Outcome> {
  const signup = await findByToken(payload, 'unsubscribeTokenHash', token)
  if (!signup || isPast(signup.unsubscribeTokenExpiresAt)) return { status: 'invalid-token' }
  await payload.update({
    collection: 'newsletter-signups',
    id: signup.id,
    overrideAccess: true,
    data: {
      status: 'unsubscribed',
      unsubscribedAt: new Date().toISOString(),
      confirmTokenHash: null,
      confirmTokenExpiresAt: null,
      unsubscribeTokenHash: null,
      unsubscribeTokenExpiresAt: null,
    },
  })
  return { status: 'done' }
}

export const outcomeMessages = {
  accepted: 'Thank you. Please check your inbox to confirm your subscription.',
  'rate-limited': newsletterMessages.tooMany,
  'invalid-token': newsletterMessages.usedOrExpired,
} as const

type Signup = {
  id: number
  status: 'pending' | 'confirmed' | 'unsubscribed'
  confirmTokenExpiresAt?: string | null
  unsubscribeTokenExpiresAt?: string | null
}

async function findByEmail(payload: Payload, email: string): Promise<Signup | undefined> {
  const found = await payload.find({
    collection: 'newsletter-signups',
    where: { email: { equals: email } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
  })
  return found.docs[0] as Signup | undefined
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
  return found.docs[0] as Signup | undefined
}

/** Creates the row, or returns false when a concurrent request already created it. */
async function createOnce(payload: Payload, data: Record<string, unknown>): Promise<boolean> {
  try {
    await payload.create({
      collection: 'newsletter-signups',
      overrideAccess: true,
      data: data as never,
    })
    return true
  } catch (error) {
    const duplicate =
      error instanceof ValidationError && error.data.errors.some((entry) => entry.path === 'email')
    if (duplicate) return false
    throw error
  }
}

const hoursFromNow = (hours: number) => new Date(Date.now() + hours * HOUR * 1000).toISOString()
const isPast = (date: string | null | undefined) => !date || new Date(date).getTime() < Date.now()
