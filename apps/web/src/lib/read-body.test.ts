import { describe, expect, it } from 'vitest'

import { readBodyWithin } from './read-body'

/** A body that yields `chunks` chunks of 64 kB, counting how many were pulled. */
function countedBody(chunks: number) {
  const pulled = { count: 0 }
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.count === chunks) return controller.close()
      pulled.count++
      controller.enqueue(new Uint8Array(64 * 1024).fill(97))
    },
  })
  return { body, pulled }
}

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request('http://site.test/api/newsletter', {
    method: 'POST',
    body,
    headers,
    duplex: 'half',
  } as RequestInit)

describe('readBodyWithin', () => {
  it('reads a small body', async () => {
    expect(await readBodyWithin(post('{"email":"a@example.com"}'), 4096)).toBe(
      '{"email":"a@example.com"}',
    )
  })

  it('refuses a declared 100 MB body without reading any of it', async () => {
    const { body, pulled } = countedBody(1600)
    const request = post(body, { 'content-length': String(100 * 1024 * 1024) })
    expect(await readBodyWithin(request, 4096)).toBeNull()
    expect(pulled.count).toBeLessThanOrEqual(1)
  })

  it('stops reading an undeclared (chunked) body at the limit', async () => {
    const { body, pulled } = countedBody(1600)
    expect(await readBodyWithin(post(body), 4096)).toBeNull()
    // One 64 kB chunk is already past 4 kB; the other 99.9 MB are never pulled.
    expect(pulled.count).toBeLessThanOrEqual(3)
  })
})
