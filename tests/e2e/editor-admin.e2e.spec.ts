import {
  createArticle,
  editNewArticle,
  expectMovedTo,
  latestDraft,
  openArticle,
  publishChanges,
  typeInRichText,
} from './admin'
import { cmsUrl, expect, signIn, test } from './fixtures'

// What works through the API must work through the admin: each test here takes the editor's or
// the author's own path, in Chromium, with autosave on.

// The admin's edit view is heavy for a shared 2-core machine: three times the usual time.
test.beforeEach(() => test.slow())

test('an editor renames a published slug in the admin; the old address leads to the new page', async ({
  page,
  visitor,
  baseURL,
  editorApi,
}) => {
  const title = `Ketamine and memory ${Date.now()}`
  const doc = await editNewArticle(
    page,
    editorApi,
    { title, _status: 'published' },
    { reviewed: true },
  )
  // The slug of a published article is locked until the editor means to change it.
  await expect(page.locator('#field-slug')).toBeDisabled()
  await page.locator('#field-slug-lock').click()
  const newSlug = `${doc.slug}-explained`
  await page.locator('#field-slug').fill(newSlug)

  // Autosave keeps the new slug as a draft; readers still get the published address.
  await expect
    .poll(async () => (await latestDraft<{ slug: string }>(editorApi, doc.id)).slug, {
      timeout: 20_000,
    })
    .toBe(newSlug)
  expect((await editorApi.request.get(`${baseURL}/articles/${doc.slug}`)).status()).toBe(200)

  await publishChanges(page)
  await expect(page.getByText(/successfully/).first()).toBeVisible()

  /** What the site answers for an address: status and Location, without following it. */
  const hop = async (from: string) => {
    // The site may close an idle keep-alive socket just as it is reused (ECONNRESET): ask again.
    const response = await editorApi.request.get(`${baseURL}/articles/${from}`).catch(() => null)
    return response ? [response.status(), response.headers()['location'] ?? ''] : ['no answer']
  }
  await expect.poll(() => hop(doc.slug), { timeout: 10_000 }).toEqual([308, `/articles/${newSlug}`])
  await visitor.goto(`/articles/${doc.slug}`)
  await expect(visitor).toHaveURL(new RegExp(`/articles/${newSlug}$`))
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(title)

  // Renamed once more: both earlier addresses lead straight to the newest (no chain of hops).
  const newest = `${doc.slug}-in-depth`
  const slug = page.locator('#field-slug')
  if (await slug.isDisabled()) await page.locator('#field-slug-lock').click()
  await slug.fill(newest)
  await expect
    .poll(async () => (await latestDraft<{ slug: string }>(editorApi, doc.id)).slug, {
      timeout: 20_000,
    })
    .toBe(newest)
  await publishChanges(page)
  // The CMS first: both redirects now point at the newest address. The site is asked only then: a
  // site request still in flight when the publish commits can cache the old target (a known race
  // in the site's tag revalidation, outside this test's subject).
  const redirectTo = async (from: string) => {
    const response = await editorApi.request.get(
      `${cmsUrl}/api/redirects?depth=0&where[from][equals]=/articles/${from}`,
      { headers: editorApi.headers },
    )
    return ((await response.json()) as { docs: { to?: { url?: string } }[] }).docs[0]?.to?.url
  }
  await expect
    .poll(async () => [await redirectTo(doc.slug), await redirectTo(newSlug)], {
      timeout: 20_000,
    })
    .toEqual([`/articles/${newest}`, `/articles/${newest}`])
  await expect
    .poll(async () => [await hop(doc.slug), await hop(newSlug)], { timeout: 10_000 })
    .toEqual([
      [308, `/articles/${newest}`],
      [308, `/articles/${newest}`],
    ])
  await expectMovedTo(visitor, doc.slug, newest, title)
})

test('a bad DOI is explained while drafting, saved as a draft, refused on publish, and cleared when fixed', async ({
  page,
  editorApi,
}) => {
  const draft = { title: `Ketamine and pain ${Date.now()}`, _status: 'draft' } as const
  const doc = await editNewArticle(page, editorApi, draft, { reviewed: true })
  // By its class: with an error badge the tab's accessible name becomes "Evidence 1".
  const evidenceTab = page.locator('.tabs-field__tab-button', { hasText: 'Evidence' })
  await evidenceTab.click()
  await page.getByRole('button', { name: 'Add Reference' }).click()
  await page.locator('#field-references__0__title').fill('Ketamine for chronic pain')
  const doi = page.locator('#field-references__0__doi')
  await doi.fill('10.1038 pain')
  await page.locator('#field-references__0__title').click()
  const message = page.getByRole('alert').filter({ hasText: 'Enter the DOI on its own' })
  await expect(message).toBeVisible()

  // Autosave is not blocked: the draft keeps what the editor typed.
  const draftDoi = async () =>
    (await latestDraft<{ references?: { doi?: string }[] }>(editorApi, doc.id)).references?.[0]?.doi
  await expect.poll(draftDoi, { timeout: 20_000 }).toBe('10.1038 pain')

  // Publishing refuses it, and the Evidence tab says where the problem is.
  await publishChanges(page)
  await expect(evidenceTab.locator('.error-pill')).toBeVisible()
  expect((await latestDraft<{ _status: string }>(editorApi, doc.id))._status).toBe('draft')

  // The editor goes on writing, and autosave saves it (the refused publish is behind them)…
  const newTitle = `Ketamine and chronic pain ${Date.now()}`
  await page.locator('#field-title').fill(newTitle)
  await expect
    .poll(async () => (await latestDraft<{ title: string }>(editorApi, doc.id)).title, {
      timeout: 20_000,
    })
    .toBe(newTitle)
  await expect(evidenceTab.locator('.error-pill')).toBeVisible()

  // … then fixes the DOI: the message and the tab's badge go away as they type.
  await doi.fill('https://doi.org/10.1038/s41598-024-54370-9')
  await expect(message).toHaveCount(0)
  // The badge goes when the admin's next form-state answer arrives, which takes seconds on a
  // loaded machine (CI once needed more than 10 s).
  await expect(evidenceTab.locator('.error-pill')).toHaveCount(0, { timeout: 20_000 })
  // Publishing now works (once autosave has the fix, so the click does not race it).
  await expect.poll(draftDoi, { timeout: 20_000 }).toBe('10.1038/s41598-024-54370-9')
  await publishChanges(page)
  await expect
    .poll(
      async () => {
        const live = await editorApi.request.get(`${cmsUrl}/api/articles/${doc.id}?depth=0`, {
          headers: editorApi.headers,
        })
        const { _status, references } = (await live.json()) as {
          _status: string
          references?: { doi?: string }[]
        }
        return [_status, references?.[0]?.doi]
      },
      { timeout: 20_000 },
    )
    .toEqual(['published', '10.1038/s41598-024-54370-9'])
})

test('an FAQ is a draft until an editor publishes it: only then is it on /faq', async ({
  page,
  visitor,
  users,
}) => {
  const question = `Can ketamine help with tinnitus ${Date.now()}?`
  await signIn(page, users.editor)
  await page.goto(`${cmsUrl}/admin/collections/faqs/create`)
  await page.locator('#field-question').fill(question)
  await typeInRichText(page, 'There is no good evidence yet.')
  await page.getByRole('button', { name: 'Save draft' }).click()
  await expect(page.getByText(/successfully/).first()).toBeVisible()

  await visitor.goto('/faq')
  await expect(visitor.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(visitor.getByText(question)).toHaveCount(0)

  await page.getByRole('button', { name: 'Publish changes' }).click()
  await expect(page.getByText(/successfully/).first()).toBeVisible()
  await expect(async () => {
    await visitor.reload()
    await expect(visitor.getByText(question)).toBeVisible({ timeout: 1_000 })
  }).toPass({ timeout: 15_000 })
})

test('an author is offered only what the server allows, and told why a published article is read-only', async ({
  page,
  users,
}) => {
  await signIn(page, users.author)
  await page.goto(`${cmsUrl}/admin/collections/articles`)
  const rows = page.locator('.table tbody tr')
  await expect(rows.first()).toBeVisible()
  // No selection, so no bulk Edit, Publish, Unpublish or Delete.
  await expect(page.locator('.cell-_select input[type="checkbox"]').first()).toBeHidden()
  for (const action of ['Publish', 'Unpublish', 'Delete', 'Edit']) {
    await expect(page.getByRole('button', { name: action, exact: true })).toHaveCount(0)
  }

  // A published article (from the demo content) opens read-only, with the reason.
  await rows.filter({ hasText: 'Published' }).first().locator('a').first().click()
  await expect(page.getByText('You can read this article but not change it.')).toBeVisible()
  await expect(page.getByText(/only editors change articles that readers can see/)).toBeVisible()
  await expect(page.getByRole('button', { name: 'Publish changes' })).toHaveCount(0)
  await expect(page.locator('#field-slug-lock')).toHaveCount(0)
  await expect(page.locator('#field-title')).toBeDisabled()
})

test('the SEO tab shows what the site will use, and its generate buttons work for editors', async ({
  page,
  baseURL,
  editorApi,
}) => {
  const title = `Ketamine and migraine ${Date.now()}`
  const doc = await createArticle(editorApi, {
    title,
    summary: 'Small studies, cautious findings.',
    _status: 'draft',
  })

  // The endpoint behind the preview's address answered 403 before.
  const generated = await editorApi.request.post(`${cmsUrl}/api/plugin-seo/generate-url`, {
    headers: editorApi.headers,
    data: { id: doc.id, collectionSlug: 'articles', doc: { slug: doc.slug } },
  })
  expect(generated.status()).toBe(200)
  expect(((await generated.json()) as { result: string }).result).toBe(
    `${baseURL}/articles/${doc.slug}`,
  )

  await openArticle(page, editorApi.login, doc.id)
  await page.getByRole('button', { name: 'SEO', exact: true }).click()
  const preview = page.getByTestId('seo-preview')
  await expect(preview).toContainText(`${baseURL}/articles/${doc.slug}`)
  await expect(preview).toContainText(`${title} · Science of Ketamine`)
  await expect(preview).toContainText('Small studies, cautious findings.')
  await expect(page.getByText(/from the article title/)).toBeVisible()
  await expect(page.getByText('Missing', { exact: true })).toHaveCount(0)

  await page.getByRole('button', { name: 'Fill in from the article' }).first().click()
  await expect(page.locator('#field-meta__title')).toHaveValue(title)
})

test('the admin speaks the editor’s language and shows the site’s name', async ({
  page,
  editorApi,
}) => {
  await page.goto(`${cmsUrl}/admin/login`)
  await expect(page.locator('.sok-logo')).toContainText('Science of Ketamine')

  await signIn(page, editorApi.login)
  // At 1280 px the navigation is open, not behind a hamburger.
  await expect(page.locator('nav').getByRole('link', { name: 'Articles' })).toBeVisible()

  await page.goto(`${cmsUrl}/admin/collections/articles`)
  for (const heading of ['Title', 'Status', 'Category', 'Authors', 'Last changed']) {
    await expect(page.locator('thead').getByText(heading, { exact: true })).toBeVisible()
  }
  for (const heading of ['Scheduled', 'Ready for an editor', 'Medical reviewer']) {
    await expect(page.locator('thead').getByText(heading, { exact: true })).toHaveCount(1)
  }
  await expect(page.getByPlaceholder('Search by Title Or URL slug')).toBeVisible()

  // "Create New" stores a draft at once; the list never calls it "<No Title>".
  await page.getByRole('link', { name: 'Create New' }).first().click()
  await expect(page).toHaveURL(/\/admin\/collections\/articles\/\d+$/)
  await expect(page.getByRole('link', { name: 'API' })).toHaveCount(0)
  await expect(page.getByText('Editable by')).toBeVisible()
  await expect(page.getByText(/0 words · about 1 minute to read/)).toBeVisible()
  // The body's toolbar names its icons (a tooltip on hover, a name for screen readers).
  const toolbar = page.locator('.fixed-toolbar').first()
  await expect(toolbar.getByRole('button', { name: 'Bold', exact: true })).toHaveAttribute(
    'title',
    'Bold',
  )
  await expect(toolbar.getByRole('button', { name: /^Insert: callout/ })).toBeVisible()
  await page.locator('#field-title').fill('Counting words')
  await typeInRichText(page, 'One two three four five.')
  await expect(page.getByText(/5 words · about 1 minute to read/)).toBeVisible()
  await expect(page.getByText(/Last saved/)).toBeVisible({ timeout: 20_000 })

  // The version history names who saved, and what they changed since the version before (once
  // autosave has stored the body: "Last saved" may still name an earlier save).
  const id = Number(page.url().split('/').pop())
  await expect
    .poll(async () => JSON.stringify(await latestDraft(editorApi, id)), {
      timeout: 20_000,
    })
    .toContain('four five')
  await page.getByRole('link', { name: /Versions/ }).click()
  const versions = page.locator('.sok-versions__table tbody tr')
  await expect(versions.first()).toContainText(editorApi.login.name)
  await expect(versions.first().locator('td').nth(3)).toHaveText(/Title, .*Body/)
  await expect(versions.last().locator('td').nth(3)).toHaveText(/^First version/)
  // The status has its own column; field names only in "Changed".
  await expect(versions.first().locator('td').nth(3)).not.toContainText('_status')

  await page.goto(`${cmsUrl}/admin/collections/articles/create`)
  await expect(page).toHaveURL(/\/admin\/collections\/articles\/\d+$/)
  await page.goto(`${cmsUrl}/admin/collections/articles?sort=-createdAt`)
  await expect(page.locator('.table tbody tr').first()).toContainText('Untitled draft')
  await expect(page.getByText('<No Title>')).toHaveCount(0)
})
