import { describe, expect, it } from 'vitest'

import {
  newsletterMessages,
  newsletterSignupInput,
  newsletterTokenInput,
  parseNewsletterBody,
} from './newsletter'

const parse = (body: unknown) => parseNewsletterBody(newsletterSignupInput, body)

describe('newsletter sign-up body', () => {
  it('normalises the address', () => {
    expect(
      parse({ email: '  Reader@Example.COM ', consent: true, sourcePage: '/articles/x' }),
    ).toEqual({
      ok: true,
      data: { email: 'reader@example.com', consent: true, sourcePage: '/articles/x' },
    })
  })

  it.each([
    [{}, { email: newsletterMessages.emailMissing, consent: newsletterMessages.consentMissing }],
    [{ email: 'x', consent: true }, { email: newsletterMessages.emailInvalid }],
    [{ email: 'a b@example.com', consent: true }, { email: newsletterMessages.emailInvalid }],
    [{ email: 'a@example.com\u0000', consent: true }, { email: newsletterMessages.emailInvalid }],
    [
      { email: `${'a'.repeat(250)}@example.com`, consent: true },
      { email: newsletterMessages.emailTooLong },
    ],
    [{ email: 'a@example.com', consent: 'yes' }, { consent: newsletterMessages.consentMissing }],
    [{ email: 42, consent: true }, { email: newsletterMessages.emailMissing }],
    [{ email: 'a@example.com', consent: true, admin: true }, { body: 'Unexpected field: admin.' }],
    [
      { email: 'a@example.com', consent: true, sourcePage: 'https://evil.example' },
      { sourcePage: newsletterMessages.badSourcePage },
    ],
  ])('explains %j', (body, fieldErrors) => {
    const result = parse(body)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.fieldErrors).toEqual(fieldErrors)
  })

  it('refuses a body that is not an object', () => {
    for (const body of [null, 'email=a@b.c', [], 7]) {
      const result = parse(body)
      expect(result).toMatchObject({
        ok: false,
        fieldErrors: { body: 'The request body must be a JSON object.' },
      })
    }
  })
})

describe('newsletter token', () => {
  it('accepts a 43-character base64url token only', () => {
    expect(parseNewsletterBody(newsletterTokenInput, { token: 'a'.repeat(43) }).ok).toBe(true)
    for (const token of ['', 'a'.repeat(42), `${'a'.repeat(42)}!`, 42]) {
      expect(parseNewsletterBody(newsletterTokenInput, { token })).toMatchObject({
        ok: false,
        fieldErrors: { token: newsletterMessages.badLink },
      })
    }
  })
})
