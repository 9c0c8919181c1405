import {
  type APIRequestContext,
  expect,
  type Page,
  type PlaywrightWorkerArgs,
  test as base,
} from '@playwright/test'

export const cmsUrl = process.env.CMS_URL ?? 'http://localhost:3100'

const password = 'an-e2e-password-for-tests'

/** The e2e database starts with no users; the first fixture to need one creates them all. */
export const logins = {
  admin: { name: 'E2E Admin', email: 'e2e-admin@example.com', password, role: 'admin' },
  editor: { name: 'E2E Editor', email: 'e2e-editor@example.com', password, role: 'editor' },
  author: { name: 'E2E Author', email: 'e2e-author@example.com', password, role: 'author' },
} as const

export type Login = (typeof logins)[keyof typeof logins]

export async function apiToken(request: APIRequestContext, login: Login): Promise<string> {
  const response = await request.post(`${cmsUrl}/api/users/login`, {
    data: { email: login.email, password: login.password },
  })
  expect(response.ok(), `log in as ${login.email}: ${await response.text()}`).toBe(true)
  return ((await response.json()) as { token: string }).token
}

async function ensureUsers(request: APIRequestContext) {
  const probe = await request.post(`${cmsUrl}/api/users/login`, {
    data: { email: logins.admin.email, password },
  })
  if (probe.ok()) return
  // Payload's "create first user": on an empty database, that user becomes an admin.
  const register = await request.post(`${cmsUrl}/api/users/first-register`, {
    data: { name: logins.admin.name, email: logins.admin.email, password },
  })
  expect(register.ok(), await register.text()).toBe(true)
  const token = await apiToken(request, logins.admin)
  for (const login of [logins.editor, logins.author]) {
    const created = await request.post(`${cmsUrl}/api/users`, {
      headers: { Authorization: `JWT ${token}` },
      data: login,
    })
    expect(created.ok(), await created.text()).toBe(true)
  }
}

/** Signs in through the admin's own login form. */
export async function signIn(page: Page, login: Login) {
  await page.goto(`${cmsUrl}/admin/login`)
  await page.getByLabel('Email').fill(login.email)
  await page.getByLabel('Password', { exact: true }).fill(login.password)
  await page.getByRole('button', { name: 'Login' }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)
}

/** "Ketamine & Sleep 12" becomes "ketamine-and-sleep-12", as the CMS does. */
export const slugOf = (title: string) =>
  title
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')

/**
 * A REST session as one user. Its request context does not follow redirects, so a test sees a 308
 * as the site answers it.
 */
export type ApiSession = {
  login: Login
  request: APIRequestContext
  token: string
  headers: { Authorization: string }
}

export async function apiSession(
  playwright: PlaywrightWorkerArgs['playwright'],
  login: Login,
): Promise<ApiSession> {
  const request = await playwright.request.newContext({ maxRedirects: 0 })
  const token = await apiToken(request, login)
  return { login, request, token, headers: { Authorization: `JWT ${token}` } }
}

/*
 * Tests that work in the admin's edit view call `test.slow()` (three times the usual time): that
 * view is heavy for a shared 2-core machine.
 */
export const test = base.extend<
  {
    /** The editor's REST session, for what a test prepares or checks over the API. */
    editorApi: ApiSession
    /** A reader on the site: a page of its own, signed out (axe can open more in its context). */
    visitor: Page
  },
  { users: typeof logins }
>({
  editorApi: async ({ playwright, users }, use) => {
    const session = await apiSession(playwright, users.editor)
    await use(session)
    await session.request.dispose()
  },
  visitor: async ({ browser, baseURL }, use) => {
    const context = await browser.newContext({ baseURL })
    await use(await context.newPage())
    await context.close()
  },
  users: [
    async ({ playwright }, use) => {
      const request = await playwright.request.newContext()
      await ensureUsers(request)
      await request.dispose()
      await use(logins)
    },
    { scope: 'worker' },
  ],
})

export { expect }
