import { expect, test } from './fixtures'

const webUrl = process.env.WEB_URL ?? 'http://localhost:3101'
const siteOrigin = new URL(webUrl).origin

/** Ways to say "another site" that browsers accept as a redirect target or a link. */
const offSite = [
  '/%5Cevil.example',
  '/%5cevil.example/path',
  '/\\evil.example',
  '//evil.example',
  '///evil.example',
  '/%2F%2Fevil.example',
  '/%252F%252Fevil.example',
  '/%09/evil.example',
  '/%0A/evil.example',
  '/\t/evil.example',
  '/\n/evil.example',
  ' //evil.example',
  '/.//evil.example',
  '/..//evil.example',
  'https://evil.example',
  'http:evil.example',
  'javascript:alert(1)',
]

test('leaving preview never redirects to another site', async ({ request }) => {
  for (const path of offSite) {
    const response = await request.get(`/api/preview/exit?path=${encodeURIComponent(path)}`, {
      maxRedirects: 0,
    })
    expect(response.status(), path).toBe(307)
    const location = response.headers()['location']!
    expect(new URL(location, webUrl).origin, `${path} → ${location}`).toBe(siteOrigin)
    expect(new URL(location, webUrl).pathname, path).toBe('/')
  }
  // The raw query as an attacker would type it into a link, without our encoding.
  const raw = await request.get('/api/preview/exit?path=/%5Cevil.example', { maxRedirects: 0 })
  expect(new URL(raw.headers()['location']!, webUrl).origin).toBe(siteOrigin)
  const kept = await request.get('/api/preview/exit?path=/faq', { maxRedirects: 0 })
  expect(new URL(kept.headers()['location']!, webUrl).pathname).toBe('/faq')
})

test('the newsletter result page links back only within the site', async ({ page, request }) => {
  for (const back of offSite) {
    const html = await (
      await request.get(`/newsletter/result?status=ok&back=${encodeURIComponent(back)}`)
    ).text()
    expect(html, back).toContain('<a href="/">Back to where you were</a>')
  }
  // In the browser, too.
  await page.goto(`/newsletter/result?status=ok&back=${encodeURIComponent('/%5Cevil.example')}`)
  await expect(page.getByRole('link', { name: 'Back to where you were' })).toHaveAttribute(
    'href',
    '/',
  )
  // Without JavaScript, the form posts its page address; a forged one is not carried back.
  const response = await request.post('/api/newsletter', {
    form: { email: 'not-an-email', consent: 'on', sourcePage: '/\\evil.example' },
    maxRedirects: 0,
  })
  expect(response.status()).toBe(303)
  const result = new URL(response.headers()['location']!, webUrl)
  expect(result.searchParams.get('back')).toBe('/')
})

test('the newsletter result page shows only the site’s own messages', async ({ page }) => {
  const forged = 'Your account is locked. Call +1 555 0100 now.'
  await page.goto(`/newsletter/result?status=limited&message=${encodeURIComponent(forged)}`)
  await expect(page.getByRole('alert').first()).not.toContainText('Call +1')
  await page.goto(
    `/newsletter/result?status=limited&message=${encodeURIComponent('Too many sign-up attempts. Please wait a few minutes and try again.')}`,
  )
  await expect(page.getByRole('alert').first()).toContainText('Too many sign-up attempts')
})
