import { commonSecurityHeaders, newNonce } from '@sok/content/security-headers'

export { newNonce }

/**
 * The CMS's security headers, as pure functions of its configuration: `src/proxy.ts` sets the
 * admin's Content-Security-Policy per request (with a nonce), next.config sets the rest.
 *
 * What Payload's admin forces, and why (checked in Chromium by tests/e2e/security-headers):
 * - `style-src 'unsafe-inline'`: the admin's components (react-select's emotion styles, Lexical,
 *   drawers and the upload cropper) insert <style> elements and style attributes at run time,
 *   with no way to hand them a nonce.
 * - `img-src data: blob:`: upload previews and the image cropper show files before they are saved.
 * Scripts need no relaxation: every admin page is rendered per request, so Next stamps its
 * nonce on them, and 'strict-dynamic' trusts the chunks they load. No `eval` outside development.
 */

export interface AdminCspOptions {
  /** A fresh nonce for this request's page. */
  nonce: string
  /** The site's origin: live preview shows it in a frame inside the admin. */
  siteOrigin: string
  /** `next dev`: React needs eval for its error overlay. */
  development: boolean
}

export function adminContentSecurityPolicy({ nonce, siteOrigin, development }: AdminCspOptions) {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': development
      ? ["'self'", "'unsafe-inline'", "'unsafe-eval'"]
      : ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'media-src': ["'self'", 'blob:'],
    'worker-src': ["'self'", 'blob:'],
    'frame-src': ["'self'", siteOrigin],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'self'"],
  }
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ')
}

/** JSON answers: nothing may load or frame them. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'"

/**
 * Uploaded files: even an HTML or SVG file that got past the upload checks cannot run script on
 * the CMS's origin (sandbox), and is shown as an image or not at all.
 */
export const UPLOAD_CONTENT_SECURITY_POLICY =
  "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox; frame-ancestors 'self'"

/** Headers for every answer of the CMS: admin, API and uploaded files. */
export function staticSecurityHeaders({ production }: { production: boolean }) {
  return [
    ...commonSecurityHeaders({ production }),
    // Older browsers without frame-ancestors: the admin is only ever framed by itself.
    { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  ]
}
