import { cmsUrl, expect, slugOf, test } from './fixtures'

// With no user yet, Payload shows its "create your first user" screen instead; the editor
// fixture makes sure one exists.
test('the admin login page renders', async ({ page, editor }) => {
  expect(editor.email).toBeTruthy()
  await page.goto(`${cmsUrl}/admin/login`)
  await expect(page.getByLabel('Email')).toBeVisible()
  await expect(page.getByLabel('Password', { exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Login' })).toBeVisible()
})

test('an editor writes an article in the admin: the draft stays private, the published article is on the site', async ({
  page,
  editor,
  browser,
  baseURL,
}) => {
  const title = `Ketamine and sleep ${Date.now()}`
  const slug = slugOf(title)

  await page.goto(`${cmsUrl}/admin/login`)
  await page.getByLabel('Email').fill(editor.email)
  await page.getByLabel('Password', { exact: true }).fill(editor.password)
  await page.getByRole('button', { name: 'Login' }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)

  await page.goto(`${cmsUrl}/admin/collections/articles/create`)
  await page.locator('#field-title').fill(title)
  await page.locator('#field-summary').fill('What small studies say about ketamine and sleep.')
  const body = page.locator('[data-lexical-editor="true"]').first()
  await body.click()
  await page.keyboard.type('Sleep and mood are closely linked, and researchers are asking how.')

  // Autosave keeps it as a draft; the public site must not show it.
  await expect(page.getByText(/Last saved/)).toBeVisible({ timeout: 20_000 })
  const draftResponse = await page.request.get(`/articles/${slug}`)
  expect(draftResponse.status()).toBe(404)

  await page.getByRole('button', { name: 'Publish changes' }).click()
  await expect(page.getByText('Updated successfully.').first()).toBeVisible()

  // A separate visitor, with no admin session.
  const visitor = await browser.newPage({ baseURL })
  await visitor.goto(`/articles/${slug}`)
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(visitor.getByText('Sleep and mood are closely linked')).toBeVisible()
  await visitor.goto('/')
  await expect(visitor.getByRole('link', { name: title })).toBeVisible()
  await visitor.close()
})
