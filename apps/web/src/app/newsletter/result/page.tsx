import type { Metadata } from 'next'
import Link from 'next/link'

import { NewsletterForm } from '@/components/newsletter/NewsletterForm'
import { content } from '@/lib/content'
import { safeReturnPath } from '@/lib/safe-url'

export const metadata: Metadata = {
  title: 'Newsletter',
  robots: { index: false, follow: false },
}

interface Props {
  searchParams: Promise<{ status?: string; back?: string; message?: string }>
}

/**
 * Where a sign-up sent without JavaScript lands: the outcome in the words from site settings, the
 * form again when something needs fixing, and the way back to the page the visitor was reading.
 */
export default async function NewsletterResultPage({ searchParams }: Props) {
  const { status, back, message } = await searchParams
  const returnTo = safeReturnPath(back)
  const { newsletter } = await content.siteSettings()
  const title =
    status === 'ok' ? 'Thank you' : status === 'invalid' ? 'Please check your details' : 'Sorry'
  const text =
    status === 'ok'
      ? newsletter.successMessage
      : status === 'limited' && message
        ? message.slice(0, 200)
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
          initialEmailError={status === 'invalid' && message ? message.slice(0, 200) : undefined}
        />
      )}
      <p>
        <Link href={returnTo}>Back to where you were</Link>
      </p>
    </section>
  )
}
