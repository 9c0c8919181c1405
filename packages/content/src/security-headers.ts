/**
 * The security headers both apps send on every answer, and their nonces. Each app adds its own
 * Content-Security-Policy (apps/web/src/lib/security-headers.ts, apps/cms/src/security/headers.ts).
 */

/** Powerful browser features neither app uses, switched off for it and anything it embeds. */
export const PERMISSIONS_POLICY = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'usb',
  'browsing-topics',
]
  .map((feature) => `${feature}=()`)
  .join(', ')

/** nosniff, the referrer policy, the permissions policy and, in production, HSTS. */
export function commonSecurityHeaders({ production }: { production: boolean }) {
  return [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
    // Browsers only honour it over https; a production app is always reached that way.
    ...(production
      ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }]
      : []),
  ]
}

/** A nonce: 128 random bits, base64. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64')
}

/**
 * The headers a Next proxy gives a page: its Content-Security-Policy on the answer, and, when the
 * policy carries a nonce, on the request too, where Next reads the nonce and stamps it on every
 * script it renders.
 */
export function pagePolicyHeaders(
  requestHeaders: Headers,
  policy: string,
  { nonced }: { nonced: boolean },
): { request: Headers; response: Headers } {
  const request = new Headers(requestHeaders)
  if (nonced) request.set('Content-Security-Policy', policy)
  return { request, response: new Headers({ 'Content-Security-Policy': policy }) }
}
