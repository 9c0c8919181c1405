import type { PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import { keepFieldErrors } from './fieldErrors'

const args = (error: Error, result = { errors: [{ message: error.message }] }) => ({
  error,
  result,
  context: {},
  req: {} as PayloadRequest,
})

describe('keepFieldErrors', () => {
  it('puts the field list back into a validation answer that lost it', () => {
    const error = Object.assign(new Error('The following field is invalid: DOI'), {
      status: 400,
      data: { errors: [{ path: 'references.0.doi', message: 'Enter the DOI on its own' }] },
    })
    expect(keepFieldErrors(args(error))).toEqual({
      status: 400,
      response: {
        errors: [{ name: 'ValidationError', message: error.message, data: error.data }],
      },
    })
  })

  it('leaves answers alone that already have it, or are not field errors', () => {
    const withData = Object.assign(new Error('x'), { status: 400, data: { errors: [{}] } })
    expect(
      keepFieldErrors(args(withData, { errors: [{ message: 'x', data: withData.data } as never] })),
    ).toBeUndefined()
    expect(keepFieldErrors(args(Object.assign(new Error('Forbidden'), { status: 403 })))).toBe(
      undefined,
    )
    const internal = Object.assign(new Error('db down'), { status: 500, data: { errors: [{}] } })
    expect(keepFieldErrors(args(internal))).toBeUndefined()
  })
})
