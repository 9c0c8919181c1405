import { type APIRequestContext, expect, type Page } from '@playwright/test'

import { cmsUrl } from './fixtures'

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

/** The latest draft of an article over REST, as the editor sees it. */
export async function latestDraft<T = Record<string, unknown>>(
  api: APIRequestContext,
  token: string,
  id: number,
): Promise<T> {
  const response = await api.get(`${cmsUrl}/api/articles/${id}?draft=true&depth=0`, {
    headers: { Authorization: `JWT ${token}` },
  })
  return (await response.json()) as T
}

export { paragraph } from './rich-text'

/** The first category and person with credentials, for articles made over the API. */
export async function articleBasics(api: APIRequestContext) {
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

/** What a clock in London shows at this instant: the site's default timezone. */
export function londonWallTime(instant: Date) {
  const part = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  )
  return { date: `${part.year}-${part.month}-${part.day}`, time: `${part.hour}:${part.minute}` }
}
