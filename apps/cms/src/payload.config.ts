import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, type Migration } from 'payload'
import sharp from 'sharp'

import { Articles } from './collections/Articles'
import { Authors } from './collections/Authors'
import { Categories } from './collections/Categories'
import { Faqs } from './collections/Faqs'
import { Media } from './collections/Media'
import { NewsletterRateLimits } from './collections/NewsletterRateLimits'
import { NewsletterSignups } from './collections/NewsletterSignups'
import { Users } from './collections/Users'
import { SiteSettings } from './globals/SiteSettings'
import { searchQueries } from './graphql/search'
import { plugins } from './plugins'
import { audienceOf } from './access'
import { routeSignedInReadsToPrimary } from './database/replicas'
import { env, isCodeGeneration } from './env'
import { healthEndpoint } from './health'
import { onDrain, type QueueRunner, startJobRunners } from './jobs/runner'
import { listenForJobs } from './jobs/wake-up'
import { migrations as generatedMigrations } from './migrations'
import { mailTransport } from './newsletter/mail-transport'
import {
  REVALIDATE_QUEUE,
  revalidateSiteTask,
  withGlobalRevalidation,
  withRevalidation,
} from './revalidation'
import { seed } from './seed'
import { mediaStorage } from './storage'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// The generated index types each migration's arguments precisely; Payload accepts `unknown`.
const migrations = generatedMigrations as unknown as Migration[]

export default buildConfig({
  serverURL: env.CMS_PUBLIC_URL,
  secret: env.PAYLOAD_SECRET,
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · Science of Ketamine admin' },
    // Gravatar would send every editor's email hash to a third party.
    avatar: 'default',
    components: {
      beforeDashboard: [
        '/components/admin/EditorialQueue#EditorialQueue',
        '/components/admin/SignupCount#SignupCount',
      ],
    },
  },
  email: nodemailerAdapter({
    defaultFromAddress: env.MAIL_FROM_ADDRESS,
    defaultFromName: env.MAIL_FROM_NAME,
    transport: mailTransport(),
    // The .eml folder transport has nothing to verify; SMTP is checked at start.
    skipVerify: !env.SMTP_HOST,
  }),
  collections: [
    // What the public site shows: a change here is sent to the site after it commits.
    ...[Articles, Authors, Categories, Faqs, Media].map(withRevalidation),
    NewsletterSignups,
    NewsletterRateLimits,
    Users,
  ],
  globals: [withGlobalRevalidation(SiteSettings)],
  plugins: [...plugins, mediaStorage()],
  endpoints: [healthEndpoint],
  editor: lexicalEditor(),
  db: postgresAdapter({
    pool: { connectionString: env.DATABASE_URL },
    // Anonymous reads may go to replicas; see database/replicas.ts for what stays on the primary.
    ...(env.DATABASE_READ_URLS.length ? { readReplicas: env.DATABASE_READ_URLS } : {}),
    // The schema only ever changes through committed migrations, in every environment.
    push: false,
    migrationDir: path.resolve(dirname, 'migrations'),
    prodMigrations: migrations,
  }),
  // The public site reads the API from the browser (e.g. "load more"), so it is the one other origin.
  cors: [env.WEB_PUBLIC_URL],
  csrf: [env.WEB_PUBLIC_URL, env.CMS_PUBLIC_URL],
  graphQL: { disablePlaygroundInProduction: true, queries: searchQueries },
  sharp,
  upload: { limits: { fileSize: env.MEDIA_MAX_MB * 1024 * 1024 } },
  jobs: {
    // Runs due jobs, scheduled publishing among them, inside the CMS: nobody has to be there.
    tasks: [revalidateSiteTask],
    // Payload asks for its schedules when the server starts its crons (getPayload with cron). Our
    // own runners take their place: the same schedules, but each queue runs on one CMS instance
    // at a time, so several instances never run the same job (jobs/runner.ts).
    autoRun: (payload) => {
      if (isCodeGeneration()) return []
      const runners: QueueRunner[] = [
        { cron: env.JOBS_CRON, queue: 'default', limit: 20 },
        // Runs every second; its failures are still logged, its routine runs are not.
        { cron: env.REVALIDATE_CRON, queue: REVALIDATE_QUEUE, limit: 50, silent: true },
      ]
      startJobRunners(payload, runners)
      // A committed revalidation wakes the runners at once instead of at the next tick.
      onDrain(listenForJobs(payload, runners))
      return []
    },
    access: { run: ({ req }) => audienceOf(req) === 'admin' },
  },
  telemetry: false,
  typescript: {
    outputFile: path.resolve(dirname, '../../../packages/content/src/payload-types.ts'),
    // The types live in @sok/content, which does not depend on payload; the CMS declares the
    // module augmentation itself (src/payload-generated-types.d.ts).
    declare: false,
  },
  onInit: async (payload) => {
    routeSignedInReadsToPrimary(payload)
    // Production applies migrations through prodMigrations when it connects.
    if (!env.production) await payload.db.migrate({ migrations })
    await seed(payload)
  },
})
