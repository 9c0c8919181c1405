import { cmsUrl, expect, test } from './fixtures'

const imagingTitle = 'Ketamine and the depressed brain: what 3T and 7T MRI scans showed'

test('a direct visit to /search?q= arrives with results rendered by the server', async ({
  request,
}) => {
  const response = await request.get('/search?q=amygdala')
  expect(response.status()).toBe(200)
  const html = await response.text()
  expect(html).toContain(imagingTitle)
  expect(html).toContain('value="amygdala"')
})

test('search keeps the text in the URL and shows results, nothing found and errors', async ({
  page,
}) => {
  await page.goto('/search')
  const input = page.getByLabel('Search articles and questions')
  const status = page.getByRole('status')

  await input.fill('k')
  await expect(status).toContainText('at least 2 characters')

  await input.fill('hippocamp')
  await expect(page).toHaveURL(/\/search\?q=hippocamp$/)
  await expect(page.getByRole('link', { name: imagingTitle })).toBeVisible()
  await expect(status).toContainText(/\d+ articles? and \d+ questions? match “hippocamp”/)

  await input.fill('xylophonequartz')
  await expect(status).toContainText('Nothing matches “xylophonequartz”')

  // A slow, then failing CMS: the visitor sees that we are searching, then what went wrong.
  let release: () => void = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route(`${cmsUrl}/api/graphql`, async (route) => {
    await held
    await route.fulfill({ status: 500, body: '{"errors":[{"message":"down"}]}' })
  })
  await input.fill('norketamine')
  await expect(status).toContainText('Searching…')
  release()
  await expect(status).toContainText('Search is not available right now')
  await page.unroute(`${cmsUrl}/api/graphql`)
  await page.getByRole('button', { name: 'Try again' }).click()
  await expect(page.getByRole('link', { name: /After the dose/ })).toBeVisible()
})

test('the search query explains bad input in plain words', async ({ request }) => {
  const ask = (text: string) =>
    request.post(`${cmsUrl}/api/graphql`, {
      data: { query: `{ SearchContent(text: ${JSON.stringify(text)}) { articles { slug } } }` },
    })
  const tooShort = (await (await ask('k')).json()) as { errors: { message: string }[] }
  expect(tooShort.errors[0]?.message).toBe('Search text must be between 2 and 100 characters long.')
})
