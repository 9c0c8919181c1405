/**
 * Runs the whole product from one terminal:
 *   dev      Postgres + CMS (next dev) + site (next dev), with demo content and a dev login
 *   start    the same from production builds (built first if Turborepo has no cached build)
 *   e2e      production builds on a throwaway database, then Playwright against them
 *   payload  the Payload CLI against the local database, e.g. `npm run payload -- migrate:create`
 * Ctrl-C stops everything, the embedded Postgres included.
 */
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { startPostgres, type PostgresServer } from '@sok/postgres'

import { DEV_ADMIN_DEFAULTS, DEV_USERS } from '../apps/cms/src/seed/dev-admin'
import { launcherEnv } from './lib/env'
import { bin, cmsDir, dataDir, repoRoot, webDir } from './lib/paths'
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
}

function appEnv({ databaseUrl, cmsPort, webPort, production, secrets, extraCmsEnv }: AppsOptions) {
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
    },
  }
}

async function startApps(options: AppsOptions) {
  const { cmsUrl, webUrl, cms, web } = appEnv(options)
  const command = options.production ? 'start' : 'dev'
  services.push(
    startService('cms', bin('next'), [command, '--port', String(options.cmsPort)], {
      cwd: cmsDir,
      env: cms,
    }),
    startService('web', bin('next'), [command, '--port', String(options.webPort)], {
      cwd: webDir,
      env: web,
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
  const { cmsUrl, webUrl } = await startApps({
    databaseUrl: database.url(throwaway),
    cmsPort: launcherEnv.E2E_CMS_PORT,
    webPort: launcherEnv.E2E_WEB_PORT,
    production: true,
    secrets: randomSecrets(),
    extraCmsEnv: { MAIL_DIR: mailDir },
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
    },
  })
  rmSync(mailDir, { recursive: true, force: true })
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
    case 'payload':
      return payloadCli()
    default:
      console.error(
        'Usage: tsx scripts/stack.ts dev | start | e2e [playwright args] | payload <command>',
      )
      process.exit(2)
  }
}

main().catch(async (error: Error) => {
  console.error(`\n${error.message}`)
  await shutdown(1)
})
