import { describe, expect, it } from 'vitest'

import { ReadCacheStore } from './store'

const answer = (text: string) => ({
  status: 200,
  headers: [['content-type', 'application/json']] as [string, string][],
  body: new TextEncoder().encode(text),
})

describe('ReadCacheStore', () => {
  it('keeps an answer read in the current generation', () => {
    const store = new ReadCacheStore({ maxBytes: 1000, maxEntryBytes: 500, ttlMs: 60_000 })
    expect(store.set('a', answer('one'), store.generation)).toBe(true)
    expect(new TextDecoder().decode(store.get('a')?.body)).toBe('one')
  })

  it('refuses an answer read before a change was announced', () => {
    const store = new ReadCacheStore({ maxBytes: 1000, maxEntryBytes: 500, ttlMs: 60_000 })
    const startedIn = store.generation
    store.invalidate()
    expect(store.set('a', answer('read before the commit'), startedIn)).toBe(false)
    expect(store.get('a')).toBeUndefined()
  })

  it('forgets everything when a change is announced', () => {
    const store = new ReadCacheStore({ maxBytes: 1000, maxEntryBytes: 500, ttlMs: 60_000 })
    store.set('a', answer('one'), store.generation)
    store.invalidate()
    expect(store.get('a')).toBeUndefined()
    expect(store.size).toBe(0)
  })

  it('drops the least recently used answers past its memory budget', () => {
    const store = new ReadCacheStore({ maxBytes: 30, maxEntryBytes: 30, ttlMs: 60_000 })
    store.set('a', answer('0123456789'), 0)
    store.set('b', answer('0123456789'), 0)
    store.get('a')
    store.set('c', answer('0123456789'), 0)
    expect(store.get('b')).toBeUndefined()
    expect(store.get('a')).toBeDefined()
    expect(store.get('c')).toBeDefined()
  })

  it('does not keep answers bigger than one entry may be', () => {
    const store = new ReadCacheStore({ maxBytes: 1000, maxEntryBytes: 5, ttlMs: 60_000 })
    expect(store.set('a', answer('far too long'), 0)).toBe(false)
  })

  it('reads again after the safety-net time, announced change or not', () => {
    let now = 0
    const store = new ReadCacheStore({
      maxBytes: 1000,
      maxEntryBytes: 500,
      ttlMs: 1000,
      now: () => now,
    })
    store.set('a', answer('one'), 0)
    now = 1001
    expect(store.get('a')).toBeUndefined()
  })

  it('serves and keeps nothing while a change of this process is held, then reads afresh', () => {
    const store = new ReadCacheStore({ maxBytes: 1000, maxEntryBytes: 500, ttlMs: 60_000 })
    store.set('a', answer('before'), store.generation)
    const readBefore = store.generation
    store.hold()
    expect(store.get('a')).toBeUndefined()
    const readDuring = store.generation
    expect(store.set('a', answer('during'), readDuring)).toBe(false)
    store.release()
    expect(store.set('a', answer('read before the commit'), readBefore)).toBe(false)
    expect(store.set('a', answer('read before the commit'), readDuring)).toBe(false)
    expect(store.set('a', answer('after'), store.generation)).toBe(true)
    expect(new TextDecoder().decode(store.get('a')?.body)).toBe('after')
  })

  it('holds until every change under way has ended', () => {
    const store = new ReadCacheStore({ maxBytes: 1000, maxEntryBytes: 500, ttlMs: 60_000 })
    store.hold()
    store.hold()
    store.release()
    expect(store.set('a', answer('one ended, one not'), store.generation)).toBe(false)
    store.release()
    expect(store.set('a', answer('both ended'), store.generation)).toBe(true)
  })
})
