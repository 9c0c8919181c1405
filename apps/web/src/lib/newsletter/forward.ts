import 'server-only'

import { clientAddress, PEER_HEADER, peerAddressOf } from '@sok/content/client-address'
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

/**
 * The visitor's address: the socket address our server wrapper recorded, walked back through
 * X-Forwarded-For only across TRUSTED_PROXIES (a client-written header is never believed). Only a
 * hash of it is ever stored, by the CMS.
 */
export function clientIpOf(headers: Headers): string {
  return clientAddress({
    peer: peerAddressOf(headers.get(PEER_HEADER), env.SOK_PEER_TOKEN),
    forwardedFor: headers.get('x-forwarded-for'),
    trust: env.TRUSTED_PROXIES,
  })
}
