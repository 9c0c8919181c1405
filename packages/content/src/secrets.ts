import { timingSafeEqual } from 'node:crypto'

/** Compares a secret or signature in constant time; a missing value never matches. */
export function sameSecret(
  given: string | Buffer | null | undefined,
  expected: string | Buffer,
): boolean {
  if (given === null || given === undefined || given.length === 0) return false
  const a = Buffer.isBuffer(given) ? given : Buffer.from(given)
  const b = Buffer.isBuffer(expected) ? expected : Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}
