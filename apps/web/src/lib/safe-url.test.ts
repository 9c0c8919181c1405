import { describe, expect, it } from 'vitest'

import { safeLink, safeReturnPath } from './safe-url'

const site = 'https://scienceofketamine.example'

describe('safeLink', () => {
  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//evil.example/path',
    '/\\evil.example',
    '\\\\evil.example',
    '/%5Cevil.example',
    '/%2F%2Fevil.example',
    '/\t/evil.example',
    '/..//evil.example',
    '#top\nx',
    '',
    'not a url',
  ])('drops %j', (href) => {
    expect(safeLink(href, site)).toBeNull()
  })

  it('drops values that are not strings', () => {
    expect(safeLink(undefined, site)).toBeNull()
    expect(safeLink({ href: '/' }, site)).toBeNull()
  })

  it('keeps relative links and fragments as internal', () => {
    expect(safeLink('/articles/x', site)).toEqual({ href: '/articles/x', external: false })
    expect(safeLink('#references', site)).toEqual({ href: '#references', external: false })
  })

  it('marks other sites as external and keeps same-site absolute links internal', () => {
    expect(safeLink('https://doi.org/10.1038/x', site)).toEqual({
      href: 'https://doi.org/10.1038/x',
      external: true,
    })
    expect(safeLink(`${site}/faq`, site)).toEqual({ href: `${site}/faq`, external: false })
  })

  it('keeps mailto and tel links', () => {
    expect(safeLink('mailto:team@example.com', site)?.href).toBe('mailto:team@example.com')
    expect(safeLink('tel:+441234567890', site)?.href).toBe('tel:+441234567890')
  })
})

describe('safeReturnPath', () => {
  it.each([
    ['/articles/x', '/articles/x'],
    ['/articles/x?newsletter=ok#newsletter', '/articles/x'],
    ['https://evil.example', '/'],
    ['//evil.example', '/'],
    // What /api/preview/exit?path=/%5Cevil.example and friends arrive as, once decoded.
    ['/\\evil.example', '/'],
    ['/\t/evil.example', '/'],
    ['/\n/evil.example', '/'],
    ['/%2F%2Fevil.example', '/'],
    ['/%5Cevil.example', '/'],
    ['/.//evil.example', '/'],
    [' //evil.example', '/'],
    ['javascript:alert(1)', '/'],
    [`/${'a'.repeat(400)}`, '/'],
    [undefined, '/'],
  ])('%s → %s', (value, path) => {
    expect(safeReturnPath(value)).toBe(path)
  })
})
