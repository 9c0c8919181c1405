import { expect, test } from './fixtures'
import { newsletterBox } from './newsletter-box'

// Runs last (its own Playwright project depends on all the others): it stops the CMS for good.
test('with the CMS stopped, the newsletter form shows the error message and the page still works', async ({
  page,
}) => {
  const pid = Number(process.env.E2E_CMS_PID)
  if (!pid) throw new Error('E2E_CMS_PID is not set: run the e2e tests with `npm run test:e2e`.')
  await page.goto('/articles/ketamine-brain-imaging-hippocampus-amygdala')
  const box = await newsletterBox(page)

  // Gone at once, as after a crash: a graceful stop may wait on open keep-alive connections.
  process.kill(-pid, 'SIGKILL')
  await expect
    .poll(async () => {
      try {
        await fetch(process.env.CMS_URL ?? 'http://localhost:3100', {
          signal: AbortSignal.timeout(1000),
        })
        return 'up'
      } catch {
        return 'down'
      }
    })
    .toBe('down')

  await box.getByLabel('Email address').fill('reader-while-down@example.com')
  await box.getByLabel(/I agree/).check()
  await box.getByRole('button', { name: 'Sign up' }).click()
  await expect(box.getByRole('alert')).toHaveText(
    'Sorry, something went wrong while sending the form. Please try again.',
  )
  // The page itself still works: the FAQ opens, the form can be sent again.
  await page.getByText('Does this study show that ketamine repairs the brain?').click()
  await expect(page.getByText(/It found one small change in one region/)).toBeVisible()
  await expect(box.getByRole('button', { name: 'Sign up' })).toBeEnabled()
})
