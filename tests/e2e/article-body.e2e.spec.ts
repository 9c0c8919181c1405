import { createArticle, openArticle, publishChanges } from './admin'
import { expect, test } from './fixtures'

const day = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

test('"Updated" appears only where editors dated a substantive update, in the page and its JSON-LD', async ({
  page,
}) => {
  // Updated a month after publication (the seed's own history) …
  await page.goto('/articles/ketamine-brain-imaging-hippocampus-amygdala')
  const meta = page.locator('.article-header .meta')
  await expect(meta).toContainText('Published 29 February 2024')
  await expect(meta).toContainText('Updated 28 March 2024')
  const graph = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').first().textContent())!,
  ) as { '@graph': { '@type': string; dateModified?: string }[] }
  const article = graph['@graph'].find((node) => node['@type'] === 'Article')
  expect(article?.dateModified).toBe('2024-03-28T09:00:00.000Z')

  // … never updated, although the seed saved it again to link related articles.
  await page.goto('/articles/ketamine-zebrafish-research')
  await expect(meta).toContainText('Published 14 November 2023')
  await expect(meta).not.toContainText('Updated')
})

test('an editor marks a substantive update in the admin; readers see "Updated" with today\'s date once published', async ({
  page,
  visitor,
  editorApi,
}) => {
  test.slow()
  const doc = await createArticle(editorApi, {
    title: `Ketamine and pain ${Date.now()}`,
    publishedAt: '2024-01-10T09:00:00.000Z',
    newsletter: { sendOnPublish: false },
    _status: 'published',
  })

  // A new article reaches the site's list of published slugs with the revalidation that follows
  // the commit, about a second later (editorial.e2e bounds that); this test is about the dates,
  // so it allows a loaded CI machine more time.
  const meta = visitor.locator('.article-header .meta')
  await expect
    .poll(
      async () => {
        await visitor.goto(`/articles/${doc.slug}`)
        return (await meta.count()) ? meta.textContent() : null
      },
      { timeout: 30_000 },
    )
    .toContain('Published 10 January 2024')
  await expect(meta).not.toContainText('Updated')

  await openArticle(page, editorApi.login, doc.id)
  await page.getByRole('button', { name: 'Mark as a substantive update' }).click()
  const today = day.format(new Date())
  await expect(page.getByRole('status').filter({ hasText: `Updated ${today}` })).toBeVisible()
  await publishChanges(page, { withoutReviewer: true })
  // Generous: publishing waits for the database, and this machine is shared.
  await expect(page.getByText(/successfully/).first()).toBeVisible({ timeout: 30_000 })

  await expect
    .poll(
      async () => {
        await visitor.reload()
        return meta.textContent()
      },
      { timeout: 10_000 },
    )
    .toContain(`Updated ${today}`)
})

test('an internal link in an article body opens the linked article; a category link its listing', async ({
  page,
}) => {
  await page.goto('/articles/ketamine-metabolites-norketamine-hydroxynorketamine')
  const body = page.locator('.prose')
  const toCategory = body.getByRole('link', { name: 'Science of Ketamine' })
  await expect(toCategory).toHaveAttribute('href', '/categories/science-of-ketamine')
  const toArticle = body.getByRole('link', { name: 'a trial that gave rapamycin before ketamine' })
  await expect(toArticle).toHaveAttribute('href', '/articles/rapamycin-ketamine-depression-trial')
  await toArticle.click()
  await expect(page).toHaveURL(/\/articles\/rapamycin-ketamine-depression-trial$/)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Rapamycin before ketamine')
})
