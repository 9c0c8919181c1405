import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

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

const unsubscribeKey = createHmac('sha256', env.PAYLOAD_SECRET)
  .update('newsletter-unsubscribe-link')
  .digest()

const unsubscribeMac = (signupId: number, version: number) =>
  createHmac('sha256', unsubscribeKey).update(`${signupId}:${version}`).digest().subarray(0, 24)

/**
 * The unsubscribe link of one reader in a newsletter: the sign-up's id and link version, signed.
 * Nothing is stored per email, so a link keeps working after the delivery records are deleted;
 * unsubscribing bumps the version, which retires every link sent before. 32 bytes, base64url: the
 * same shape as the random tokens, so the site needs no second format.
 */
export function signedUnsubscribeToken(signupId: number, version: number): string {
  const token = Buffer.alloc(32)
  token.writeUInt32BE(signupId, 0)
  token.writeUInt32BE(version, 4)
  unsubscribeMac(signupId, version).copy(token, 8)
  return token.toString('base64url')
}

/** The sign-up a signed unsubscribe token names, or null when the signature does not match. */
export function readSignedUnsubscribeToken(
  token: string,
): { signupId: number; version: number } | null {
  const bytes = Buffer.from(token, 'base64url')
  if (bytes.length !== 32) return null
  const signupId = bytes.readUInt32BE(0)
  const version = bytes.readUInt32BE(4)
  const valid = timingSafeEqual(bytes.subarray(8), unsubscribeMac(signupId, version))
  return valid ? { signupId, version } : null
}
