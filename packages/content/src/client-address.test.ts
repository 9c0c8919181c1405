import { describe, expect, it } from 'vitest'

import {
  clientAddress,
  normaliseAddress,
  parseTrustedProxies,
  peerAddressOf,
  type ProxyTrust,
} from './client-address'

function trust(value: string): ProxyTrust {
  const parsed = parseTrustedProxies(value)
  if (!parsed.ok) throw new Error(parsed.message)
  return parsed.trust
}

/**
 * Who the client is, case by case: the socket's peer, the X-Forwarded-For it carried, the proxies
 * TRUSTED_PROXIES names, and the address the CMS and site must count the request against.
 */
const CASES: {
  case: string
  peer: string | null
  forwardedFor?: string
  trusted: string
  client: string
}[] = [
  ...[undefined, '', '1.2.3.4', '1.2.3.4, 5.6.7.8', 'junk'].map((forwardedFor) => ({
    case: `the socket address when no proxy is trusted, whatever X-Forwarded-For claims (${forwardedFor})`,
    peer: '203.0.113.9',
    forwardedFor,
    trusted: '',
    client: '203.0.113.9',
  })),
  {
    // The client sent "X-Forwarded-For: 6.6.6.6"; the proxy appended the address it saw.
    case: 'the hop a trusted proxy wrote, never the ones the client wrote before it',
    peer: '10.0.0.5',
    forwardedFor: '6.6.6.6, 198.51.100.7',
    trusted: '10.0.0.5',
    client: '198.51.100.7',
  },
  {
    case: 'found through a chain of trusted proxies, stopping at the first untrusted hop',
    peer: '10.1.2.3',
    forwardedFor: '6.6.6.6, 198.51.100.7, 192.168.1.1, 10.9.9.9',
    trusted: '10.0.0.0/8, 192.168.1.1',
    client: '198.51.100.7',
  },
  {
    case: 'the leftmost hop when every hop is a trusted proxy',
    peer: '127.0.0.1',
    forwardedFor: '127.0.0.2',
    trusted: 'loopback',
    client: '127.0.0.2',
  },
  {
    case: 'the peer when it is not a trusted proxy, whatever X-Forwarded-For says',
    peer: '198.51.100.7',
    forwardedFor: '10.0.0.1',
    trusted: '10.0.0.0/8',
    client: '198.51.100.7',
  },
  {
    case: 'the proxy when the hop it should have written is malformed',
    peer: '10.0.0.5',
    forwardedFor: '1.2.3.4, not-an-ip',
    trusted: '10.0.0.5',
    client: '10.0.0.5',
  },
  {
    case: 'the proxy when the hop it should have written is empty',
    peer: '10.0.0.5',
    forwardedFor: '',
    trusted: '10.0.0.5',
    client: '10.0.0.5',
  },
  {
    case: 'an IPv6 hop with its port, behind an IPv4-mapped loopback peer',
    peer: '::ffff:127.0.0.1',
    forwardedFor: '[2001:db8::1]:443',
    trusted: 'loopback',
    client: '2001:db8::1',
  },
  {
    case: 'an IPv4 hop with its port, behind the IPv6 loopback',
    peer: '::1',
    forwardedFor: '198.51.100.7:5123',
    trusted: 'loopback',
    client: '198.51.100.7',
  },
  {
    case: 'a hop behind a proxy in a trusted IPv6 range',
    peer: '2001:db8::2',
    forwardedFor: '1.1.1.1',
    trusted: '2001:db8::/32',
    client: '1.1.1.1',
  },
  {
    case: '"unknown" without a peer address',
    peer: null,
    forwardedFor: '1.2.3.4',
    trusted: '',
    client: 'unknown',
  },
  {
    case: '"unknown" when the peer address is not an address',
    peer: 'garbage',
    forwardedFor: '1.2.3.4',
    trusted: '',
    client: 'unknown',
  },
]

describe('client address', () => {
  it.each(CASES)('is $case', ({ peer, forwardedFor, trusted, client }) => {
    expect(clientAddress({ peer, forwardedFor, trust: trust(trusted) })).toBe(client)
  })
})

describe('TRUSTED_PROXIES', () => {
  it('accepts addresses, ranges and the words loopback and private', () => {
    const parsed = parseTrustedProxies(' 10.0.0.1,192.168.0.0/16  2001:db8::/32 loopback,private ')
    expect(parsed.ok && parsed.trust.entries).toEqual([
      '10.0.0.1',
      '192.168.0.0/16',
      '2001:db8::/32',
      'loopback',
      'private',
    ])
    const trusted = parsed.ok ? parsed.trust : trust('')
    expect(clientAddress({ peer: '172.20.0.3', forwardedFor: '8.8.8.8', trust: trusted })).toBe(
      '8.8.8.8',
    )
  })

  it('explains an entry it cannot read', () => {
    for (const bad of [
      '10.0.0.300',
      '10.0.0.0/33',
      '::1/129',
      'localhost',
      '10.0.0.0/8/8',
      '1.2.3.4/x',
    ]) {
      const parsed = parseTrustedProxies(bad)
      expect(parsed.ok, bad).toBe(false)
      expect(!parsed.ok && parsed.message).toContain(`"${bad}"`)
    }
  })
})

describe('peer header', () => {
  it('is believed only with the server wrapper’s token', () => {
    expect(peerAddressOf('secret-token 198.51.100.7', 'secret-token')).toBe('198.51.100.7')
    expect(peerAddressOf('secret-token ::ffff:127.0.0.1', 'secret-token')).toBe('127.0.0.1')
    expect(peerAddressOf('forged 198.51.100.7', 'secret-token')).toBeNull()
    expect(peerAddressOf('198.51.100.7', 'secret-token')).toBeNull()
    expect(peerAddressOf('secret-token 198.51.100.7', undefined)).toBeNull()
    expect(peerAddressOf(null, 'secret-token')).toBeNull()
  })

  it('normalises what a header may carry', () => {
    expect(normaliseAddress('[::1]:3000')).toBe('::1')
    expect(normaliseAddress('fe80::1%eth0')).toBe('fe80::1')
    expect(normaliseAddress(' 1.2.3.4 ')).toBe('1.2.3.4')
    expect(normaliseAddress('1.2.3')).toBeNull()
  })
})
