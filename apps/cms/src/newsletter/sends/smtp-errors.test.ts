import { describe, expect, it } from 'vitest'

import { classifySmtpError } from './smtp-errors'

const error = (fields: Record<string, unknown>) => Object.assign(new Error('x'), fields)

describe('classifySmtpError', () => {
  it('marks 5xx answers permanent, with the server words', () => {
    const verdict = classifySmtpError(
      error({ responseCode: 550, response: '550 5.1.1 No such user', command: 'RCPT TO' }),
    )
    expect(verdict).toEqual({ kind: 'permanent', reason: '550 5.1.1 No such user' })
  })

  it('retries other 4xx answers, and treats 421 or a refused greeting as the server being away', () => {
    expect(classifySmtpError(error({ responseCode: 451, command: 'RCPT TO' })).kind).toBe(
      'temporary',
    )
    expect(classifySmtpError(error({ responseCode: 421, command: 'DATA' })).kind).toBe(
      'unavailable',
    )
    expect(classifySmtpError(error({ responseCode: 450, command: 'CONN' })).kind).toBe(
      'unavailable',
    )
  })

  it('retries when no connection could be made', () => {
    const refused = error({ message: 'connect ECONNREFUSED 127.0.0.1:2525', syscall: 'connect' })
    expect(classifySmtpError(refused).kind).toBe('unavailable')
    expect(classifySmtpError(error({ message: 'Greeting never received' })).kind).toBe(
      'unavailable',
    )
  })

  it('never retries a connection lost mid-way: the message may have been accepted', () => {
    const verdict = classifySmtpError(error({ message: 'Connection closed unexpectedly' }))
    expect(verdict.kind).toBe('unknown')
    expect(verdict.reason).toMatch(/not sent again/)
  })
})
