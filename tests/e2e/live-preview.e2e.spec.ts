import type { Page, Response } from '@playwright/test'

import { createArticle, openArticle } from './admin'
import { expect, test } from './fixtures'

// A string only Payload's live-preview client code contains (its "ready" message type).
const LIVE_PREVIEW_CODE = 'payload-live-preview'

/** Collects the site's JavaScript a page downloads, to see whether live-preview code is among it. */
function watchScripts(page: Page, siteUrl: string) {
  const bodies: Promise<string>[] = []
  page.on('response', (response: Response) => {
    const url = response.url()
    if (url.startsWith(siteUrl) && response.request().resourceType() === 'script') {
      bodies.push(response.text().catch(() => ''))
    }
  })
  return async () => (await Promise.all(bodies)).filter((body) => body.includes(LIVE_PREVIEW_CODE))
}

test('an editor types a title and watches the real site update beside the editor, at phone, tablet and desktop sizes', async ({
  page,
  visitor,
  baseURL,
  editorApi,
}) => {
  test.slow()
  const stamp = Date.now()
  const oldTitle = `Ketamine and appetite ${stamp}`
  const doc = await createArticle(editorApi, {
    title: oldTitle,
    // Long ago, so it does not push the demo articles off the home page other specs read.
    publishedAt: '2020-03-03T09:00:00.000Z',
    _status: 'published',
  })

  const previewScripts = watchScripts(page, baseURL!)
  await openArticle(page, editorApi.login, doc.id)
  await page.getByRole('button', { name: 'Live Preview' }).click()

  // The pane shows the real site's article page, as a preview.
  const pane = page.frameLocator('#live-preview-iframe')
  await expect(pane.getByRole('heading', { level: 1 })).toHaveText(oldTitle)
  await expect(pane.getByRole('status').filter({ hasText: 'Preview' })).toBeVisible()

  // Typing (autosave on) reaches the pane without a reload of the admin or a click.
  const newTitle = `Ketamine and appetite, explained ${stamp}`
  await page.locator('#field-title').fill(newTitle)
  await expect(pane.getByRole('heading', { level: 1 })).toHaveText(newTitle, { timeout: 20_000 })
  const summary = 'A summary typed a moment ago.'
  await page.locator('#field-summary').fill(summary)
  await expect(pane.getByText(summary)).toBeVisible({ timeout: 20_000 })

  // Readers still see what is published.
  const readerScripts = watchScripts(visitor, baseURL!)
  await visitor.goto(`/articles/${doc.slug}`)
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(oldTitle)
  // Live-preview code is downloaded in the editor's preview, never by a reader.
  expect((await previewScripts()).length).toBeGreaterThan(0)
  expect(await readerScripts()).toEqual([])

  // The pane's token opens that article's draft, and no other.
  const token = (await page.context().cookies()).find((c) => c.name === 'sok-preview')
  expect(token?.path).toBe('/preview')
  const other = await editorApi.request.get(
    `${baseURL}/preview/articles/ketamine-zebrafish-research`,
    { headers: { Cookie: `sok-preview=${token!.value}` } },
  )
  expect(other.status()).toBe(404)

  // The sizes an editor can check the page at.
  const breakpointMenu = page.locator('.live-preview-toolbar-controls__breakpoint button').first()
  const frame = page.locator('#live-preview-iframe')
  for (const [label, width] of [
    ['Phone', 375],
    ['Tablet', 768],
    ['Desktop', 1440],
  ] as const) {
    await breakpointMenu.click()
    await page.getByRole('button', { name: label, exact: true }).click()
    await expect(breakpointMenu).toContainText(label)
    await expect
      .poll(async () => frame.evaluate((element) => (element as HTMLIFrameElement).offsetWidth))
      .toBe(width)
  }
})

test('a reader never downloads live-preview code', async ({ page, baseURL }) => {
  const scripts = watchScripts(page, baseURL!)
  await page.goto('/')
  await page.getByRole('article').first().getByRole('link').first().click()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: 'Preview' })).toHaveCount(0)
  expect(await scripts()).toEqual([])
})

test('the preview route shows nothing without a token for that article, and is never cached', async ({
  playwright,
  baseURL,
}) => {
  const api = await playwright.request.newContext({ baseURL })
  const slug = 'ketamine-zebrafish-research'
  const anonymous = await api.get(`/preview/articles/${slug}`)
  expect(anonymous.status()).toBe(404)
  expect(anonymous.headers()['cache-control']).toContain('no-store')
  expect(await anonymous.text()).not.toContain('preview-banner')
  // A token cookie that is not the CMS's signature gets nothing either.
  const forged = await api.get(`/preview/articles/${slug}`, {
    headers: { Cookie: 'sok-preview=eyJjb2xsZWN0aW9uIjoiYXJ0aWNsZXMifQ.forged' },
  })
  expect(forged.status()).toBe(404)
  await api.dispose()
})
