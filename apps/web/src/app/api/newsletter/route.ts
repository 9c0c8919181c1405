import { newsletterSignupInput, parseNewsletterBody } from '@sok/content/newsletter'
import { type NextRequest, NextResponse } from 'next/server'

import { clientIpOf, forwardToCms } from '@/lib/newsletter/forward'
import { formToSignup } from '@/lib/newsletter/form-body'
import { readBodyWithin } from '@/lib/read-body'
import { safeReturnPath } from '@/lib/safe-url'

const MAX_BODY_BYTES = 4 * 1024

/**
 * The public sign-up endpoint. The form posts JSON through React Query; without JavaScript the
 * same form posts urlencoded fields, and the visitor is sent back to the page with the outcome.
 */
export async function POST(request: NextRequest) {
  const type = request.headers.get('content-type') ?? ''
  const isForm = type.startsWith('application/x-www-form-urlencoded')
  if (!isForm && !type.startsWith('application/json')) {
    return NextResponse.json(
      { ok: false, message: 'Send the form as JSON or as a normal HTML form.' },
      { status: 415 },
    )
  }
  const text = await readBodyWithin(request, MAX_BODY_BYTES)
  if (text === null) {
    return NextResponse.json({ ok: false, message: 'The request is too large.' }, { status: 413 })
  }

  let body: unknown
  if (isForm) {
    body = formToSignup(new URLSearchParams(text))
  } else {
    try {
      body = JSON.parse(text)
    } catch {
      return NextResponse.json(
        { ok: false, message: 'The request body is not valid JSON.' },
        { status: 400 },
      )
    }
  }

  const parsed = parseNewsletterBody(newsletterSignupInput, body)
  const result = parsed.ok
    ? await forwardToCms('subscribe', parsed.data, clientIpOf(request.headers))
    : { status: 400, body: { ok: false, message: parsed.message, fieldErrors: parsed.fieldErrors } }

  if (!isForm) return NextResponse.json(result.body, { status: result.status })

  const status = result.body.ok
    ? 'ok'
    : result.status === 400
      ? 'invalid'
      : result.status === 429
        ? 'limited'
        : 'error'
  const page = new URL('/newsletter/result', request.nextUrl.origin)
  page.searchParams.set('status', status)
  page.searchParams.set('back', safeReturnPath((body as { sourcePage?: unknown }).sourcePage))
  if (status === 'invalid' || status === 'limited') {
    const message = result.body.fieldErrors?.email ?? result.body.message
    page.searchParams.set('message', message)
  }
  return NextResponse.redirect(page, 303)
}
