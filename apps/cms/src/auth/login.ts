import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'

import {
  addDataAndFileToRequest,
  AuthenticationError,
  type Endpoint,
  LockedAuth,
  loginOperation,
  type PayloadRequest,
} from 'payload'
import { generatePayloadCookie } from 'payload/shared'

import { env } from '@/env'
import { hitRateLimit, rateLimitKey, refundRateLimit } from '@/rate-limit'

import { clientAddressOf } from './client-address'

/**
 * POST /api/users/login, in place of Payload's own (a collection's endpoints come before the
 * built-in ones). It adds what Payload's lacks:
 *
 * - Login CSRF: a browser request from a foreign origin (e.g. a form another site submits, with
 *   the credentials in `_payload`) is refused, so nobody is signed in to an attacker's account.
 * - A per-IP limit in Postgres on top of Payload's per-account lockout: one network can only lock
 *   out a couple of accounts per window, and cannot keep guessing. A correct sign-in gives its
 *   attempt back, so staff behind one office address are not limited by their own logins.
 * - One answer for every failure (unknown email, wrong password, locked account) that takes the
 *   same time: a password hash is always computed, so neither the message nor the timing tells
 *   whether an account exists or is locked.
 */

export const LOGIN_FAILED_MESSAGE =
  'The email or password is incorrect, or the account is locked for a while after too many failed attempts. Check them and try again later; an admin can unlock an account sooner.'
export const LOGIN_LIMITED_MESSAGE =
  'Too many sign-in attempts from your network. Please wait a few minutes and try again.'
export const LOGIN_FOREIGN_ORIGIN_MESSAGE =
  'Sign in from the admin itself; sign-in requests from other sites are refused.'

const pbkdf2Async = promisify(pbkdf2)
/** What Payload 3 hashes passwords with (pbkdf2-sha256-v1), so a decoy check costs the same. */
const DECOY_HASH = { iterations: 600_000, keyLength: 32 }

const fail = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

/** True when a browser sent this from a page whose origin may not use the admin's cookies. */
function fromForeignOrigin(req: PayloadRequest): boolean {
  if (req.headers.get('sec-fetch-site') === 'cross-site') return true
  const origin = req.headers.get('origin')
  if (!origin) return false
  const allowed = (req.payload.config.csrf ?? []).map((entry) => {
    try {
      return new URL(entry).origin
    } catch {
      return entry
    }
  })
  return !allowed.includes(origin)
}

async function decoyPasswordCheck(password: string): Promise<void> {
  await pbkdf2Async(
    password,
    randomBytes(32).toString('hex'),
    DECOY_HASH.iterations,
    DECOY_HASH.keyLength,
    'sha256',
  )
}

export const loginEndpoint: Endpoint = {
  path: '/login',
  method: 'post',
  handler: async (req) => {
    if (fromForeignOrigin(req)) return fail(403, LOGIN_FOREIGN_ORIGIN_MESSAGE)

    const ipKey = rateLimitKey('login-ip', clientAddressOf(req.headers))
    const windowSeconds = env.LOGIN_LIMIT_WINDOW_MINUTES * 60
    const limit = await hitRateLimit(req.payload, ipKey, env.LOGIN_LIMIT_PER_IP, windowSeconds)
    if (!limit.allowed) return fail(429, LOGIN_LIMITED_MESSAGE)

    await addDataAndFileToRequest(req)
    const data = (req.data ?? {}) as { email?: unknown; password?: unknown }
    const email = typeof data.email === 'string' ? data.email.toLowerCase().trim() : ''
    const password = typeof data.password === 'string' ? data.password : ''
    const collection = req.payload.collections.users

    if (email && password.trim()) {
      // Payload answers an unknown or locked account at once; check a decoy password instead.
      const account = await req.payload.db.findOne<{ id: number; lockUntil?: string | null }>({
        collection: 'users',
        where: { email: { equals: email } },
        select: { lockUntil: true },
      })
      const locked = account?.lockUntil && new Date(account.lockUntil).getTime() > Date.now()
      if (!account || locked) {
        await decoyPasswordCheck(password)
        return fail(401, LOGIN_FAILED_MESSAGE)
      }
    }

    try {
      const result = await loginOperation({
        collection,
        data: { email, password },
        req,
      })
      await refundRateLimit(req.payload, ipKey)
      const cookie = generatePayloadCookie({
        collectionAuthConfig: collection.config.auth,
        cookiePrefix: req.payload.config.cookiePrefix,
        token: result.token!,
      })
      return Response.json(
        { message: req.t('authentication:passed'), ...result },
        { headers: { 'Set-Cookie': cookie } },
      )
    } catch (error) {
      if (error instanceof AuthenticationError || error instanceof LockedAuth) {
        return fail(401, LOGIN_FAILED_MESSAGE)
      }
      throw error
    }
  },
}
