import { createHash, createHmac, randomBytes } from 'node:crypto'

import { env } from '@/env'

/** A new single-use token for a link in an email, and the hash that is stored instead of it. */
export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url')
  return { token, hash: hashToken(token) }
}

/** Tokens carry 256 random bits, so a plain SHA-256 is enough to make the stored value useless. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

const hashKey = createHmac('sha256', env.PAYLOAD_SECRET).update('newsletter-rate-limit').digest()

/** A keyed hash of an IP or address: comparable across requests, not reversible without the key. */
export function keyedHash(value: string): string {
  return createHmac('sha256', hashKey).update(value).digest('base64url')
}
