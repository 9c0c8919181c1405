import type { Page } from '@playwright/test'

import { publishChanges } from './admin'
import { cmsUrl, expect, signIn, slugOf, test } from './fixtures'
import { latestMailTo } from './mail'
import { newsletterBox } from './newsletter-box'

const articlePath = '/articles/ketamine-brain-imaging-hippocampus-amygdala'

/** A reader signs up on the site and confirms from the email, as in newsletter.e2e.spec.ts. */
async function confirmedReader(page: Page): Promise<string> {
  const email = `send-reader-${Date.now()}@example.com`
  await page.goto(articlePath)
  const box = await newsletterBox(page)
  await box.getByLabel('Email address').fill(email)
  await box.getByLabel(/I agree to receive the newsletter/).check()
  await box.getByRole('button', { name: 'Sign up' }).click()
  await expect(box.getByRole('status')).toBeVisible()
  await expect.poll(() => latestMailTo(email)?.confirmUrl, { timeout: 20_000 }).toBeTruthy()
  await page.goto(latestMailTo(email)!.confirmUrl!)
  await page.getByRole('button', { name: 'Confirm my subscription' }).click()
  await expect(page.getByRole('heading', { name: 'You are subscribed' })).toBeVisible()
  return email
}

test('an editor publishes in the admin with "Email to subscribers" on: the reader gets it, with a working link and one-click unsubscribe', async ({
  page,
  browser,
  users,
  baseURL,
  playwright,
}) => {
  test.setTimeout(120_000)
  const reader = await confirmedReader(page)

  const admin = await browser.newPage()
  await signIn(admin, users.editor)
  const title = `Ketamine and the newsletter ${Date.now()}`
  await admin.goto(`${cmsUrl}/admin/collections/articles/create`)
  await admin.locator('#field-title').fill(title)
  await admin.locator('#field-summary').fill('What a small trial found, in two sentences.')
  await admin.locator('[data-lexical-editor="true"]').first().click()
  await admin.keyboard.type('The trial followed forty patients for twelve weeks.')
  for (const field of ['category', 'authors']) {
    await admin.locator(`#field-${field} .rs__control`).click()
    await admin.locator('.rs__option').first().click()
  }
  // The admin renders a group's fields once it scrolls into view, as an editor's would.
  await admin.getByRole('heading', { name: 'Newsletter', level: 3 }).scrollIntoViewIfNeeded()
  await expect(admin.getByLabel('Email to subscribers')).toBeChecked()
  await expect(admin.getByText(/Last saved/)).toBeVisible({ timeout: 20_000 })
  await publishChanges(admin, { withoutReviewer: true })
  await expect(admin.getByText(/successfully/).first()).toBeVisible()

  // The email arrives in the mail folder, from the job queue.
  await expect.poll(() => latestMailTo(reader, title), { timeout: 30_000 }).toBeTruthy()
  const mail = latestMailTo(reader, title)!
  expect(mail.text).toMatch(/^Content-Type: text\/plain/m)
  expect(mail.text).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/m)
  const articleUrl = `${baseURL}/articles/${slugOf(title)}`
  expect(mail.text).toContain(`href="${articleUrl}"`)
  expect(mail.text).toMatch(new RegExp(`Read the article\\s+${articleUrl}`))
  expect(mail.unsubscribeUrl).toBeTruthy()

  // The link opens the article on the site.
  const visitor = await browser.newPage()
  await expect
    .poll(
      async () => {
        await visitor.goto(articleUrl)
        return visitor.getByRole('heading', { level: 1 }).textContent()
      },
      { timeout: 10_000 },
    )
    .toBe(title)
  await visitor.close()

  // The editor sees the send finished on the article (the box refreshes itself while it runs).
  await admin.reload()
  await admin.getByRole('heading', { name: 'Newsletter', level: 3 }).scrollIntoViewIfNeeded()
  await expect(admin.getByRole('region', { name: 'Newsletter progress' })).toContainText(
    /Sent.*[1-9]\d* sent · 0 failed/,
    { timeout: 30_000 },
  )
  await admin.close()

  // One click in the mail client (RFC 8058): a POST without cookies unsubscribes, once.
  const client = await playwright.request.newContext()
  const oneClick = () =>
    client.post(mail.oneClickUrl!, {
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      data: 'List-Unsubscribe=One-Click',
    })
  const first = await oneClick()
  expect(first.status()).toBe(200)
  expect(await first.json()).toMatchObject({ ok: true })
  expect((await oneClick()).status()).toBe(410)
  await client.dispose()
})
