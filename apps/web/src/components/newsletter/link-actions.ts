'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { clientIpOf, forwardToCms } from '@/lib/newsletter/forward'

/** The two pages a newsletter email links to; each is also the CMS endpoint it forwards to. */
export type LinkStep = 'confirm' | 'unsubscribe'

/** Where a link action sends the visitor after the CMS answered. */
function resultOf(answer: { ok: boolean }, status: number): 'done' | 'invalid' | 'error' {
  if (answer.ok) return 'done'
  return status >= 500 ? 'error' : 'invalid'
}

/** Sends the button's token to the CMS, then shows the link page again with the result. */
async function forwardLinkAction(step: LinkStep, formData: FormData) {
  const token = String(formData.get('token') ?? '')
  const { status, body } = await forwardToCms(step, { token }, clientIpOf(await headers()))
  redirect(`/newsletter/${step}?result=${resultOf(body, status)}`)
}

export async function confirmSubscription(formData: FormData) {
  await forwardLinkAction('confirm', formData)
}

export async function unsubscribe(formData: FormData) {
  await forwardLinkAction('unsubscribe', formData)
}
