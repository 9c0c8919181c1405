import { writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { type APIRequestContext, expect, type Page } from '@playwright/test'
import sharp from 'sharp'

import { type ApiSession, cmsUrl, type Login, signIn } from './fixtures'
import { paragraph } from './rich-text'

/** Opens a relationship field's dropdown and picks the option with this text, or the first. */
export async function pickOption(page: Page, field: string, text?: string | RegExp) {
  await page.locator(`#field-${field} .rs__control`).click()
  const options = page.locator('.rs__option')
  await (text ? options.filter({ hasText: text }).first() : options.first()).click()
}

/**
 * "Publish changes". Without a medical reviewer the admin asks first; `withoutReviewer` answers
 * "Publish anyway".
 */
export async function publishChanges(page: Page, { withoutReviewer = false } = {}) {
  await page.getByRole('button', { name: 'Publish changes' }).click()
  if (withoutReviewer) {
    await expect(page.getByText('Publish without a medical reviewer?')).toBeVisible()
    await page.getByRole('button', { name: 'Publish anyway' }).click()
  }
}

/** Signs in as `login` and opens an article's edit view. */
export async function openArticle(page: Page, login: Login, id: number) {
  await signIn(page, login)
  await page.goto(`${cmsUrl}/admin/collections/articles/${id}`)
}

/**
 * Signs in as `login`, starts a new article (the admin stores a draft at once, under its id) and
 * types its title and summary. Returns the new article's id.
 */
export async function startArticle(
  page: Page,
  login: Login,
  { title, summary }: { title: string; summary: string },
): Promise<number> {
  await signIn(page, login)
  await page.goto(`${cmsUrl}/admin/collections/articles/create`)
  await expect(page).toHaveURL(/\/admin\/collections\/articles\/\d+$/)
  const id = Number(page.url().split('/').pop())
  await page.locator('#field-title').fill(title)
  await page.locator('#field-summary').fill(summary)
  return id
}

/** Clicks into the form's first rich-text field (an article's body, an FAQ's answer) and types. */
export async function typeInRichText(page: Page, text: string) {
  await page.locator('[data-lexical-editor="true"]').first().click()
  await page.keyboard.type(text)
}

/** The latest draft of an article over REST, as the session's user sees it. */
export async function latestDraft<T = Record<string, unknown>>(
  session: ApiSession,
  id: number,
): Promise<T> {
  const response = await session.request.get(`${cmsUrl}/api/articles/${id}?draft=true&depth=0`, {
    headers: session.headers,
  })
  return (await response.json()) as T
}

/** The first category and person with credentials, for articles made over the API. */
async function articleBasics(api: APIRequestContext) {
  const first = async (path: string) => {
    const response = await api.get(`${cmsUrl}/api/${path}`)
    return ((await response.json()) as { docs: { id: number }[] }).docs[0]!.id
  }
  const [category, author] = await Promise.all([
    first('categories?limit=1&depth=0'),
    first('authors?limit=1&depth=0&where[credentials][exists]=true'),
  ])
  return { category, author }
}

type NewArticle = Record<string, unknown> & {
  title: string
  summary?: string
  body?: unknown
  _status: 'draft' | 'published'
}

/**
 * Saves an article over REST as the session's user, in the first category, by a person with
 * credentials (who also reviews it when `reviewed`), with a stock summary and body unless given.
 * A draft goes through `?draft=true`.
 */
export async function createArticle(
  session: ApiSession,
  article: NewArticle,
  { reviewed = false } = {},
): Promise<{ id: number; slug: string }> {
  const { category, author } = await articleBasics(session.request)
  const created = await session.request.post(
    `${cmsUrl}/api/articles${article._status === 'draft' ? '?draft=true' : ''}`,
    {
      headers: session.headers,
      data: {
        summary: 'What we know so far.',
        body: paragraph('A first version.'),
        category,
        authors: [author],
        ...(reviewed ? { medicalReviewer: author } : {}),
        ...article,
      },
    },
  )
  expect(created.ok(), await created.text()).toBe(true)
  return ((await created.json()) as { doc: { id: number; slug: string } }).doc
}

/** Saves an article over REST as `createArticle` does, then opens it in the admin as that user. */
export async function editNewArticle(
  page: Page,
  session: ApiSession,
  article: NewArticle,
  options: { reviewed?: boolean } = {},
): Promise<{ id: number; slug: string }> {
  const doc = await createArticle(session, article, options)
  await openArticle(page, session.login, doc.id)
  return doc
}

/** A small real PNG on disk, for the admin's upload dialog; `name` tells the test's files apart. */
export async function pngOnDisk(name: string): Promise<string> {
  const png = await sharp({
    create: { width: 320, height: 180, channels: 3, background: '#0e5563' },
  })
    .png()
    .toBuffer()
  const file = path.join(os.tmpdir(), `e2e-${name}-${Date.now()}.png`)
  writeFileSync(file, png)
  return file
}

/** Uploads a new hero image from the field's own dialog, with its required alt text. */
export async function uploadHeroImage(page: Page, name: string, alt: string) {
  await page
    .locator('#field-heroImage')
    .getByRole('button', { name: /create new/i })
    .click()
  const drawer = page.locator('.drawer__content').last()
  await drawer.locator('input[type="file"]').setInputFiles(await pngOnDisk(name))
  await drawer.locator('#field-alt').fill(alt)
  await drawer.getByRole('button', { name: 'Save' }).click()
  await expect(page.locator('#field-heroImage')).toContainText(`e2e-${name}`)
}

/** A reader who opens an article's old address lands on its new one, under its title. */
export async function expectMovedTo(reader: Page, oldSlug: string, newSlug: string, title: string) {
  await reader.goto(`/articles/${oldSlug}`)
  await expect(reader).toHaveURL(new RegExp(`/articles/${newSlug}$`))
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(title)
}
