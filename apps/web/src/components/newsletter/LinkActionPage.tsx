import type { Metadata } from 'next'
import Link from 'next/link'

import { confirmSubscription, type LinkStep, unsubscribe } from './link-actions'

const actions = { confirm: confirmSubscription, unsubscribe }

/** What each page says: before the button press, and once the CMS has done it. */
const WORDS = {
  confirm: {
    tab: 'Confirm your subscription',
    title: 'Confirm your subscription',
    intro: 'One more step: press the button to start receiving the Science of Ketamine newsletter.',
    button: 'Confirm my subscription',
    done: {
      title: 'You are subscribed',
      body: 'Thank you! You will receive an email when we publish new articles. Every email has a link to unsubscribe.',
    },
  },
  unsubscribe: {
    tab: 'Unsubscribe',
    title: 'Unsubscribe from the newsletter',
    intro: 'Press the button and we will stop sending you the Science of Ketamine newsletter.',
    button: 'Unsubscribe',
    done: {
      title: 'You are unsubscribed',
      body: 'You will not receive the newsletter any more. You can sign up again at any time.',
    },
  },
} satisfies Record<LinkStep, object>

export const isLinkStep = (name: string): name is LinkStep => Object.hasOwn(WORDS, name)

/** Kept out of search engines: each page only means something with a token. */
export const linkPageMetadata = (step: LinkStep): Metadata => ({
  title: WORDS[step].tab,
  robots: { index: false, follow: false },
})

interface Props {
  step: LinkStep
  /** The token from the email, and the result after the button press. */
  searchParams: Promise<{ token?: string; result?: string }>
}

/**
 * A page that a link in an email opens. Following the link changes nothing (mail scanners follow
 * links); the visitor's button press sends the POST that confirms or unsubscribes.
 */
export async function LinkActionPage({ step, searchParams }: Props) {
  const text = WORDS[step]
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
