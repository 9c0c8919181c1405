/**
 * Runs the whole product from one terminal:
 *   dev      Postgres + CMS (next dev) + site (next dev), with demo content and a dev login
 *   start    the same from production builds (built first if Turborepo has no cached build)
 *   e2e      production builds on a throwaway database, then Playwright against them
 *   dev-e2e  development servers on a throwaway database, then the Playwright checks of tests/dev
 *   payload  the Payload CLI against the local database, e.g. `npm run payload -- migrate:create`
 * Ctrl-C stops everything, the embedded Postgres included.
 */
import { randomBytes } from 'node:crypto'
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { startPostgres, type PostgresServer } from '@sok/postgres'

import { DEV_ADMIN_DEFAULTS, DEV_USERS } from '../apps/cms/src/seed/dev-admin'
import { launcherEnv } from './lib/env'
import { bin, cmsDir, dataDir, repoRoot, serveNext, webDir } from './lib/paths'
import { runCommand, type Service, startService, stopService, waitForUrl } from './lib/processes'

const DATABASE = 'science_of_ketamine'
const mode = process.argv[2]
const services: Service[] = []
let database: PostgresServer | undefined
let shuttingDown = false

async function shutdown(code: number): Promise<never> {
  if (!shuttingDown) {
    shuttingDown = true
    await Promise.all(services.map((service) => stopService(service)))
    await database?.stop().catch((error: Error) => console.error(`db   │ ${error.message}`))
  }
  process.exit(code)
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    // npm forwards the terminal's Ctrl-C too, so the same signal can arrive twice.
    if (!shuttingDown) console.log(`\nStopping (${signal})…`)
    void shutdown(0)
  })
}

function localDatabase(): Promise<PostgresServer> {
  return startPostgres({
    externalUrl: launcherEnv.DATABASE_URL,
    dataDir: path.join(dataDir, 'postgres'),
    port: launcherEnv.EMBEDDED_POSTGRES_PORT,
    log: (line) => console.log(`db   │ ${line}`),
  })
}

interface Secrets {
  PAYLOAD_SECRET: string
  SIGNUP_PROXY_SECRET: string
  REVALIDATE_SECRET: string
}

const randomSecrets = (): Secrets => ({
  PAYLOAD_SECRET: randomBytes(32).toString('hex'),
  SIGNUP_PROXY_SECRET: randomBytes(32).toString('hex'),
  REVALIDATE_SECRET: randomBytes(32).toString('hex'),
})

/**
 * `npm start` on a laptop needs production secrets, but no one should have to invent them: they
 * are generated once into .data/. With DATABASE_URL (a real deployment) they must come from env.
 */
function localProductionSecrets(): Secrets {
  const { PAYLOAD_SECRET, SIGNUP_PROXY_SECRET, REVALIDATE_SECRET } = launcherEnv
  if (PAYLOAD_SECRET && SIGNUP_PROXY_SECRET && REVALIDATE_SECRET) {
    return { PAYLOAD_SECRET, SIGNUP_PROXY_SECRET, REVALIDATE_SECRET }
  }
  if (launcherEnv.DATABASE_URL) {
    console.error(
      'PAYLOAD_SECRET, SIGNUP_PROXY_SECRET and REVALIDATE_SECRET must be set when DATABASE_URL is.',
    )
    process.exit(2)
  }
  const file = path.join(dataDir, 'secrets.json')
  // Older files may lack a secret added since; fill in what is missing and keep the rest.
  const saved = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<Secrets>) : {}
  const secrets = { ...randomSecrets(), ...saved }
  mkdirSync(dataDir, { recursive: true })
  writeFileSync(file, JSON.stringify(secrets), { mode: 0o600 })
  return secrets
}

interface AppsOptions {
  databaseUrl: string
  cmsPort: number
  webPort: number
  production: boolean
  secrets?: Secrets
  extraCmsEnv?: Record<string, string>
  extraWebEnv?: Record<string, string>
  /** Receives every line the apps print. */
  onLine?: (line: string) => void
}

function appEnv({
  databaseUrl,
  cmsPort,
  webPort,
  production,
  secrets,
  extraCmsEnv,
  extraWebEnv,
}: AppsOptions) {
  const cmsUrl = `http://localhost:${cmsPort}`
  const webUrl = `http://localhost:${webPort}`
  const base = { ...process.env, NODE_ENV: production ? 'production' : 'development' }
  return {
    cmsUrl,
    webUrl,
    cms: {
      ...base,
      DATABASE_URL: databaseUrl,
      CMS_PUBLIC_URL: cmsUrl,
      WEB_PUBLIC_URL: webUrl,
      ...secrets,
      ...extraCmsEnv,
    },
    web: {
      ...base,
      CMS_URL: cmsUrl,
      CMS_PUBLIC_URL: cmsUrl,
      SITE_URL: webUrl,
      ...(secrets
        ? {
            SIGNUP_PROXY_SECRET: secrets.SIGNUP_PROXY_SECRET,
            REVALIDATE_SECRET: secrets.REVALIDATE_SECRET,
          }
        : {}),
      ...extraWebEnv,
    },
  }
}

async function startApps(options: AppsOptions) {
  const { cmsUrl, webUrl, cms, web } = appEnv(options)
  const command = options.production ? 'start' : 'dev'
  // `next dev`/`next start` behind a wrapper that records each request's socket address, so
  // per-IP limits cannot be dodged with a forged X-Forwarded-For (scripts/serve-next.mjs).
  const serve = (port: number) => [serveNext, command, '--port', String(port)]
  services.push(
    startService('cms', process.execPath, serve(options.cmsPort), {
      cwd: cmsDir,
      env: cms,
      onLine: options.onLine,
    }),
    startService('web', process.execPath, serve(options.webPort), {
      cwd: webDir,
      env: web,
      onLine: options.onLine,
    }),
  )
  const [cmsService, webService] = services as [Service, Service]
  // The first API request initialises Payload: migrations, then the seed on an empty database.
  await waitForUrl(`${cmsUrl}/api/articles?limit=1`, 180_000, cmsService)
  await waitForUrl(webUrl, 180_000, webService)
  return { cmsUrl, webUrl }
}

function watchForCrash() {
  for (const service of services) {
    void service.exited.then((code) => {
      if (shuttingDown) return
      console.error(`${service.name} stopped (exit ${code}); stopping the rest.`)
      void shutdown(code || 1)
    })
  }
}

async function build(): Promise<void> {
  const code = await runCommand(bin('turbo'), ['run', 'build'], { cwd: repoRoot, env: process.env })
  if (code !== 0) await shutdown(code)
}

async function dev(production: boolean) {
  if (production) await build()
  const secrets = production ? localProductionSecrets() : undefined
  database = await localDatabase()
  await database.ensureDatabase(DATABASE)
  const started = Date.now()
  const { cmsUrl, webUrl } = await startApps({
    databaseUrl: database.url(DATABASE),
    cmsPort: launcherEnv.CMS_PORT,
    webPort: launcherEnv.WEB_PORT,
    production,
    secrets,
  })
  watchForCrash()
  const password = process.env.DEV_ADMIN_PASSWORD ?? DEV_ADMIN_DEFAULTS.password
  const logins = production
    ? '  first visit asks you to create the admin user'
    : DEV_USERS.map(
        (user) =>
          `  ${user.role.padEnd(7)} ${user.role === 'admin' ? (process.env.DEV_ADMIN_EMAIL ?? user.email) : user.email} / ${password}`,
      ).join('\n    ')
  console.log(`
  Science of Ketamine is running (${production ? 'production builds' : 'development'}, ready in ${((Date.now() - started) / 1000).toFixed(1)}s)
    site      ${webUrl}
    admin     ${cmsUrl}/admin, logins (on a fresh database):
    ${logins}
    REST      ${cmsUrl}/api/articles
    GraphQL   ${cmsUrl}/api/graphql
    Postgres  ${database.embedded ? `embedded, data in .data/postgres, port ${launcherEnv.EMBEDDED_POSTGRES_PORT}` : 'DATABASE_URL'}
  Press Ctrl-C to stop.
`)
  await new Promise(() => {})
}

async function e2e() {
  const throwaway = `sok_e2e_${Date.now().toString(36)}`
  // No data folder: a fresh server in a temp folder, gone when the run ends.
  database = await startPostgres({ externalUrl: launcherEnv.DATABASE_URL })
  await database.ensureDatabase(throwaway)
  if (launcherEnv.DATABASE_URL) {
    const server = database
    process.on('exit', () => void server.dropDatabase(throwaway))
  }
  // Mail the CMS sends during the run lands here, where the tests read it.
  const mailDir = mkdtempSync(path.join(os.tmpdir(), 'sok-e2e-mail-'))
  const secrets = randomSecrets()
  const { cmsUrl, webUrl } = await startApps({
    databaseUrl: database.url(throwaway),
    cmsPort: launcherEnv.E2E_CMS_PORT,
    webPort: launcherEnv.E2E_WEB_PORT,
    production: true,
    secrets,
    // Due jobs (scheduled publishing, editor emails) are looked for every 5 s instead of every
    // minute, so a test can schedule an article a minute ahead and watch it go live; the
    // newsletter starts at once and is looked for every second.
    extraCmsEnv: {
      MAIL_DIR: mailDir,
      JOBS_CRON: '*/5 * * * * *',
      NEWSLETTER_SEND_DELAY_SECONDS: '0',
      NEWSLETTER_CRON: '* * * * * *',
    },
    // The tests share a loaded machine with integration tests and builds: a CMS answer can take
    // longer than production's 5 s there, which is not what these tests are about.
    extraWebEnv: { CMS_TIMEOUT_MS: '30000' },
  })
  const cmsPid = String(services.find((service) => service.name === 'cms')?.child.pid ?? '')
  const code = await runCommand(bin('playwright'), ['test', ...process.argv.slice(3)], {
    cwd: repoRoot,
    // E2E_CMS_PID lets the last spec stop the CMS to check how the site copes without it.
    env: {
      ...process.env,
      CMS_URL: cmsUrl,
      WEB_URL: webUrl,
      MAIL_DIR: mailDir,
      E2E_CMS_PID: cmsPid,
      // Lets the fuzz suite reach the revalidation endpoint's body checks behind the secret.
      E2E_REVALIDATE_SECRET: secrets.REVALIDATE_SECRET,
    },
  })
  rmSync(mailDir, { recursive: true, force: true })
  if (launcherEnv.DATABASE_URL) await database.dropDatabase(throwaway)
  await shutdown(code)
}

/**
 * `npm run dev` must stay calm: the checks in tests/dev open pages against development servers
 * (the same `next dev` as `npm run dev`, on a throwaway database and the e2e ports) and read the
 * servers' log, which lands in DEV_LOG. Next allows one dev server per app folder, so a running
 * `npm run dev` in this checkout must be stopped first.
 */
async function devE2e() {
  const throwaway = `sok_dev_e2e_${Date.now().toString(36)}`
  database = await startPostgres({ externalUrl: launcherEnv.DATABASE_URL })
  await database.ensureDatabase(throwaway)
  const logDir = mkdtempSync(path.join(os.tmpdir(), 'sok-dev-e2e-'))
  const devLog = path.join(logDir, 'dev.log')
  writeFileSync(devLog, '')
  let logging = true
  const { cmsUrl, webUrl } = await startApps({
    databaseUrl: database.url(throwaway),
    cmsPort: launcherEnv.E2E_CMS_PORT,
    webPort: launcherEnv.E2E_WEB_PORT,
    production: false,
    extraCmsEnv: { MAIL_DIR: path.join(logDir, 'mail') },
    onLine: (line) => logging && appendFileSync(devLog, line + '\n'),
  })
  const code = await runCommand(
    bin('playwright'),
    ['test', '--config', 'tests/dev/playwright.config.ts', ...process.argv.slice(3)],
    { cwd: repoRoot, env: { ...process.env, CMS_URL: cmsUrl, WEB_URL: webUrl, DEV_LOG: devLog } },
  )
  logging = false
  rmSync(logDir, { recursive: true, force: true })
  if (launcherEnv.DATABASE_URL) await database.dropDatabase(throwaway)
  await shutdown(code)
}

async function payloadCli() {
  database = await localDatabase()
  await database.ensureDatabase(DATABASE)
  const code = await runCommand(bin('payload'), process.argv.slice(3), {
    cwd: cmsDir,
    env: { ...process.env, DATABASE_URL: database.url(DATABASE) },
  })
  await shutdown(code)
}

async function main() {
  switch (mode) {
    case 'dev':
      return dev(false)
    case 'start':
      return dev(true)
    case 'e2e':
      return e2e()
    case 'dev-e2e':
      return devE2e()
    case 'payload':
      return payloadCli()
    default:
      console.error(
        'Usage: tsx scripts/stack.ts dev | start | e2e | dev-e2e [playwright args] | payload <command>',
      )
      process.exit(2)
  }
}

main().catch(async (error: Error) => {
  console.error(`\n${error.message}`)
  await shutdown(1)
})
