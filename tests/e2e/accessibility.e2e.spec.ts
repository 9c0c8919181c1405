import AxeBuilder from '@axe-core/playwright'

import { expect, test } from './fixtures'

const pageTypes = {
  home: '/',
  category: '/categories/science-of-ketamine',
  article: '/articles/ketamine-brain-imaging-hippocampus-amygdala',
  author: '/authors/maya-lindqvist',
  faq: '/faq',
  search: '/search?q=ketamine',
  'not found': '/articles/there-is-no-such-article',
}

for (const width of [390, 1280]) {
  for (const [name, path] of Object.entries(pageTypes)) {
    test(`${name} page has no axe violations at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 })
      await page.goto(path)
      await page.locator('main').waitFor()
      if (name === 'search') await expect(page.getByRole('status')).toContainText('match')
      // Open the FAQs so their answers are checked too.
      for (const question of await page.locator('details').all()) {
        await question.evaluate((element) => ((element as HTMLDetailsElement).open = true))
      }
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze()
      const summary = results.violations.map(
        (violation) =>
          `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
      )
      expect(summary).toEqual([])
    })
  }
}

test('the phone menu, opened, has no axe violations', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 })
  await page.goto('/')
  await page.getByRole('button', { name: 'Menu' }).click()
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag22aa'])
    .analyze()
  expect(results.violations.map((violation) => violation.id)).toEqual([])
})
