import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

import { CHROMIUM_ARGS } from '../lib/chromium'
import { bin, dataDir, repoRoot } from '../lib/paths'
import { runCommand } from '../lib/processes'

/** The scripts a browser loads for a page: every external script but the legacy polyfills. */
export function pageScripts(html: string): string[] {
  const scripts = new Set<string>()
  for (const match of html.matchAll(/<script\b([^>]*)>/g)) {
    const attributes = match[1] ?? ''
    if (/\bnoModule\b/i.test(attributes)) continue
    const src = /\bsrc="([^"]+)"/.exec(attributes)?.[1]
    if (src) scripts.add(src.replace(/&amp;/g, '&'))
  }
  return [...scripts]
}

/** First-load JavaScript of a page, gzip -9, in kB, read from the app's built files. */
export function firstLoadJs(html: string, appDir: string): { kB: number; files: number } {
  let bytes = 0
  const scripts = pageScripts(html)
  for (const src of scripts) {
    const pathname = new URL(src, 'http://localhost').pathname
    if (!pathname.startsWith('/_next/static/')) throw new Error(`Unexpected script ${src}`)
    const file = path.join(appDir, '.next', 'static', decodeURIComponent(pathname.slice(14)))
    bytes += gzipSync(readFileSync(file), { level: 9 }).byteLength
  }
  return { kB: bytes / 1000, files: scripts.length }
}

/**
 * A bare Next page (one layout, one heading, no client code) built with the installed Next and
 * React, once per Next version: the floor every App Router page starts from.
 */
export async function bareNextFirstLoadJs(): Promise<{ kB: number; files: number; next: string }> {
  const next = JSON.parse(
    readFileSync(path.join(repoRoot, 'node_modules/next/package.json'), 'utf8'),
  ) as { version: string }
  const dir = path.join(dataDir, 'bench', `bare-next-${next.version}`)
  const page = path.join(dir, '.next/server/app/index.html')
  if (!existsSync(page)) {
    mkdirSync(path.join(dir, 'app'), { recursive: true })
    writeFileSync(path.join(dir, 'package.json'), '{ "private": true, "type": "module" }\n')
    writeFileSync(
      path.join(dir, 'app/layout.js'),
      `export default function Layout({ children }) {\n  return <html lang="en"><body>{children}</body></html>\n}\n`,
    )
    writeFileSync(
      path.join(dir, 'app/page.js'),
      `export default function Page() {\n  return <h1>Hello</h1>\n}\n`,
    )
    const code = await runCommand(bin('next'), ['build'], {
      cwd: dir,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
    })
    if (code !== 0 || !existsSync(page)) throw new Error('The bare Next page did not build')
  }
  return { ...firstLoadJs(readFileSync(page, 'utf8'), dir), next: next.version }
}

export interface LighthouseScores {
  performance: number
  accessibility: number
  bestPractices: number
  seo: number
  lcpMs: number
  cls: number
  tbtMs: number
  /** Audits that lost points, by id, in any run. */
  flagged: string[]
  /** The last run's full report, for a closer look (saved next to the results). */
  report?: unknown
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

/** Lighthouse's default (mobile) preset, `runs` times in Debian's Chromium; the median of each. */
export async function lighthouseMedian(
  url: string,
  chromePath: string,
  runs: number,
): Promise<LighthouseScores> {
  const results: Omit<LighthouseScores, 'flagged' | 'report'>[] = []
  let report: unknown
  const flagged = new Set<string>()
  for (let run = 0; run < runs; run++) {
    const chrome = await chromeLauncher.launch({
      chromePath,
      chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    })
    try {
      const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', output: 'json' })
      if (!result) throw new Error('Lighthouse returned nothing')
      report = result.lhr
      const { categories, audits } = result.lhr
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100)
      results.push({
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: audits['largest-contentful-paint']?.numericValue ?? 0,
        cls: audits['cumulative-layout-shift']?.numericValue ?? 0,
        tbtMs: audits['total-blocking-time']?.numericValue ?? 0,
      })
      for (const category of Object.values(categories)) {
        for (const ref of category.auditRefs) {
          const audit = audits[ref.id]
          if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
            flagged.add(`${ref.id} (${Math.round(audit.score * 100)})`)
          }
        }
      }
    } finally {
      chrome.kill()
    }
  }
  const pick = (key: keyof Omit<LighthouseScores, 'flagged' | 'report'>) =>
    median(results.map((r) => r[key]))
  return {
    performance: pick('performance'),
    accessibility: pick('accessibility'),
    bestPractices: pick('bestPractices'),
    seo: pick('seo'),
    lcpMs: pick('lcpMs'),
    cls: pick('cls'),
    tbtMs: pick('tbtMs'),
    flagged: [...flagged],
    report,
  }
}
