import { describe, expect, it } from 'vitest'

import { failedCheck, withTimeout } from './health'

describe('health checks', () => {
  it('passes an answer through, and reports a missing one as a timeout', async () => {
    await expect(withTimeout(Promise.resolve('pong'), 1_000)).resolves.toBe('pong')
    const never = new Promise(() => {})
    const error = await withTimeout(never, 20).catch((caught: unknown) => caught)
    expect(failedCheck(error)).toEqual({ ok: false, detail: 'no answer within 20 ms' })
  })

  it('shows only the error code of a failure, never its message', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED db.internal:5432'), {
      code: 'ECONNREFUSED',
    })
    expect(failedCheck(refused)).toEqual({ ok: false, detail: 'unreachable (ECONNREFUSED)' })
    expect(failedCheck(new Error('db.internal is down'))).toEqual({
      ok: false,
      detail: 'unreachable (error)',
    })
  })
})
