import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import nodemailer, { type Transporter } from 'nodemailer'

import { env } from '@/env'

/**
 * SMTP when SMTP_HOST is set; otherwise every message is written as an .eml file to MAIL_DIR, so
 * development and tests send real, complete messages that a person (or a test) can open.
 */
export function mailTransport({ pool = false }: { pool?: boolean } = {}): Transporter {
  if (env.SMTP_HOST) {
    const server = {
      host: env.SMTP_HOST,
      port: env.SMTP_PORT,
      secure: env.SMTP_SECURE,
      auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASSWORD } : undefined,
      // A relay that stops answering must not hold a newsletter batch for nodemailer's 10 minutes.
      connectionTimeout: 30_000,
      greetingTimeout: 30_000,
      socketTimeout: 60_000,
    }
    // The newsletter reuses one connection for many messages, as a small relay prefers.
    return pool
      ? nodemailer.createTransport({ ...server, pool: true, maxConnections: 1, maxMessages: 100 })
      : nodemailer.createTransport(server)
  }
  return nodemailer.createTransport({
    name: 'eml-folder',
    version: '1.0.0',
    send(mail, callback) {
      mail.message.build((error, message) => {
        // The callback's info type describes SMTP results; a file transport has only these two.
        if (error) return callback(error, undefined as never)
        mkdirSync(env.MAIL_DIR, { recursive: true })
        const id = mail.message
          .messageId()
          .replace(/[<>@]/g, '')
          .replace(/[^\w.-]/g, '_')
        const file = path.join(
          env.MAIL_DIR,
          `${new Date().toISOString().replace(/[:.]/g, '-')}-${id}.eml`,
        )
        writeFileSync(file, message)
        callback(null, {
          envelope: mail.message.getEnvelope(),
          messageId: mail.message.messageId(),
        } as never)
      })
    },
  })
}
