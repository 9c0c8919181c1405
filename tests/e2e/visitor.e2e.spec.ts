import type { Locator, Page } from '@playwright/test'

import { expect, test } from './fixtures'

const imagingTitle = 'Ketamine and the depressed brain: what 3T and 7T MRI scans showed'
const eegTitle = 'Journal club: brain rhythms before and after six weeks of low-dose oral ketamine'

/** Presses Tab until the target has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, maxPresses = 80) {
  for (let press = 0; press < maxPresses; press++) {
    await page.keyboard.press('Tab')
    if (await target.evaluate((element) => element === document.activeElement)) return
  }
  throw new Error(`Could not reach ${target} with the Tab key`)
}

test('a visitor reads from home to category, article, FAQ, related article, author and search', async ({
  page,
}) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 2, name: 'Featured article' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: 'Latest articles' })).toBeVisible()

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Journal Club' })
    .click()
  await expect(page).toHaveURL(/\/categories\/journal-club$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Journal Club')

  await page.getByRole('link', { name: eegTitle }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(eegTitle)
  await expect(page.getByRole('navigation', { name: 'In this article' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'References' })).toBeVisible()

  const faqs = page.getByRole('region', { name: 'Frequently asked questions' })
  const firstQuestion = faqs.locator('summary').first()
  const firstAnswer = faqs.locator('.faq-answer').first()
  await expect(firstAnswer).toBeHidden()
  await firstQuestion.click()
  await expect(firstAnswer).toBeVisible()

  const related = page.getByRole('region', { name: 'Related articles' })
  const relatedLink = related.getByRole('link').first()
  const relatedTitle = (await relatedLink.textContent())!
  await relatedLink.click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(relatedTitle)

  const author = page.locator('.byline a').first()
  const authorName = (await author.textContent())!.split(',')[0]!
  await author.click()
  await expect(page).toHaveURL(/\/authors\//)
  await expect(page.getByRole('heading', { level: 1 })).toContainText(authorName)
  await expect(
    page.getByRole('heading', { level: 2, name: `Articles by ${authorName}` }),
  ).toBeVisible()

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click()
  await page.getByLabel('Search articles and questions').fill('amygdala')
  await expect(page).toHaveURL(/\/search\?q=amygdala$/)
  await expect(page.getByRole('link', { name: imagingTitle })).toBeVisible()
})

test('a keyboard user skips to the content, opens an FAQ and searches', async ({ page }) => {
  await page.goto('/articles/ketamine-brain-imaging-hippocampus-amygdala')
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#main$/)

  const question = page.locator('summary', { hasText: 'Were there side effects?' })
  await tabTo(page, question)
  await expect(question).toHaveCSS('outline-style', 'solid')
  await page.keyboard.press('Enter')
  await expect(page.getByText('Ketamine can cause short-lived effects')).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page.getByText('Ketamine can cause short-lived effects')).toBeHidden()

  const related = page.getByRole('region', { name: 'Related articles' }).getByRole('link').first()
  await tabTo(page, related)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/articles\/ketamine-metabolites/)

  const searchLink = page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Search' })
  await page.goto('/')
  await tabTo(page, searchLink)
  await page.keyboard.press('Enter')
  const input = page.getByLabel('Search articles and questions')
  await tabTo(page, input)
  await page.keyboard.type('tesla scanner')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/search\?q=tesla%20scanner$/)
  await expect(page.getByRole('link', { name: /two kinds of MRI scanner/ })).toBeVisible()
})

test('on a phone the menu opens and closes with the keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 })
  await page.goto('/')
  const menu = page.getByRole('navigation', { name: 'Main' })
  const button = menu.getByRole('button', { name: 'Menu' })
  await expect(menu.getByRole('link', { name: 'FAQ' })).toBeHidden()
  await tabTo(page, button)
  await page.keyboard.press('Enter')
  await expect(button).toHaveAttribute('aria-expanded', 'true')
  await expect(menu.getByRole('link', { name: 'FAQ' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(button).toHaveAttribute('aria-expanded', 'false')
  await expect(button).toBeFocused()
  await expect(menu.getByRole('link', { name: 'FAQ' })).toBeHidden()
})

test('the FAQ page lists every question by category', async ({ page }) => {
  await page.goto('/faq')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Frequently asked questions')
  for (const category of ['Journal Club', 'Mental Health Research', 'Science of Ketamine']) {
    await expect(page.getByRole('heading', { level: 2, name: category })).toBeVisible()
  }
  expect(await page.locator('details.faq').count()).toBeGreaterThanOrEqual(18)
})

test('a category lists its articles and pages through them', async ({ page }) => {
  await page.goto('/categories/science-of-ketamine')
  await expect(page.getByRole('link', { name: imagingTitle })).toBeVisible()
  const response = await page.goto('/categories/science-of-ketamine?page=99')
  expect(response?.status()).toBe(404)
})

test('images keep their space while loading: width and height from the CMS', async ({ page }) => {
  await page.goto('/articles/ketamine-brain-imaging-hippocampus-amygdala')
  const images = page.locator('main img')
  expect(await images.count()).toBeGreaterThan(0)
  for (const image of await images.all()) {
    await expect(image).toHaveAttribute('width', /^\d+$/)
    await expect(image).toHaveAttribute('height', /^\d+$/)
  }
  const hero = page.locator('.hero img')
  await expect(hero).toHaveAttribute('src', /-1600x900\.webp$/)
})

test('the "Learn more" box after an article leads to a page that exists', async ({ page }) => {
  await page.goto('/articles/ketamine-brain-imaging-hippocampus-amygdala')
  const box = page.getByRole('region', { name: 'Learn more' })
  const link = box.getByRole('link')
  await expect(link).toHaveCount(1)
  const href = (await link.getAttribute('href'))!
  expect((await page.request.get(href)).status()).toBe(200)
  await link.click()
  await expect(page).toHaveURL(new RegExp(`${href}$`))
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/not found/i)
})
