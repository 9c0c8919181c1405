import { test as base, expect, type APIRequestContext } from '@playwright/test'

export const cmsUrl = process.env.CMS_URL ?? 'http://localhost:3100'

/** The e2e database starts with no users: the first test to need one registers it. */
export const editorLogin = {
  name: 'E2E Editor',
  email: 'editor@example.com',
  password: 'an-editor-password-for-tests',
}

async function ensureEditor(request: APIRequestContext) {
  const login = await request.post(`${cmsUrl}/api/users/login`, {
    data: { email: editorLogin.email, password: editorLogin.password },
  })
  if (login.ok()) return
  const register = await request.post(`${cmsUrl}/api/users/first-register`, { data: editorLogin })
  expect(register.ok(), await register.text()).toBe(true)
}

/** "Ketamine & Sleep 12" becomes "ketamine-and-sleep-12", as the CMS does. */
export const slugOf = (title: string) =>
  title
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')

export const test = base.extend<{ editor: typeof editorLogin }>({
  editor: async ({ playwright }, use) => {
    const request = await playwright.request.newContext()
    await ensureEditor(request)
    await request.dispose()
    await use(editorLogin)
  },
})

export { expect }
