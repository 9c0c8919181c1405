import { sameSitePath } from '@sok/content/same-site-path'

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:'])
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/

export interface SafeLink {
  href: string
  external: boolean
}

/**
 * A link from the CMS (rich text, site settings, references) that is safe to render, or null.
 * Paths of this site must pass `sameSitePath`; otherwise http(s), mailto and tel are kept, and
 * `javascript:`, `data:`, protocol-relative `//host`, control characters and anything
 * unparseable are dropped.
 */
export function safeLink(raw: unknown, siteOrigin: string): SafeLink | null {
  if (typeof raw !== 'string') return null
  // Editors paste addresses with stray spaces around them; inside a link, nothing is forgiven.
  const href = raw.trim()
  if (!href || CONTROL.test(href)) return null
  if (href.startsWith('#')) return /\s/u.test(href) ? null : { href, external: false }
  if (href.startsWith('/') || href.startsWith('\\')) {
    const path = sameSitePath(href)
    return path ? { href: path, external: false } : null
  }
  let url: URL
  try {
    url = new URL(href)
  } catch {
    return null
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return null
  const external =
    (url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== siteOrigin
  return { href: url.toString(), external }
}

/** A path on this site to send a visitor back to (never another site), without query or hash. */
export function safeReturnPath(value: unknown): string {
  const path = sameSitePath(value)
  if (!path) return '/'
  const { pathname } = new URL(path, 'https://site.invalid')
  return pathname.length <= 300 ? pathname : '/'
}
