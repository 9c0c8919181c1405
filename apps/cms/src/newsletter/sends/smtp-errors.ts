/** Why a reader is marked failed when their worker stopped in the middle of handing over. */
export const INTERRUPTED =
  'Interrupted while the email was being handed to the mail server: it may have arrived, so it is not sent again.'

export type SmtpVerdict =
  | { kind: 'permanent'; reason: string }
  | { kind: 'temporary'; reason: string }
  | { kind: 'unavailable'; reason: string }
  | { kind: 'unknown'; reason: string }

interface MailError {
  message?: string
  response?: string
  responseCode?: number
  command?: string
  syscall?: string
}

/** Failures before any SMTP conversation: the server never saw the message. */
const NOT_CONNECTED =
  /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|Connection timeout|Greeting never received/i

/**
 * What an SMTP failure means for one reader:
 *   5xx                         permanent: marked failed with the server's words
 *   421 / 4xx at connect        the server is unavailable: retry later, the try does not count
 *   other 4xx                   temporary: retry with backoff, up to NEWSLETTER_MAX_ATTEMPTS
 *   no connection at all        unavailable, as above
 *   connection lost mid-way     unknown: the message may have been accepted, so (at most once)
 *                               it is marked failed and not retried
 */
export function classifySmtpError(error: unknown): SmtpVerdict {
  const mail = (error ?? {}) as MailError
  const code = Number(mail.responseCode) || 0
  const said = (mail.response ?? mail.message ?? String(error)).trim().slice(0, 500)
  if (code >= 500) return { kind: 'permanent', reason: said }
  if (code === 421 || (code >= 400 && mail.command === 'CONN')) {
    return { kind: 'unavailable', reason: `The mail server is not available: ${said}` }
  }
  if (code >= 400) return { kind: 'temporary', reason: said }
  if (mail.syscall === 'connect' || NOT_CONNECTED.test(mail.message ?? '')) {
    return { kind: 'unavailable', reason: `The mail server could not be reached: ${said}` }
  }
  return { kind: 'unknown', reason: `${INTERRUPTED} (${said})` }
}
