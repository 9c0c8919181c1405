import { z } from 'zod'

import { EMAIL_MAX_LENGTH, EMAIL_PATTERN, newsletterMessages } from './newsletter-rules'

export { newsletterMessages }

// These schemas also run in browsers, under Content-Security-Policies without eval. Zod would
// probe for eval (`Function('')`) when a schema is created, which the browser reports as a
// violation; its interpreter is fast enough for a form.
z.config({ jitless: true })

/**
 * What a newsletter sign-up request may contain, checked the same way by the site (its public
 * endpoint) and by the CMS (which stores it). Messages are written for the person filling the form.
 */
export const newsletterSignupInput = z
  .object({
    email: z
      .string({ error: newsletterMessages.emailMissing })
      .trim()
      .min(1, newsletterMessages.emailMissing)
      .max(EMAIL_MAX_LENGTH, newsletterMessages.emailTooLong)
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
