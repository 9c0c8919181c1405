import { cmsUrl, expect, signIn, test } from './fixtures'
import { latestMailTo } from './mail'
import { newsletterBox } from './newsletter-box'

const articlePath = '/articles/ketamine-brain-imaging-hippocampus-amygdala'
const address = () => `reader-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@example.com`

test('a reader signs up on an article, confirms from the email, shows as confirmed, then unsubscribes', async ({
  page,
  browser,
  users,
}) => {
  const email = address()
  await page.goto(articlePath)
  const box = await newsletterBox(page)
  await box.getByLabel('Email address').fill(email)
  await box.getByLabel(/I agree to receive the newsletter/).check()
  await box.getByRole('button', { name: 'Sign up' }).click()
  await expect(box.getByRole('status')).toHaveText(
    'Thank you! Please check your inbox to confirm your subscription.',
  )

  // The confirmation email is in the mail folder; its link opens a page that confirms on a POST.
  await expect.poll(() => latestMailTo(email)?.confirmUrl).toBeTruthy()
  const mail = latestMailTo(email)!
  expect(mail.oneClickUrl).toMatch(/\/api\/newsletter\/unsubscribe\?token=/)
  expect(mail.text).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/m)
  await page.goto(mail.confirmUrl!)
  await expect(page.getByRole('heading', { name: 'Confirm your subscription' })).toBeVisible()
  await page.getByRole('button', { name: 'Confirm my subscription' }).click()
  await expect(page.getByRole('heading', { name: 'You are subscribed' })).toBeVisible()

  // An editor sees the sign-up as confirmed in the admin.
  const admin = await browser.newPage()
  await signIn(admin, users.editor)
  await admin.goto(
    `${cmsUrl}/admin/collections/newsletter-signups?search=${encodeURIComponent(email)}`,
  )
  const row = admin.getByRole('row', { name: new RegExp(email.replace(/[.+]/g, '\\$&')) })
  await expect(row).toContainText(/confirmed/i)
  // "Signed up on" names the page, not its path.
  await expect(row.getByRole('link', { name: /^Article: / })).toBeVisible()

  // Unsubscribe from the link in the email.
  await page.goto(mail.unsubscribeUrl!)
  await page.getByRole('button', { name: 'Unsubscribe' }).click()
  await expect(page.getByRole('heading', { name: 'You are unsubscribed' })).toBeVisible()
  await admin.reload()
  await expect(
    admin.getByRole('row', { name: new RegExp(email.replace(/[.+]/g, '\\$&')) }),
  ).toContainText(/unsubscribed/i)
  await admin.close()
})

test('one click in the mail client unsubscribes (RFC 8058)', async ({ page, playwright }) => {
  const email = address()
  await page.goto(articlePath)
  const box = await newsletterBox(page)
  await box.getByLabel('Email address').fill(email)
  await box.getByLabel(/I agree/).check()
  await box.getByRole('button', { name: 'Sign up' }).click()
  await expect(box.getByRole('status')).toBeVisible()
  await expect.poll(() => latestMailTo(email)?.oneClickUrl).toBeTruthy()

  // What a mail client does with List-Unsubscribe-Post: a POST, no cookies, no JavaScript.
  const client = await playwright.request.newContext()
  const oneClick = latestMailTo(email)!.oneClickUrl!
  expect((await client.get(oneClick)).status(), 'following the link alone changes nothing').toBe(
    405,
  )
  const response = await client.post(oneClick, {
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    data: 'List-Unsubscribe=One-Click',
  })
  expect(response.status()).toBe(200)
  expect(await response.json()).toMatchObject({ ok: true })
  await client.dispose()
})

test('the form explains a bad address and keeps what was typed', async ({ page }) => {
  await page.goto(articlePath)
  const box = await newsletterBox(page)
  await box.getByLabel('Email address').fill('reader@example')
  await box.getByLabel(/I agree/).check()
  await box.getByRole('button', { name: 'Sign up' }).click()
  await expect(box.getByText('Enter a valid email address, like name@example.com.')).toBeVisible()
  await expect(box.getByLabel('Email address')).toHaveValue('reader@example')
  await expect(box.getByLabel('Email address')).toHaveAttribute('aria-invalid', 'true')
})

test('signing up works with JavaScript turned off', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL })
  const page = await context.newPage()
  const email = address()
  await page.goto(articlePath)
  const box = await newsletterBox(page, { javaScript: false })
  await box.getByLabel('Email address').fill(email)
  await box.getByLabel(/I agree/).check()
  await box.getByRole('button', { name: 'Sign up' }).click()
  await expect(page).toHaveURL(/\/newsletter\/result\?status=ok/)
  await expect(page.getByRole('status')).toHaveText(
    'Thank you! Please check your inbox to confirm your subscription.',
  )
  await page.getByRole('link', { name: 'Back to where you were' }).click()
  await expect(page).toHaveURL(new RegExp(`${articlePath}$`))
  await expect.poll(() => latestMailTo(email)?.confirmUrl).toBeTruthy()
  await context.close()
})
