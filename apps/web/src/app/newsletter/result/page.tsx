import { newsletterMessages } from '@sok/content/newsletter'
import type { Metadata } from 'next'
import Link from 'next/link'

import { NewsletterForm } from '@/components/newsletter/NewsletterForm'
import { content } from '@/lib/content'
import { safeReturnPath } from '@/lib/safe-url'

export const metadata: Metadata = {
  title: 'Newsletter',
  robots: { index: false, follow: false },
}

const KNOWN_MESSAGES = new Set<string>(Object.values(newsletterMessages))

interface Props {
  searchParams: Promise<{ status?: string; back?: string; message?: string }>
}

/**
 * Where a sign-up sent without JavaScript lands: the outcome in the words from site settings, the
 * form again when something needs fixing, and the way back to the page the visitor was reading.
 */
export default async function NewsletterResultPage({ searchParams }: Props) {
  const { status, back, message: given } = await searchParams
  const returnTo = safeReturnPath(back)
  // The address bar is anyone's to write: only our own messages are shown, never its text.
  const message = KNOWN_MESSAGES.has(given ?? '') ? given : undefined
  const { newsletter } = await content.siteSettings()
  const title =
    status === 'ok' ? 'Thank you' : status === 'invalid' ? 'Please check your details' : 'Sorry'
  const text =
    status === 'ok'
      ? newsletter.successMessage
      : status === 'limited' && message
        ? message
        : status === 'invalid'
          ? 'The sign-up could not be sent as it was.'
          : newsletter.errorMessage
  return (
    <section className="notice newsletter">
      <h1>{title}</h1>
      <p role={status === 'ok' ? 'status' : 'alert'}>{text}</p>
      {status !== 'ok' && (
        <NewsletterForm
          successMessage={newsletter.successMessage}
          errorMessage={newsletter.errorMessage}
          sourcePage={returnTo}
          initialEmailError={status === 'invalid' ? message : undefined}
        />
      )}
      <p>
        <Link href={returnTo}>Back to where you were</Link>
      </p>
    </section>
  )
}
