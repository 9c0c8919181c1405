import type { Payload } from 'payload'

import { env } from '@/env'

/** Links in the emails point at the site, whose pages confirm or unsubscribe with a POST. */
export function newsletterLinks(confirmToken: string | null, unsubscribeToken: string) {
  const site = env.WEB_PUBLIC_URL.replace(/\/+$/, '')
  return {
    confirm: confirmToken ? `${site}/newsletter/confirm?token=${confirmToken}` : null,
    unsubscribePage: `${site}/newsletter/unsubscribe?token=${unsubscribeToken}`,
    // RFC 8058 one-click: mail clients POST "List-Unsubscribe=One-Click" here.
    oneClick: `${site}/api/newsletter/unsubscribe?token=${unsubscribeToken}`,
  }
}

export async function sendConfirmationEmail(
  payload: Payload,
  to: string,
  confirmToken: string,
  unsubscribeToken: string,
): Promise<void> {
  const links = newsletterLinks(confirmToken, unsubscribeToken)
  const hours = env.NEWSLETTER_CONFIRM_HOURS
  const text = [
    'Please confirm that you would like to receive the Science of Ketamine newsletter.',
    '',
    `Confirm your subscription: ${links.confirm}`,
    '',
    `This link works once and expires in ${hours} hours. If you did not sign up, ignore this`,
    'email: without confirmation you will not hear from us again.',
    '',
    `Unsubscribe at any time: ${links.unsubscribePage}`,
  ].join('\n')
  const html = `<p>Please confirm that you would like to receive the Science of Ketamine newsletter.</p>
<p><a href="${links.confirm}">Confirm your subscription</a></p>
<p>This link works once and expires in ${hours} hours. If you did not sign up, ignore this email: without confirmation you will not hear from us again.</p>
<p><a href="${links.unsubscribePage}">Unsubscribe</a></p>`
  await payload.sendEmail({
    to,
    subject: 'Please confirm your Science of Ketamine newsletter subscription',
    text,
    html,
    headers: {
      'List-Unsubscribe': `<${links.oneClick}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  })
  if (!env.SMTP_HOST)
    payload.logger.info(
      `Newsletter confirmation link (mail saved to ${env.MAIL_DIR}): ${links.confirm}`,
    )
}
