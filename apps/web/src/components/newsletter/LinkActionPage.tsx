import type { Metadata } from 'next'
import Link from 'next/link'

import { confirmSubscription, type LinkStep, unsubscribe } from './link-actions'

const actions = { confirm: confirmSubscription, unsubscribe }

/** A link page's props: the token from the email, and the result after the button press. */
export interface LinkPageProps {
  searchParams: Promise<{ token?: string; result?: string }>
}

/** Kept out of search engines: each page only means something with a token. */
export const linkPageMetadata = (title: string): Metadata => ({
  title,
  robots: { index: false, follow: false },
})

interface Props extends LinkPageProps {
  step: LinkStep
  text: {
    title: string
    intro: string
    button: string
    done: { title: string; body: string }
  }
}

/**
 * A page that a link in an email opens. Following the link changes nothing (mail scanners follow
 * links); the visitor's button press sends the POST that confirms or unsubscribes.
 */
export async function LinkActionPage({ step, searchParams, text }: Props) {
  const { token, result } = await searchParams
  if (result === 'done') {
    return <Notice title={text.done.title} body={text.done.body} />
  }
  if (result === 'error') {
    return (
      <Notice
        title="Something went wrong"
        body="We could not reach the newsletter service. Please try the link again in a few minutes."
      />
    )
  }
  if (result === 'invalid' || !token || !/^[A-Za-z0-9_-]{43}$/.test(token)) {
    return (
      <Notice
        title="This link no longer works"
        body="It has expired or was already used. If you still want to change your subscription, use the link in your most recent email, or sign up again."
      />
    )
  }
  return (
    <section className="notice">
      <h1>{text.title}</h1>
      <p>{text.intro}</p>
      <form action={actions[step]}>
        <input type="hidden" name="token" value={token} />
        <button type="submit" className="button">
          {text.button}
        </button>
      </form>
    </section>
  )
}

function Notice({ title, body }: { title: string; body: string }) {
  return (
    <section className="notice" role="status">
      <h1>{title}</h1>
      <p>{body}</p>
      <p>
        <Link href="/">Go to the latest articles</Link>
      </p>
    </section>
  )
}
