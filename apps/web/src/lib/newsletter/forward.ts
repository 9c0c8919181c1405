import 'server-only'

import type { NewsletterAnswer } from '@sok/content/newsletter'

import { env } from '@/env'

export interface Forwarded {
  status: number
  body: NewsletterAnswer
}

const UNAVAILABLE: Forwarded = {
  status: 503,
  body: {
    ok: false,
    message: 'The newsletter service is not available right now. Please try again later.',
  },
}

/**
 * Sends a sign-up action to the CMS, which only accepts it with the shared secret. The visitor's
 * IP travels in a header so the CMS can rate-limit per visitor, not per site server.
 */
export async function forwardToCms(
  action: 'subscribe' | 'confirm' | 'unsubscribe',
  body: unknown,
  clientIp: string,
): Promise<Forwarded> {
  try {
    const response = await fetch(`${env.CMS_URL}/api/newsletter-signups/${action}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'x-sok-signup-secret': env.SIGNUP_PROXY_SECRET,
        'x-sok-client-ip': clientIp,
      },
      body: JSON.stringify(body),
      cache: 'no-store',
      signal: AbortSignal.timeout(10_000),
    })
    const answer = (await response.json().catch(() => null)) as NewsletterAnswer | null
    if (!answer || typeof answer.message !== 'string' || response.status >= 500) return UNAVAILABLE
    return { status: response.status, body: answer }
  } catch (error) {
    console.error('Newsletter: the CMS could not be reached', error)
    return UNAVAILABLE
  }
}

/** The visitor's address as the nearest proxy saw it; only a hash of it is ever stored. */
export function clientIpOf(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim()
  return (forwarded || headers.get('x-real-ip') || 'unknown').slice(0, 64)
}
