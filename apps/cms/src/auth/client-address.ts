import { clientAddress, PEER_HEADER, peerAddressOf } from '@sok/content/client-address'

import { env } from '@/env'

/**
 * The visitor's address for per-IP limits: the socket address recorded by our server wrapper,
 * walked back through X-Forwarded-For only across the proxies in TRUSTED_PROXIES. "unknown" when
 * the CMS runs without the wrapper (every such request then shares one counter).
 */
export function clientAddressOf(headers: Headers): string {
  return clientAddress({
    peer: peerAddressOf(headers.get(PEER_HEADER), env.SOK_PEER_TOKEN),
    forwardedFor: headers.get('x-forwarded-for'),
    trust: env.TRUSTED_PROXIES,
  })
}
