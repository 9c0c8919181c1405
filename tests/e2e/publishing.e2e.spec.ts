import { pickOption, publishChanges, startArticle, typeInRichText } from './admin'
import { cmsUrl, expect, signIn, slugOf, test } from './fixtures'

// With no user yet, Payload shows its "create your first user" screen instead; the users
// fixture makes sure accounts exist. A wrong password is refused on the form; the right one opens
// the dashboard.
test('the admin login page renders and signs an editor in', async ({ page, users }) => {
  await page.goto(`${cmsUrl}/admin/login`)
  await expect(page.getByLabel('Email')).toBeVisible()
  await expect(page.getByLabel('Password', { exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Login' })).toBeVisible()

  await page.getByLabel('Email').fill(users.editor.email)
  await page.getByLabel('Password', { exact: true }).fill(`${users.editor.password}-wrong`)
  await page.getByRole('button', { name: 'Login' }).click()
  await expect(page.getByText(/email or password is incorrect/i)).toBeVisible()
  await expect(page).toHaveURL(/\/admin\/login/)

  await signIn(page, users.editor)
  await expect(page.getByRole('link', { name: /Articles/ }).first()).toBeVisible()
})

test('an editor writes an article in the admin: the draft stays private, the published article is on the site', async ({
  page,
  users,
  browser,
  baseURL,
}) => {
  const title = `Ketamine and sleep ${Date.now()}`
  const slug = slugOf(title)
  await startArticle(page, users.editor, {
    title,
    summary: 'What small studies say about ketamine and sleep.',
  })
  await typeInRichText(page, 'Sleep and mood are closely linked, and researchers are asking how.')
  await pickOption(page, 'category')
  await pickOption(page, 'authors')

  // Autosave keeps it as a draft; the public site must not show it.
  await expect(page.getByText(/Last saved/)).toBeVisible({ timeout: 20_000 })
  expect((await page.request.get(`/articles/${slug}`)).status()).toBe(404)

  await publishChanges(page, { withoutReviewer: true })
  await expect(page.getByText(/successfully/).first()).toBeVisible()

  // A separate visitor, with no admin session.
  const visitor = await browser.newPage({ baseURL })
  await visitor.goto(`/articles/${slug}`)
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(visitor.getByText('Sleep and mood are closely linked')).toBeVisible()
  await visitor.goto('/')
  await expect(visitor.getByRole('link', { name: title })).toBeVisible()
  await visitor.close()
})
