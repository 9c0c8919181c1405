import AxeBuilder from '@axe-core/playwright'

import { createArticle } from './admin'
import { cmsUrl, expect, signIn, test } from './fixtures'
import { paragraph } from './rich-text'

test('an editor publishes a glossary term in the admin; readers find it A–Z, in search, in the sitemap and linked from an article', async ({
  page,
  visitor,
  editorApi,
}) => {
  test.slow()
  // One word no other test uses, so linking it changes no other test's article.
  const term = `Quazitrope${Date.now().toString(36)}`
  const slug = term.toLowerCase()
  const definition = 'A made-up receptor, used to test the glossary.'

  // The editor's path: the admin, in Chromium.
  await signIn(page, editorApi.login)
  await page.goto(`${cmsUrl}/admin/collections/glossary-terms/create`)
  await page.getByRole('textbox', { name: /^Term/ }).fill(term)
  await page.getByRole('textbox', { name: /^Short Definition/ }).fill(definition)
  await page.getByRole('button', { name: 'Publish changes' }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/glossary-terms\/\d+/)

  // An article that mentions the term in a heading, then twice in its text.
  const body = paragraph(`Why ${term} matters, and more on ${term} below.`)
  const heading = {
    ...body.root.children[0]!,
    type: 'heading',
    tag: 'h2',
    children: [{ ...body.root.children[0]!.children[0]!, text: `About ${term}` }],
  }
  const article = await createArticle(editorApi, {
    title: `Receptors explained ${Date.now()}`,
    summary: 'An article that mentions a glossary term.',
    body: { root: { ...body.root, children: [heading, ...body.root.children] } },
    newsletter: { sendOnPublish: false },
    _status: 'published',
  })

  // A–Z, once the site has heard about the change (about a second; generous on a loaded machine).
  await expect
    .poll(
      async () => {
        await visitor.goto('/glossary')
        return visitor.getByRole('link', { name: term, exact: true }).count()
      },
      { timeout: 30_000 },
    )
    .toBe(1)
  await expect(visitor.getByRole('navigation', { name: 'Glossary letters' })).toContainText('Q')
  await visitor.getByRole('link', { name: term, exact: true }).click()
  await expect(visitor).toHaveURL(`/glossary/${slug}`)
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(term)
  await expect(visitor.getByText(definition)).toBeVisible()
  const jsonLd = await visitor.locator('script[type="application/ld+json"]').textContent()
  expect(JSON.parse(jsonLd!)['@graph']).toContainEqual(
    expect.objectContaining({ '@type': 'DefinedTerm', name: term, description: definition }),
  )

  // The article links the first mention in its text, not the heading, and only once.
  await expect
    .poll(
      async () => {
        await visitor.goto(`/articles/${article.slug}`)
        return visitor
          .locator('.prose')
          .getByRole('link', { name: `${term} (glossary)` })
          .count()
      },
      { timeout: 30_000 },
    )
    .toBe(1)
  const prose = visitor.locator('.prose')
  await expect(prose.getByRole('heading', { name: `About ${term}` }).getByRole('link')).toHaveCount(
    0,
  )
  await prose.getByRole('link', { name: `${term} (glossary)` }).click()
  await expect(visitor).toHaveURL(`/glossary/${slug}`)

  // Search and the sitemap.
  await visitor.goto(`/search?q=${term}`)
  const results = visitor.getByRole('region', { name: 'Glossary' })
  await expect(results.getByRole('link', { name: term })).toHaveAttribute(
    'href',
    `/glossary/${slug}`,
  )
  const sitemap = await (await visitor.request.get('/sitemap.xml')).text()
  expect(sitemap).toContain(`/glossary/${slug}</loc>`)

  // The new pages, and an article with a linked term, pass the same checks as the others.
  for (const path of ['/glossary', `/glossary/${slug}`, `/articles/${article.slug}`]) {
    await visitor.goto(path)
    const { violations } = await new AxeBuilder({ page: visitor })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze()
    expect(violations.map((violation) => `${path} ${violation.id}: ${violation.help}`)).toEqual([])
  }
})
