import { z } from 'zod'

// These schemas also run in browsers, under Content-Security-Policies without eval. Zod would
// probe for eval (`Function('')`) when a schema is created, which the browser reports as a
// violation; its interpreter is fast enough for a form.
z.config({ jitless: true })

/**
 * What a newsletter sign-up request may contain, checked the same way by the site (its public
 * endpoint) and by the CMS (which stores it). Messages are written for the person filling the form.
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
const EMAIL_PATTERN =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/

export const newsletterSignupInput = z
  .object({
    email: z
      .string({ error: newsletterMessages.emailMissing })
      .trim()
      .min(1, newsletterMessages.emailMissing)
      .max(254, newsletterMessages.emailTooLong)
      .regex(EMAIL_PATTERN, newsletterMessages.emailInvalid)
      .transform((email) => email.toLowerCase()),
    consent: z.literal(true, { error: newsletterMessages.consentMissing }),
    /** The page the form was on, a path on the site. */
    sourcePage: z
      .string({ error: newsletterMessages.badSourcePage })
      .max(300, newsletterMessages.badSourcePage)
      .regex(/^\/[\w\-./~%]*$/, newsletterMessages.badSourcePage)
      .optional(),
    /** A field people never see: bots that fill it in are quietly ignored. */
    website: z
      .string({ error: newsletterMessages.unreadableForm })
      .max(500, newsletterMessages.unreadableForm)
      .optional(),
  })
  .strict()

export type NewsletterSignupInput = z.output<typeof newsletterSignupInput>

/** Confirmation and unsubscribe tokens: 32 random bytes, base64url. */
export const newsletterTokenInput = z
  .object({
    token: z
      .string({ error: newsletterMessages.badLink })
      .regex(/^[A-Za-z0-9_-]{43}$/, newsletterMessages.badLink),
  })
  .strict()

export type NewsletterParseResult<T> =
  { ok: true; data: T } | { ok: false; message: string; fieldErrors: Record<string, string> }

/** Validates a body; on failure, one message per field, in words a person understands. */
export function parseNewsletterBody<T>(
  schema: z.ZodType<T>,
  body: unknown,
): NewsletterParseResult<T> {
  const parsed = schema.safeParse(body)
  if (parsed.success) return { ok: true, data: parsed.data }
  const fieldErrors: Record<string, string> = {}
  for (const issue of parsed.error.issues) {
    const field = issue.path.length ? String(issue.path[0]) : 'body'
    const message =
      issue.code === 'unrecognized_keys'
        ? `Unexpected field: ${issue.keys.join(', ')}.`
        : issue.code === 'invalid_type' && issue.path.length === 0
          ? 'The request body must be a JSON object.'
          : issue.message
    fieldErrors[field] ??= message
  }
  return { ok: false, message: Object.values(fieldErrors).join(' '), fieldErrors }
}

/** What the sign-up endpoints answer, success or not. */
export interface NewsletterAnswer {
  ok: boolean
  message: string
  fieldErrors?: Record<string, string>
}
