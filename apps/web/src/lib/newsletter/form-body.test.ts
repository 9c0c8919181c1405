import { describe, expect, it } from 'vitest'

import { formToSignup, safeReturnPath } from './form-body'

describe('formToSignup', () => {
  it('reads a ticked checkbox as consent', () => {
    const form = new URLSearchParams('email=a%40example.com&consent=on&sourcePage=%2Farticles%2Fx')
    expect(formToSignup(form)).toEqual({
      email: 'a@example.com',
      consent: true,
      sourcePage: '/articles/x',
    })
  })

  it('treats a missing checkbox as no consent and keeps the honeypot', () => {
    expect(formToSignup(new URLSearchParams('email=a%40example.com&website=spam'))).toEqual({
      email: 'a@example.com',
      consent: false,
      website: 'spam',
    })
  })
})

describe('safeReturnPath', () => {
  it.each([
    ['/articles/x', '/articles/x'],
    ['/articles/x?newsletter=ok#newsletter', '/articles/x'],
    ['https://evil.example', '/'],
    ['//evil.example', '/'],
    [undefined, '/'],
  ])('%s → %s', (value, path) => {
    expect(safeReturnPath(value)).toBe(path)
  })
})
