import { createHmac } from 'node:crypto'

import { sameSecret } from './secrets'

/**
 * Draft preview tokens: "<payload>.<signature>", where the payload names one document and when
 * the token expires. The CMS signs them for signed-in editors; the site and the CMS check them.
 * The key is derived from the shared revalidation secret, for this purpose only.
 */
export interface PreviewClaims {
  collection: 'articles'
  id: number
  slug: string
  /** Expiry, in seconds since the epoch. */
  exp: number
}

const key = (sharedSecret: string) =>
  createHmac('sha256', sharedSecret).update('draft-preview').digest()

export function signPreviewToken(claims: PreviewClaims, sharedSecret: string): string {
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url')
  const signature = createHmac('sha256', key(sharedSecret)).update(payload).digest('base64url')
  return `${payload}.${signature}`
}

/** The claims of a valid, unexpired token; null for anything else. */
export function verifyPreviewToken(
  token: unknown,
  sharedSecret: string,
  now = Date.now(),
): PreviewClaims | null {
  if (typeof token !== 'string' || token.length > 1000) return null
  const [payload, signature, extra] = token.split('.')
  if (!payload || !signature || extra !== undefined) return null
  const expected = createHmac('sha256', key(sharedSecret)).update(payload).digest()
  if (!sameSecret(Buffer.from(signature, 'base64url'), expected)) return null
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as PreviewClaims
    const valid =
      claims.collection === 'articles' &&
      Number.isInteger(claims.id) &&
      typeof claims.slug === 'string' &&
      typeof claims.exp === 'number' &&
      claims.exp * 1000 > now
    return valid ? claims : null
  } catch {
    return null
  }
}

export const PREVIEW_COOKIE = 'sok-preview'
/** How long a preview link from the admin works. */
export const PREVIEW_TTL_SECONDS = 60 * 60

/**
 * An expiry that stays the same for a whole period (seconds since the epoch), at least one and at
 * most two periods ahead: the Live Preview pane's URL, asked for again after every save, changes
 * (and reloads the pane with a fresh token) only once a period.
 */
export function stableExpiry(nowMs = Date.now(), periodSeconds = PREVIEW_TTL_SECONDS): number {
  return (Math.floor(nowMs / 1000 / periodSeconds) + 2) * periodSeconds
}
