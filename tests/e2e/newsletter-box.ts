import { expect, type Locator, type Page } from '@playwright/test'

/**
 * The article's newsletter box. With JavaScript, waits until React has taken over the form (it
 * then switches off native validation): a click before that would post the plain HTML form.
 */
export async function newsletterBox(page: Page, { javaScript = true } = {}): Promise<Locator> {
  const box = page.getByRole('region', { name: 'New research, explained, in your inbox' })
  await expect(box).toBeVisible()
  if (javaScript) await expect(box.locator('form')).toHaveJSProperty('noValidate', true)
  return box
}
