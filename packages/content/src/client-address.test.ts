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

describe('client address', () => {
  it('is the socket address when no proxy is trusted, whatever X-Forwarded-For claims', () => {
    for (const forwardedFor of [undefined, '', '1.2.3.4', '1.2.3.4, 5.6.7.8', 'junk']) {
      expect(clientAddress({ peer: '203.0.113.9', forwardedFor, trust: trust('') })).toBe(
        '203.0.113.9',
      )
    }
  })

  it('takes the hop a trusted proxy wrote, never the ones the client wrote before it', () => {
    const proxy = trust('10.0.0.5')
    // The client sent "X-Forwarded-For: 6.6.6.6"; the proxy appended the address it saw.
    expect(
      clientAddress({ peer: '10.0.0.5', forwardedFor: '6.6.6.6, 198.51.100.7', trust: proxy }),
    ).toBe('198.51.100.7')
  })

  it('walks through a chain of trusted proxies, and stops at the first untrusted hop', () => {
    const chain = trust('10.0.0.0/8, 192.168.1.1')
    expect(
      clientAddress({
        peer: '10.1.2.3',
        forwardedFor: '6.6.6.6, 198.51.100.7, 192.168.1.1, 10.9.9.9',
        trust: chain,
      }),
    ).toBe('198.51.100.7')
  })

  it('uses the leftmost hop when every hop is a trusted proxy', () => {
    expect(
      clientAddress({ peer: '127.0.0.1', forwardedFor: '127.0.0.2', trust: trust('loopback') }),
    ).toBe('127.0.0.2')
  })

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy', () => {
    expect(
      clientAddress({ peer: '198.51.100.7', forwardedFor: '10.0.0.1', trust: trust('10.0.0.0/8') }),
    ).toBe('198.51.100.7')
  })

  it('stops at the proxy when the hop it should have written is malformed', () => {
    expect(
      clientAddress({
        peer: '10.0.0.5',
        forwardedFor: '1.2.3.4, not-an-ip',
        trust: trust('10.0.0.5'),
      }),
    ).toBe('10.0.0.5')
    expect(clientAddress({ peer: '10.0.0.5', forwardedFor: '', trust: trust('10.0.0.5') })).toBe(
      '10.0.0.5',
    )
  })

  it('handles IPv6, IPv4-mapped addresses and ports', () => {
    const both = trust('loopback')
    expect(
      clientAddress({ peer: '::ffff:127.0.0.1', forwardedFor: '[2001:db8::1]:443', trust: both }),
    ).toBe('2001:db8::1')
    expect(clientAddress({ peer: '::1', forwardedFor: '198.51.100.7:5123', trust: both })).toBe(
      '198.51.100.7',
    )
    expect(
      clientAddress({
        peer: '2001:db8::2',
        forwardedFor: '1.1.1.1',
        trust: trust('2001:db8::/32'),
      }),
    ).toBe('1.1.1.1')
  })

  it('is "unknown" without a peer address', () => {
    expect(clientAddress({ peer: null, forwardedFor: '1.2.3.4', trust: trust('') })).toBe('unknown')
    expect(clientAddress({ peer: 'garbage', forwardedFor: '1.2.3.4', trust: trust('') })).toBe(
      'unknown',
    )
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
