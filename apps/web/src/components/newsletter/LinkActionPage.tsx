import Link from 'next/link'

export type LinkResult = 'done' | 'invalid' | 'error'

interface Props {
  token: string | undefined
  result: string | undefined
  action: (formData: FormData) => Promise<void>
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
export function LinkActionPage({ token, result, action, text }: Props) {
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
      <form action={action}>
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

/** Where a link action sends the visitor after the CMS answered. */
export function resultOf(answer: { ok: boolean }, status: number): LinkResult {
  if (answer.ok) return 'done'
  return status >= 500 ? 'error' : 'invalid'
}
