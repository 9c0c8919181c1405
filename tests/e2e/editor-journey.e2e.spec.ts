import { DEFAULT_SITE_TIMEZONE, wallTimeAt } from '../../apps/cms/src/scheduling/time'

import {
  expectMovedTo,
  latestDraft,
  pickOption,
  pngOnDisk,
  publishChanges,
  startArticle,
  typeInRichText,
} from './admin'
import { cmsUrl, expect, signIn, slugOf, test } from './fixtures'
import { latestMailTo } from './mail'

// The admin's edit view is heavy for a shared 2-core machine: three times the usual time.
test.beforeEach(() => test.slow())

test('an editor writes a complete article, watches it in live preview, schedules it, sees it go live, and renames it', async ({
  page,
  visitor,
  baseURL,
  editorApi,
}) => {
  // Scheduled about a minute ahead; the e2e job runner looks for due work every 5 s.
  test.setTimeout(480_000)
  const title = `Ketamine and the ageing brain ${Date.now()}`
  const slug = slugOf(title)
  const id = await startArticle(page, editorApi.login, {
    title,
    summary: 'What early studies in older adults suggest.',
  })
  await page
    .locator('#field-heroImage')
    .getByRole('button', { name: /create new/i })
    .click()
  const drawer = page.locator('.drawer__content').last()
  await drawer.locator('input[type="file"]').setInputFiles(await pngOnDisk('journey'))
  // Required alt text is explained before saving, not after.
  await drawer.locator('#field-alt').click()
  await drawer.locator('#field-caption').click()
  await expect(
    drawer
      .getByRole('alert')
      .filter({ hasText: /Describe the image for people who cannot see it/ }),
  ).toBeVisible()
  await drawer.locator('#field-alt').fill('An older man reading, standing in for a photograph')
  await drawer.getByRole('button', { name: 'Save' }).click()
  await expect(page.locator('#field-heroImage')).toContainText(/e2e-journey/)

  await typeInRichText(page, 'Studies in older adults are few, and most are small.')
  await pickOption(page, 'category')
  await pickOption(page, 'authors')
  // The reviewer picker lists people with credentials, not the editorial team.
  await page.locator('#field-medicalReviewer .rs__control').click()
  await expect(page.locator('.rs__option').first()).toBeVisible()
  await expect(page.locator('.rs__option', { hasText: 'editorial team' })).toHaveCount(0)
  await page.locator('.rs__option', { hasText: 'Dr. Maya Lindqvist' }).click()

  await page.getByRole('button', { name: 'Evidence', exact: true }).click()
  await page.getByRole('button', { name: 'Add Reference' }).click()
  await page.locator('#field-references__0__title').fill('Ketamine in late-life depression')
  await page.locator('#field-references__0__doi').fill('10.1038/s41598-024-54370-9')
  await pickOption(page, 'faqs')

  // Everything is in the autosaved draft before it is scheduled.
  const api = editorApi.request
  await expect
    .poll(
      async () => {
        const draft = await latestDraft<{
          slug?: string
          faqs?: unknown[]
          references?: unknown[]
          medicalReviewer?: number
        }>(editorApi, id)
        return [draft.slug, draft.faqs?.length, draft.references?.length, !!draft.medicalReviewer]
      },
      { timeout: 20_000 },
    )
    .toEqual([slug, 1, 1, true])
  expect((await api.get(`${baseURL}/articles/${slug}`)).status()).toBe(404)

  // Side by side with the editor: the real site's page for this draft, updated as the editor types.
  await page.getByRole('button', { name: 'Live Preview' }).click()
  const pane = page.frameLocator('#live-preview-iframe')
  await expect(pane.getByRole('heading', { level: 1 })).toHaveText(title, { timeout: 20_000 })
  await expect(pane.getByRole('status').filter({ hasText: 'Preview' })).toBeVisible()
  await expect(pane.getByText('Dr. Maya Lindqvist').first()).toBeVisible()
  await expect(pane.getByText('Ketamine in late-life depression')).toBeVisible()
  await page.getByRole('main').getByRole('button', { name: 'Content', exact: true }).click()
  const added = 'Their sleep was measured as well.'
  await page.locator('[data-lexical-editor="true"]').first().click()
  await page.keyboard.press('ControlOrMeta+End')
  await page.keyboard.type(` ${added}`)
  await expect(pane.getByText(added)).toBeVisible({ timeout: 20_000 })
  // Still a draft: readers get nothing yet.
  expect((await api.get(`${baseURL}/articles/${slug}`)).status()).toBe(404)
  await page.getByRole('button', { name: 'Live Preview' }).click()
  await expect(page.locator('#live-preview-iframe')).not.toBeVisible()

  // The admin's own dialog: it proposes a round time in the future, in the site's timezone.
  await page.locator('#action-save-popup .popup-button').click()
  await page.getByRole('button', { name: 'Schedule publish' }).click()
  const dialog = page.locator('.sok-schedule')
  await expect(dialog.getByText(/site's timezone, London/)).toBeVisible()
  const proposed = `${await dialog.locator('#schedule-date').inputValue()}T${await dialog.locator('#schedule-time').inputValue()}`
  expect(proposed).toMatch(/T\d{2}:(00|15|30|45)$/)
  const now = wallTimeAt(new Date(), DEFAULT_SITE_TIMEZONE)
  expect(proposed > `${now.date}T${now.time}`).toBe(true)

  // The editor picks a time just over a minute from now instead.
  const at = new Date(Math.ceil((Date.now() + 70_000) / 60_000) * 60_000)
  const wall = wallTimeAt(at, DEFAULT_SITE_TIMEZONE)
  await dialog.locator('#schedule-date').fill(wall.date)
  await dialog.locator('#schedule-time').fill(wall.time)
  await dialog.getByRole('button', { name: 'Schedule publishing' }).click()
  await expect(dialog.getByText(/Publish on .*\(London time\)/)).toBeVisible()
  await page.locator('.drawer__header__close').last().click()

  // "Scheduled for …" in the status bar, the list and on the dashboard.
  const scheduledFor = new RegExp(`${wall.time}\\s*\\(London time\\)`)
  await expect(page.getByTestId('scheduled-status')).toContainText(scheduledFor)
  await page.goto(`${cmsUrl}/admin/collections/articles?search=${encodeURIComponent(title)}`)
  await expect(page.locator('.table tbody tr').first()).toContainText(scheduledFor)
  await page.goto(`${cmsUrl}/admin`)
  await expect(page.getByTestId('dashboard-scheduled')).toContainText(title)

  // Nobody touches it: at its time the job runner publishes it, and readers get it.
  await expect
    .poll(async () => (await api.get(`${baseURL}/articles/${slug}`)).status(), {
      timeout: 180_000,
      intervals: [2_000],
    })
    .toBe(200)
  expect(Date.now()).toBeGreaterThanOrEqual(at.getTime())
  await visitor.goto(`/articles/${slug}`)
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(visitor.getByText('Dr. Maya Lindqvist').first()).toBeVisible()
  await expect(visitor.getByText('Ketamine in late-life depression')).toBeVisible()
  await expect(visitor.getByRole('region', { name: 'Frequently asked questions' })).toBeVisible()
  await expect(
    visitor.getByRole('img', { name: 'An older man reading, standing in for a photograph' }),
  ).toBeVisible()
  await expect(visitor.getByText(added)).toBeVisible()

  // Live, the editor renames its address in the admin (autosave on); the old one still leads to it.
  await page.goto(`${cmsUrl}/admin/collections/articles/${id}`)
  await expect(page.locator('#field-slug')).toBeDisabled()
  await page.locator('#field-slug-lock').click()
  const newSlug = `${slug}-in-older-adults`
  await page.locator('#field-slug').fill(newSlug)
  await expect
    .poll(async () => (await latestDraft<{ slug: string }>(editorApi, id)).slug, {
      timeout: 20_000,
    })
    .toBe(newSlug)
  await publishChanges(page)
  await expect(page.getByText(/successfully/).first()).toBeVisible()
  await expect
    .poll(
      async () => {
        const response = await api
          .get(`${baseURL}/articles/${slug}`, { maxRedirects: 0 })
          .catch(() => null)
        return response?.headers()['location']
      },
      { timeout: 20_000 },
    )
    .toBe(`/articles/${newSlug}`)
  await expectMovedTo(visitor, slug, newSlug, title)
})

test('an author hands a draft to the editors, who get an email and find it waiting', async ({
  page,
  browser,
  users,
}) => {
  const title = `Ketamine and ketamine clinics, explained ${Date.now()}`
  const id = await startArticle(page, users.author, {
    title,
    summary: 'What a first visit looks like.',
  })
  await typeInRichText(page, 'A draft that an editor should read.')
  await page.locator('#field-reviewRequested').check()
  await expect(page.getByText(/Last saved/)).toBeVisible({ timeout: 20_000 })

  // The email goes out from the job queue, through the CMS's mail transport.
  await expect
    .poll(() => latestMailTo(users.editor.email)?.text.includes(title) ?? false, {
      timeout: 60_000,
    })
    .toBe(true)
  const mail = latestMailTo(users.editor.email)!.text
  expect(mail).toContain(`Subject: Ready for an editor: ${title}`)
  expect(mail).toContain(`${users.author.name} marked the draft`)
  const link = `${cmsUrl}/admin/collections/articles/${id}`
  expect(mail).toContain(link)

  // The editor follows the link, and finds it on the dashboard too.
  const editor = await browser.newPage()
  await signIn(editor, users.editor)
  await expect(editor.getByRole('region', { name: 'Editorial queue' })).toContainText(title)
  await editor.goto(link)
  await expect(editor.locator('#field-title')).toHaveValue(title)
  await expect(editor.locator('#field-reviewRequested')).toBeChecked()
  await editor.close()
})
