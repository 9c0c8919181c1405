import { pickOption, publishChanges, startArticle, typeInRichText, uploadHeroImage } from './admin'
import { apiSession, cmsUrl, expect, slugOf, test } from './fixtures'

test('an editor publishes a complete article with an image, an FAQ and a reference', async ({
  page,
  users,
  playwright,
}) => {
  const title = `Ketamine and anxiety ${Date.now()}`
  await startArticle(page, users.editor, {
    title,
    summary: 'A careful look at what early trials suggest.',
  })

  // Hero image: upload a new one from the field's own dialog, with its required alt text.
  await uploadHeroImage(page, 'hero', 'A teal square standing in for a photograph')

  await typeInRichText(page, 'Early trials of ketamine for anxiety are small but interesting.')
  await pickOption(page, 'category')
  await pickOption(page, 'authors')

  await page.getByRole('button', { name: 'Evidence', exact: true }).click()
  await page.getByRole('button', { name: 'Add Reference' }).click()
  await page
    .locator('#field-references__0__title')
    .fill('Hippocampal volume changes after ketamine')
  await page.locator('#field-references__0__doi').fill('10.1038/s41598-024-54370-9')
  await pickOption(page, 'faqs')

  await publishChanges(page, { withoutReviewer: true })
  await expect(page.getByText(/successfully/).first()).toBeVisible()

  // Anyone can now read it over the REST API, complete.
  const anonymous = await playwright.request.newContext()
  const response = await anonymous.get(
    `${cmsUrl}/api/articles?where[slug][equals]=${slugOf(title)}&depth=1`,
  )
  const { docs } = (await response.json()) as {
    docs: {
      _status: string
      heroImage: { alt: string }
      references: { doi: string }[]
      faqs: { question: string }[]
    }[]
  }
  expect(docs).toHaveLength(1)
  expect(docs[0]).toMatchObject({
    _status: 'published',
    heroImage: { alt: 'A teal square standing in for a photograph' },
    references: [{ doi: '10.1038/s41598-024-54370-9' }],
  })
  expect(docs[0]!.faqs).toHaveLength(1)
  await anonymous.dispose()
})

test('an author can save a draft but cannot publish, in the admin and over the API', async ({
  page,
  users,
  playwright,
}) => {
  const title = `Author draft ${Date.now()}`
  await startArticle(page, users.author, {
    title,
    summary: 'Written by an author, waiting for an editor.',
  })
  await typeInRichText(page, 'A first draft.')
  // The admin offers no way to publish.
  await expect(page.getByRole('button', { name: 'Publish changes' })).toHaveCount(0)

  // Autosave stores the draft a moment after typing stops.
  const { request, headers } = await apiSession(playwright, users.author)
  const findDraft = async () => {
    const found = await request.get(
      `${cmsUrl}/api/articles?where[slug][equals]=${slugOf(title)}&draft=true&depth=0`,
      { headers },
    )
    return ((await found.json()) as { docs: { id: number; _status: string }[] }).docs[0]
  }
  await expect.poll(findDraft, { timeout: 20_000 }).toMatchObject({ _status: 'draft' })
  const draft = (await findDraft())!

  const publish = await request.patch(`${cmsUrl}/api/articles/${draft.id}`, {
    headers,
    data: { _status: 'published' },
  })
  expect(publish.status()).toBe(403)
  expect(JSON.stringify(await publish.json())).toContain(
    'You are not allowed to perform this action.',
  )

  const anonymous = await playwright.request.newContext()
  const visible = await anonymous.get(`${cmsUrl}/api/articles?where[slug][equals]=${slugOf(title)}`)
  expect(((await visible.json()) as { docs: unknown[] }).docs).toHaveLength(0)
  await Promise.all([request.dispose(), anonymous.dispose()])
})
