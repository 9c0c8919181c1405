import type { AfterErrorHook } from 'payload'

type WithFieldErrors = Error & {
  status?: number
  data?: { errors?: { path?: string; message?: string }[] }
}

/**
 * Keeps the field list in a refused save's answer. Payload formats a validation error with its
 * fields only when `instanceof ValidationError` holds; in our production build the error comes
 * from another copy of Payload's code, so the answer was only "The following field is invalid:
 * Evidence > References 1 > DOI" and the admin could mark no field (the same symptom as
 * payloadcms/payload#7140). For 4xx errors that carry field errors, put them back as Payload
 * would in development.
 */
export const keepFieldErrors: AfterErrorHook = ({ error, result }) => {
  const { status = 500, data } = error as WithFieldErrors
  if (!result || status >= 500 || !Array.isArray(data?.errors) || !data.errors.length) return
  if (result.errors?.some((entry) => 'data' in entry && entry.data)) return
  return {
    response: { errors: [{ name: 'ValidationError', message: error.message, data }] },
    status,
  }
}
