'use client'

import type { NewsletterAnswer } from '@sok/content/newsletter'
import { checkSignupFields } from '@sok/content/newsletter-rules'
import { usePathname } from 'next/navigation'
import { type FormEvent, useEffect, useId, useRef, useState } from 'react'

import styles from './NewsletterForm.module.css'

interface Props {
  successMessage: string
  errorMessage: string
  /** The page the sign-up is credited to; the current page when not given. */
  sourcePage?: string
  /** The field error to show at once (the no-JavaScript result page after a bad address). */
  initialEmailError?: string
}

class SignupError extends Error {
  constructor(readonly answer: NewsletterAnswer) {
    super(answer.message)
  }
}

async function sendSignup(body: Record<string, unknown>): Promise<NewsletterAnswer> {
  const response = await fetch('/api/newsletter', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  const answer = (await response.json().catch(() => null)) as NewsletterAnswer | null
  if (!response.ok || !answer?.ok) {
    throw new SignupError(
      answer ?? { ok: false, message: 'The newsletter service did not answer.' },
    )
  }
  return answer
}

type Sending = { status: 'idle' | 'pending' | 'success' } | { status: 'error'; error: unknown }

/** A field's error message, which the field names in its `aria-describedby`. */
function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null
  return (
    <p id={id} className={styles.fieldError}>
      {message}
    </p>
  )
}

/**
 * The newsletter form. With JavaScript it sends in place and shows pending, success and error
 * states; without it, the same form posts to /api/newsletter, which answers with a page showing
 * the outcome and a link back. It is on every page, so it carries no library of its own: one
 * request and its three states need neither React Query nor a schema library (the browser check
 * shares its rules with the servers' schema, see @sok/content/newsletter-rules).
 */
export function NewsletterForm({
  successMessage,
  errorMessage,
  sourcePage,
  initialEmailError,
}: Props) {
  const id = useId()
  const pathname = usePathname()
  const page = sourcePage ?? pathname
  const [email, setEmail] = useState('')
  const [consent, setConsent] = useState(false)
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>(
    initialEmailError ? { email: initialEmailError } : {},
  )
  const [sending, setSending] = useState<Sending>({ status: 'idle' })
  const formRef = useRef<HTMLFormElement>(null)
  // Without JavaScript the browser's own checks keep what was typed; with it, ours explain more.
  useEffect(() => {
    if (formRef.current) formRef.current.noValidate = true
  }, [])

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (sending.status === 'pending') return
    const website = new FormData(event.currentTarget).get('website')
    const body = { email, consent, sourcePage: page, ...(website ? { website } : {}) }
    const errors = checkSignupFields({ email, consent })
    setFieldErrors(errors)
    if (Object.keys(errors).length > 0) return
    setSending({ status: 'pending' })
    sendSignup(body).then(
      () => setSending({ status: 'success' }),
      (error: unknown) => {
        if (error instanceof SignupError && error.answer.fieldErrors)
          setFieldErrors(error.answer.fieldErrors)
        setSending({ status: 'error', error })
      },
    )
  }

  const error = sending.status === 'error' ? sending.error : null
  const failed = error !== null && !(error instanceof SignupError && error.answer.fieldErrors)
  const rateLimited = error instanceof SignupError && /Too many/.test(error.answer.message)
  const pending = sending.status === 'pending'
  /** Marks a field invalid and points screen readers at its message, while it has one. */
  /** A field's id and name, and the link to its error message while it has one. */
  const fieldProps = (field: 'email' | 'consent') => ({
    id: `${id}-${field}`,
    name: field,
    ...(fieldErrors[field]
      ? { 'aria-invalid': true, 'aria-describedby': `${id}-${field}-error` }
      : {}),
  })

  return (
    <>
      {sending.status === 'success' ? (
        <p role="status" className={styles.success}>
          {successMessage}
        </p>
      ) : (
        <form ref={formRef} action="/api/newsletter" method="post" onSubmit={onSubmit}>
          <input type="hidden" name="sourcePage" value={page} />
          {/* Hidden from people; bots that fill it in are quietly ignored. */}
          <div className={styles.trap} aria-hidden="true">
            <label htmlFor={`${id}-website`}>Leave this field empty</label>
            <input
              id={`${id}-website`}
              name="website"
              type="text"
              tabIndex={-1}
              autoComplete="off"
            />
          </div>
          <div className={styles.field}>
            <label htmlFor={`${id}-email`}>Email address</label>
            <input
              {...fieldProps('email')}
              type="email"
              autoComplete="email"
              required
              value={email}
              onChange={(event) => setEmail(event.target.value)}
            />
            <FieldError id={`${id}-email-error`} message={fieldErrors.email} />
          </div>
          <div className={`${styles.field} ${styles.checkbox}`}>
            <input
              {...fieldProps('consent')}
              type="checkbox"
              required
              checked={consent}
              onChange={(event) => setConsent(event.target.checked)}
            />
            <label htmlFor={`${id}-consent`}>
              I agree to receive the newsletter by email. I can unsubscribe at any time.
            </label>
            <FieldError id={`${id}-consent-error`} message={fieldErrors.consent} />
          </div>
          <button type="submit" className="button" disabled={pending} aria-busy={pending}>
            {pending ? 'Signing you up…' : 'Sign up'}
          </button>
          {failed && (
            <p role="alert" className="error-text">
              {rateLimited ? error.answer.message : errorMessage}
            </p>
          )}
        </form>
      )}
    </>
  )
}
