import { commonSecurityHeaders, newNonce } from '@sok/content/security-headers'

export { newNonce }

/**
 * The site's security headers, as pure functions of its configuration (the proxy and
 * next.config apply them; the tests read them).
 *
 * Content-Security-Policy, and why it has two forms: a nonce only works on a page rendered for
 * each request (Next stamps it on its scripts while rendering). Article and author pages are
 * rendered once and served from the cache (ISR), so their HTML cannot carry a fresh nonce, and
 * Next's inline scripts on them (the streamed page data, `self.__next_f.push(…)`) differ per page,
 * so no fixed hash fits either. Those cached pages get `script-src 'self' 'unsafe-inline'`; every
 * page rendered per request gets a nonce with 'strict-dynamic', which ignores inline script
 * without the nonce. Neither form allows `eval` outside development.
 */

export interface CspOptions {
  /** Where browsers reach the CMS: images, search as you type, and the only frame ancestor. */
  cmsOrigin: string
  /** A fresh nonce for a page rendered for this request; absent for cached (ISR) pages. */
  nonce?: string
  /** `next dev`: React needs eval for its error overlay, Next injects styles while editing. */
  development: boolean
  /** The site is served over https: ask browsers to upgrade any http subresource. */
  https: boolean
}

/** `next/image` writes `style="color:transparent"` on every image; only that attribute is allowed. */
const NEXT_IMAGE_STYLE_HASH = "'sha256-zlqnbDt84zf1iSefLU/ImC54isoprH/MRiVZGskwexk='"

export function contentSecurityPolicy({ cmsOrigin, nonce, development, https }: CspOptions) {
  const scripts = development
    ? ["'self'", "'unsafe-inline'", "'unsafe-eval'"]
    : nonce
      ? ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]
      : ["'self'", "'unsafe-inline'"]
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': scripts,
    'style-src': development ? ["'self'", "'unsafe-inline'"] : ["'self'"],
    'style-src-attr': development
      ? ["'unsafe-inline'"]
      : ["'unsafe-hashes'", NEXT_IMAGE_STYLE_HASH],
    'img-src': ["'self'", 'data:', cmsOrigin],
    'font-src': ["'self'"],
    'connect-src': ["'self'", cmsOrigin],
    'frame-src': ["'none'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    // Only the admin may show the site in a frame (live preview); no one else can clickjack it.
    'frame-ancestors': [cmsOrigin],
    ...(https ? { 'upgrade-insecure-requests': [] } : {}),
  }
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ')
}

/** A policy for answers that are not pages (JSON, redirects): nothing may load or frame them. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'"

/** Headers for every answer of the site, pages, files and API alike. */
export const staticSecurityHeaders = commonSecurityHeaders

/**
 * Pages served from the cache (ISR), which cannot carry a per-request nonce: article and author
 * pages (`generateStaticParams` in their folders).
 */
export const isCachedPage = (pathname: string) => /^\/(articles|authors)\/[^/]+\/?$/.test(pathname)
