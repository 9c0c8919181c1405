import { SMTPServer, type SMTPServerAddress } from 'smtp-server'

import { freePort } from '@sok/postgres'

export interface Delivered {
  to: string
  raw: string
  /** "<newsletter-{send}-{signup}@…>" for newsletter mail. */
  messageId: string
}

export interface SmtpControls {
  /** An SMTP answer such as "550 5.1.1 No such user" to refuse this recipient with. */
  rejectRecipient?: (address: string) => string | undefined
  /** Called with each accepted message before the server answers 250. */
  onDelivered?: (message: Delivered) => void
  /** Answer every new connection with "421" (the server is there but refuses work). */
  refuseGreeting?: boolean
}

const smtpError = (answer: string) => {
  const [, code, message] = /^(\d{3}) (.*)$/.exec(answer) ?? []
  return Object.assign(new Error(message ?? answer), { responseCode: Number(code ?? 550) })
}

/**
 * A real SMTP server in the test process (the smtp-server package): it records every accepted
 * message, can refuse recipients, refuse work (421) or be down (connection refused).
 */
export async function startTestSmtp() {
  const port = await freePort()
  const delivered: Delivered[] = []
  const controls: SmtpControls = {}
  let server: SMTPServer | undefined

  const listen = async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      closeTimeout: 100,
      onConnect(_session, callback) {
        callback(controls.refuseGreeting ? smtpError('421 4.3.2 Try again later') : undefined)
      },
      onRcptTo(address: SMTPServerAddress, _session, callback) {
        const answer = controls.rejectRecipient?.(address.address)
        callback(answer ? smtpError(answer) : undefined)
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = []
        stream.on('data', (chunk: Buffer) => chunks.push(chunk))
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8')
          const messageId = /^Message-ID: (<[^>]+>)/im.exec(raw)?.[1] ?? ''
          for (const recipient of session.envelope.rcptTo) {
            const message = { to: recipient.address, raw, messageId }
            delivered.push(message)
            controls.onDelivered?.(message)
          }
          callback()
        })
      },
    })
    // A client killed mid-conversation resets its connection: expected here, not a failure.
    server.on('error', () => undefined)
    await new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', resolve))
  }

  /** Stops listening: new connections are refused, open ones get "421" and are closed. */
  const stop = () => new Promise<void>((resolve) => (server ? server.close(resolve) : resolve()))

  await listen()
  return { port, delivered, controls, stop, start: listen }
}

export type TestSmtp = Awaited<ReturnType<typeof startTestSmtp>>
