import { expect, test } from './fixtures'

const demoTitle = 'Ketamine and the depressed brain: what 3T and 7T MRI scans showed'

test('a visitor finds the demo article on the home page and reads it', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 2, name: 'Latest articles' })).toBeVisible()

  // Other specs publish articles first, so the demo one may be a few pages down: "Show more".
  const demoLink = page.getByRole('link', { name: demoTitle })
  await expect(async () => {
    if (!(await demoLink.isVisible())) {
      await page.getByRole('button', { name: 'Show more articles' }).click({ timeout: 2_000 })
    }
    await expect(demoLink).toBeVisible({ timeout: 2_000 })
  }).toPass({ timeout: 30_000 })
  await demoLink.click()

  await expect(page).toHaveURL(/\/articles\/ketamine-brain-imaging-hippocampus-amygdala$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(demoTitle)
  await expect(page.getByRole('heading', { level: 2, name: 'What they found' })).toBeVisible()
  await expect(page).toHaveTitle(`${demoTitle} · Science of Ketamine`)
  // The link in the body text (the references list links the same paper too).
  const paperLink = page.locator('.prose').getByRole('link', { name: /Hippocampal volume changes/ })
  await expect(paperLink).toHaveAttribute('href', 'https://doi.org/10.1038/s41598-024-54370-9')
  await expect(paperLink).toHaveAttribute('rel', 'noopener noreferrer')
})

test('a missing article answers 404 with the site’s own page', async ({ page }) => {
  const response = await page.goto('/articles/there-is-no-such-article')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Go to the latest articles' })).toBeVisible()
})

test('the skip link moves keyboard users to the content', async ({ page }) => {
  await page.goto('/')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to content' })
  await expect(skip).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#main$/)
})
