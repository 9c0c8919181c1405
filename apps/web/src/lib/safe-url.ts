const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:'])

export interface SafeLink {
  href: string
  external: boolean
}

/**
 * A link from rich text that is safe to render, or null. Relative links and http(s), mailto and
 * tel are kept; `javascript:`, `data:` and anything unparseable are dropped.
 */
export function safeLink(raw: unknown, siteOrigin: string): SafeLink | null {
  if (typeof raw !== 'string') return null
  // Browsers ignore control characters and spaces inside a scheme ("java\tscript:").
  // eslint-disable-next-line no-control-regex
  const href = raw.replace(/[\u0000-\u0020\u007f]/g, (c) => (c === ' ' ? '%20' : ''))
  if (!href) return null
  if (href.startsWith('#') || (href.startsWith('/') && !href.startsWith('//'))) {
    return { href, external: false }
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
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) return '/'
  return value.split('#')[0]!.split('?')[0]!.slice(0, 300) || '/'
}
