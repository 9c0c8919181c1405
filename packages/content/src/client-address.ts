import { BlockList, isIP } from 'node:net'

import { sameSecret } from './secrets'

/**
 * Which address a request came from, for per-visitor rate limits.
 *
 * Next's server copies a client-sent `X-Forwarded-For` through untouched and only fills it in when
 * it is missing, so route handlers cannot tell the socket address from a forged header. Our small
 * server wrapper (`scripts/serve-next.mjs`) therefore deletes any incoming copy of PEER_HEADER and
 * sets it to "<token> <socket address>", where the token is random per process: a header without
 * the token (someone running plain `next start`, or an attacker) is ignored.
 */
export const PEER_HEADER = 'x-sok-peer'

export interface ProxyTrust {
  /** Addresses whose `X-Forwarded-For` entries we believe. */
  readonly list: BlockList
  /** What was configured, for logs and error messages. */
  readonly entries: readonly string[]
}

const KEYWORDS: Record<string, [string, number, 'ipv4' | 'ipv6'][]> = {
  loopback: [
    ['127.0.0.0', 8, 'ipv4'],
    ['::1', 128, 'ipv6'],
  ],
  private: [
    ['10.0.0.0', 8, 'ipv4'],
    ['172.16.0.0', 12, 'ipv4'],
    ['192.168.0.0', 16, 'ipv4'],
    ['fc00::', 7, 'ipv6'],
  ],
}

export type TrustParse = { ok: true; trust: ProxyTrust } | { ok: false; message: string }

/**
 * Reads TRUSTED_PROXIES: IPs and CIDR ranges separated by commas or spaces, plus the words
 * `loopback` and `private`. Empty (the default) trusts no proxy: the socket address is the client.
 */
export function parseTrustedProxies(value: string | undefined): TrustParse {
  const list = new BlockList()
  const entries = (value ?? '')
    .split(/[\s,]+/)
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean)
  for (const entry of entries) {
    const keyword = KEYWORDS[entry]
    if (keyword) {
      for (const [network, prefix, family] of keyword) list.addSubnet(network, prefix, family)
      continue
    }
    const [address = '', prefixText, extra] = entry.split('/')
    const family = isIP(address)
    const maxPrefix = family === 6 ? 128 : 32
    const prefix = prefixText === undefined ? maxPrefix : Number(prefixText)
    if (
      !family ||
      extra !== undefined ||
      !/^\d{1,3}$/.test(prefixText ?? String(maxPrefix)) ||
      prefix > maxPrefix
    ) {
      return {
        ok: false,
        message: `TRUSTED_PROXIES: "${entry}" is not an IP address, a CIDR range (like 10.0.0.0/8), "loopback" or "private".`,
      }
    }
    list.addSubnet(address, prefix, family === 6 ? 'ipv6' : 'ipv4')
  }
  return { ok: true, trust: { list, entries } }
}

/**
 * The socket address our server wrapper recorded, or null when the header is missing or was not
 * written by it (wrong or missing token).
 */
export function peerAddressOf(
  header: string | null | undefined,
  token: string | undefined,
): string | null {
  if (!header || !token) return null
  const space = header.indexOf(' ')
  if (space < 0 || !sameSecret(header.slice(0, space), token)) return null
  return normaliseAddress(header.slice(space + 1))
}

/** An address as written in a header, without brackets, port or zone; IPv4-mapped IPv6 as IPv4. */
export function normaliseAddress(raw: string): string | null {
  let text = raw.trim()
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text)
  if (bracketed?.[1]) text = bracketed[1]
  const ipv4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(text)
  if (ipv4WithPort?.[1]) text = ipv4WithPort[1]
  text = text.replace(/%.*$/, '').toLowerCase()
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(text)
  if (mapped?.[1]) text = mapped[1]
  return isIP(text) ? text : null
}

const isTrusted = (address: string, trust: ProxyTrust) =>
  trust.list.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4')

/**
 * The client's address. Starting from the socket peer, each hop that is a trusted proxy hands over
 * to the address it says it received the request from (the entry to its left in
 * `X-Forwarded-For`); the first untrusted hop is the client. Entries further left were written
 * by the client and are never believed. A malformed entry where a trusted proxy should have
 * written one stops the walk at that proxy, so a misconfigured proxy groups its visitors together
 * rather than letting them pick their own address. Without a peer address: "unknown".
 */
export function clientAddress({
  peer,
  forwardedFor,
  trust,
}: {
  peer: string | null | undefined
  forwardedFor: string | null | undefined
  trust: ProxyTrust
}): string {
  let client = peer ? normaliseAddress(peer) : null
  if (!client) return 'unknown'
  const hops = (forwardedFor ?? '').split(',')
  while (isTrusted(client, trust) && hops.length > 0) {
    const previous = normaliseAddress(hops.pop() ?? '')
    if (!previous) break
    client = previous
  }
  return client
}
