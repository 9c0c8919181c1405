import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { offSitePieces } from './off-site-pieces'
import { sameSitePath } from './same-site-path'

const SITE = 'https://site.example'

/** Where a browser on our site goes when it follows `path` as a Location or an href. */
const destination = (path: string) => new URL(path, `${SITE}/articles/here`)

describe('sameSitePath refuses every way off the site', () => {
  it.each([
    // Protocol-relative and backslash forms browsers read as another host.
    '//evil.example',
    '//evil.example/path',
    '///evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    '\\/evil.example',
    '/\\/evil.example',
    '/articles\\..\\..\\evil',
    // The same, percent-encoded (once, twice, mixed case).
    '/%5Cevil.example',
    '/%5cevil.example',
    '/%2F%2Fevil.example',
    '/%2f/evil.example',
    '/%2Fevil.example',
    '/%252F%252Fevil.example',
    '/%255Cevil.example',
    '/%25252F%25252Fevil.example',
    // Dot segments that the URL parser turns into a protocol-relative path.
    '/.//evil.example',
    '/..//evil.example',
    '/articles/../..//evil.example',
    '/%2e%2e//evil.example',
    // Control characters: browsers drop tabs and newlines anywhere in a URL.
    '/\t/evil.example',
    '/\n/evil.example',
    '/\r/evil.example',
    '/\u0000evil',
    '/\u007f',
    '/\u0085',
    '/%09/evil.example',
    '/%0A/evil.example',
    '/%0d%0aSet-Cookie:x=1',
    '/%00',
    '/%2509/evil.example',
    // White space tricks.
    ' //evil.example',
    ' /articles',
    '/articles ',
    '/ /evil.example',
    '/\u00a0/evil.example',
    '/\u2028/evil.example',
    '/\u3000evil',
    '\ufeff//evil.example',
    // Other schemes, hosts and relative forms.
    'https://evil.example',
    'http:evil.example',
    'https:/evil.example',
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'mailto:a@example.com',
    'evil.example',
    'articles/x',
    '?q=1',
    '#top',
    '.',
    '',
    // Malformed or endless encoding.
    '/%',
    '/%E0%A4%A',
    '/%zz',
    '/%2525252F',
    `/${'a'.repeat(3000)}`,
  ])('refuses %j', (raw) => {
    expect(sameSitePath(raw)).toBeNull()
  })

  it.each([undefined, null, 42, ['/'], { path: '/' }])('refuses a non-string %j', (raw) => {
    expect(sameSitePath(raw)).toBeNull()
  })
})

describe('sameSitePath keeps paths of this site', () => {
  it.each([
    ['/', '/'],
    ['/articles/ketamine-and-sleep', '/articles/ketamine-and-sleep'],
    ['/search?q=side%20effects', '/search?q=side%20effects'],
    ['/articles/x?newsletter=ok#newsletter', '/articles/x?newsletter=ok#newsletter'],
    ['/categories/science?page=2', '/categories/science?page=2'],
    ['/articles/caf%C3%A9', '/articles/caf%C3%A9'],
    ['/articles/café', '/articles/caf%C3%A9'],
    ['/articles/../faq', '/faq'],
    ['/faq#faq-science', '/faq#faq-science'],
    ['/a:b', '/a:b'],
    ['/javascript:alert(1)', '/javascript:alert(1)'],
    ['/search?q=a/b', '/search?q=a/b'],
  ])('%j → %j', (raw, path) => {
    expect(sameSitePath(raw)).toBe(path)
  })
})

describe('sameSitePath, for any input', () => {
  // Strings built from the characters attackers combine (percent-encodings from their parts),
  // plus anything at all.
  const tricky = fc.constantFrom(...offSitePieces, '%', '2F', '2f', '5C', '5c', '25', '09', '0A')
  const anyInput = fc.oneof(
    fc.array(tricky, { maxLength: 12 }).map((parts) => parts.join('')),
    fc.array(tricky, { maxLength: 12 }).map((parts) => `/${parts.join('')}`),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.webUrl(),
  )

  it('only ever returns a path that a browser resolves to this site, stable when checked again', () => {
    fc.assert(
      fc.property(anyInput, (raw) => {
        const path = sameSitePath(raw)
        if (path === null) return
        expect(destination(path).origin).toBe(SITE)
        expect(path.startsWith('/') && !path.startsWith('//')).toBe(true)
        // Decoded once more (e.g. read back from a query parameter), it is still safe.
        expect(sameSitePath(path)).toBe(path)
        const decoded = decodeURIComponent(path)
        if (!/\s/u.test(decoded)) expect(sameSitePath(decoded)).not.toBeNull()
      }),
      { numRuns: 1000 },
    )
    // A loaded CI machine runs a thousand properties slowly; the bound is only against hanging.
  }, 60_000)

  it('keeps every ordinary site path', () => {
    const segment = fc.stringMatching(/^[a-z0-9-]{1,20}$/)
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 5 }), (segments) => {
        const path = `/${segments.join('/')}`
        expect(sameSitePath(path)).toBe(path)
      }),
    )
  })
})
