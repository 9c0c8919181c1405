import { describe, expect, it } from 'vitest'

import { formToSignup } from './form-body'

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
