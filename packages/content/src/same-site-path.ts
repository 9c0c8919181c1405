/**
 * The one decision "is this a path on our own site?", for every place that sends a visitor
 * somewhere named by input: redirects (preview exit, the newsletter result page), links from rich
 * text and site settings. Browsers are forgiving in ways attackers use: they drop tabs and
 * newlines anywhere in a URL, strip leading spaces and control characters, read `\` as `/`, and
 * take `//host` (or `/\host`) as another site. So anything that a browser could read as leaving
 * the site is refused here rather than cleaned up.
 */

const ORIGIN = 'https://same-site.invalid'
const MAX_LENGTH = 2048
/** How many layers of percent-encoding are unwrapped to look for a hidden `//` or `\`. */
const MAX_DECODES = 3

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/
const WHITE_SPACE = /\s/u

/** What no layer may show, raw or decoded: a way off the site, a backslash, a control character. */
function leavesTheSite(path: string): boolean {
  return !path.startsWith('/') || path.startsWith('//') || path.includes('\\') || CONTROL.test(path)
}

/** True when `path` and each layer of percent-decoding under it stay on the site. */
function staysOnTheSite(path: string): boolean {
  let layer = path
  for (let depth = 0; depth <= MAX_DECODES; depth++) {
    if (leavesTheSite(layer)) return false
    if (!layer.includes('%')) return true
    try {
      layer = decodeURIComponent(layer)
    } catch {
      // Malformed percent-encoding: no page of ours links like that.
      return false
    }
  }
  return false
}

/**
 * The same-site path in `raw` (path, query and fragment, as the URL parser normalises them), or
 * null when `raw` is not one: not a string, empty or too long, not starting with a single `/`,
 * another scheme, white space, a backslash or a control character anywhere (control characters
 * and backslashes also when percent-encoded), or percent-encoding that hides a way off the site
 * (`/%2F%2Fevil`, `/%5Cevil`). Dot segments are resolved first, so `/..//evil` is refused too.
 */
export function sameSitePath(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_LENGTH) return null
  // Browsers strip white space ("/\t/evil" is "//evil"); no link of ours contains it raw.
  if (WHITE_SPACE.test(raw) || !staysOnTheSite(raw)) return null
  let url: URL
  try {
    url = new URL(raw, ORIGIN)
  } catch {
    return null
  }
  // The URL parser must agree, and what it made of the path must pass the same checks.
  if (url.origin !== ORIGIN) return null
  const path = `${url.pathname}${url.search}${url.hash}`
  return staysOnTheSite(path) ? path : null
}
