import type { Page } from '@playwright/test'

/**
 * Collects every Content-Security-Policy violation the page reports, from Chromium's console and
 * from the DOM's `securitypolicyviolation` events (which also catch what the console might not).
 */
export async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = []
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      )
    })
  })
  page.on('console', (message) => {
    const text = message.text()
    if (/Content.Security.Policy|CSP violation|Refused to/i.test(text)) {
      violations.push(`${page.url()}: ${text}`)
    }
  })
  return violations
}
