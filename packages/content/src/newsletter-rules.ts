/**
 * The newsletter form's rules and messages without a validation library, so the browser can
 * check a sign-up before sending it without downloading one. The full schema in newsletter.ts
 * (zod, on the site's and the CMS's servers) is built from these same rules and messages.
 */
export const newsletterMessages = {
  emailMissing: 'Enter your email address.',
  emailInvalid: 'Enter a valid email address, like name@example.com.',
  emailTooLong: 'That email address is too long.',
  consentMissing: 'Please tick the box to agree to receive the newsletter.',
  tooMany: 'Too many sign-up attempts. Please wait a few minutes and try again.',
  badLink: 'This link is not valid. Please use the link from your most recent email.',
  usedOrExpired: 'This link has expired or was already used.',
  badSourcePage: 'The page address must be a path on this site, like /articles/some-article.',
  unreadableForm: 'The form could not be read. Please reload the page and try again.',
} as const

// Letters, digits and the usual address punctuation only: no spaces or control characters.
export const EMAIL_PATTERN =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/
export const EMAIL_MAX_LENGTH = 254

/** The field errors a person can fix in the form (address and consent), in form order. */
export function checkSignupFields(fields: {
  email: string
  consent: boolean
}): Record<string, string> {
  const errors: Record<string, string> = {}
  const email = fields.email.trim()
  if (!email) errors.email = newsletterMessages.emailMissing
  else if (email.length > EMAIL_MAX_LENGTH) errors.email = newsletterMessages.emailTooLong
  else if (!EMAIL_PATTERN.test(email)) errors.email = newsletterMessages.emailInvalid
  if (fields.consent !== true) errors.consent = newsletterMessages.consentMissing
  return errors
}
