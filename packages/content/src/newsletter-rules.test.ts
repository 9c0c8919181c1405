import { describe, expect, it } from 'vitest'

import { newsletterSignupInput, parseNewsletterBody } from './newsletter'
import { checkSignupFields } from './newsletter-rules'

describe('checkSignupFields (the browser check)', () => {
  const cases = [
    { email: 'reader@example.com', consent: true },
    { email: '  Reader@Example.COM ', consent: true },
    { email: '', consent: true },
    { email: 'not an address', consent: true },
    { email: 'a@b', consent: true },
    { email: `${'a'.repeat(250)}@example.com`, consent: true },
    { email: 'reader@example.com', consent: false },
    { email: '', consent: false },
  ]

  it.each(cases)('agrees with the servers’ schema for %j', (fields) => {
    const server = parseNewsletterBody(newsletterSignupInput, fields)
    expect(checkSignupFields(fields)).toEqual(server.ok ? {} : server.fieldErrors)
  })
})
