import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, type Migration } from 'payload'
import sharp from 'sharp'

import { apiGuards } from './api'
import { Articles } from './collections/Articles'
import { Authors } from './collections/Authors'
import { Categories } from './collections/Categories'
import { Faqs } from './collections/Faqs'
import { GlossaryTerms } from './collections/GlossaryTerms'
import { Media } from './collections/Media'
import { NewsletterRecipients } from './collections/NewsletterRecipients'
import { NewsletterSends } from './collections/NewsletterSends'
import { NewsletterSignups } from './collections/NewsletterSignups'
import { RateLimits } from './collections/RateLimits'
import { Users } from './collections/Users'
import { SiteSettings } from './globals/SiteSettings'
import { fanOutLimits } from './graphql/cost'
import { unavailableFields } from './graphql/unavailable'
import { searchQueries } from './graphql/search'
import { plugins } from './plugins'
import { audienceOf } from './access'
import { routeSignedInReadsToPrimary } from './database/replicas'
import { deleteEmptyDraftsTask } from './editorial/emptyDrafts'
import { readyForEditorTask } from './editorial/readyForEditor'
import { env, isCodeGeneration } from './env'
import { keepFieldErrors } from './errors/fieldErrors'
import { healthEndpoint } from './health'
import { onDrain, type QueueRunner, startJobRunners } from './jobs/runner'
import { listenForJobs } from './jobs/wake-up'
import { migrations as generatedMigrations } from './migrations'
import { mailTransport } from './newsletter/mail-transport'
import { NEWSLETTER_QUEUE } from './newsletter/queue'
import { deliverNewsletterTask, sendConfirmationTask } from './newsletter/tasks'
import {
  REVALIDATE_QUEUE,
  revalidateSiteTask,
  withGlobalRevalidation,
  withSiteRevalidation,
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
    // One human format for every date in the admin, e.g. "3 Dec 2026, 14:30".
    dateFormat: 'd MMM yyyy, HH:mm',
    components: {
      beforeDashboard: [
        '/components/admin/EditorialQueue#EditorialQueue',
        '/components/admin/SignupCount#SignupCount',
        '/components/admin/RecentSends#RecentSends',
      ],
      // The publication's own name and mark on the login page and in the nav, not Payload's.
      graphics: {
        Logo: '/components/admin/Logo#Logo',
        Icon: '/components/admin/Icon#Icon',
      },
      beforeNavLinks: ['/components/admin/NavHeader#NavHeader'],
      // Names (tooltips, screen-reader labels) for the rich-text toolbar's icon buttons.
      providers: ['/components/admin/ToolbarLabels#ToolbarLabels'],
    },
  },
  // Plain words for Payload's own labels where editors meet them.
  i18n: {
    translations: {
      en: {
        general: {
          createdAt: 'Created',
          updatedAt: 'Last changed',
          lastModified: 'Last changed',
        },
      },
    },
  },
  email: nodemailerAdapter({
    defaultFromAddress: env.MAIL_FROM_ADDRESS,
    defaultFromName: env.MAIL_FROM_NAME,
    transport: mailTransport(),
    // The .eml folder transport has nothing to verify; SMTP is checked at start.
    skipVerify: !env.SMTP_HOST,
  }),
  // What the public site shows (a registered content type, @sok/content/content-types) gets the
  // hooks that send its changes to the site after they commit.
  collections: [
    Articles,
    Authors,
    Categories,
    Faqs,
    Media,
    GlossaryTerms,
    NewsletterSignups,
    RateLimits,
    NewsletterSends,
    NewsletterRecipients,
    Users,
  ].map(withSiteRevalidation),
  globals: [withGlobalRevalidation(SiteSettings)],
  hooks: { afterError: [keepFieldErrors] },
  // The API guards come last, so they cover the plugins' collections too.
  plugins: [...plugins, mediaStorage(), apiGuards],
  endpoints: [healthEndpoint],
  editor: lexicalEditor(),
  db: postgresAdapter({
    pool: {
      connectionString: env.DATABASE_URL,
      // The time budget of one statement: a runaway query is cancelled instead of holding a
      // connection (and everyone queued behind it).
      statement_timeout: env.DB_STATEMENT_TIMEOUT_SECONDS * 1000,
    },
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
  graphQL: {
    disablePlaygroundInProduction: true,
    queries: searchQueries,
    // Depth and a cost that multiplies by list sizes: fan-out is refused before it runs.
    validationRules: (args) => [...fanOutLimits(args), unavailableFields],
  },
  // REST `depth` (and the Local API's) never populates deeper than the site needs.
  maxDepth: 2,
  sharp,
  upload: { limits: { fileSize: env.MEDIA_MAX_MB * 1024 * 1024 } },
  jobs: {
    // Runs due jobs, scheduled publishing among them, inside the CMS: nobody has to be there.
    tasks: [
      revalidateSiteTask,
      readyForEditorTask,
      deleteEmptyDraftsTask,
      deliverNewsletterTask,
      sendConfirmationTask,
    ],
    // Payload asks for its schedules when the server starts its crons (getPayload with cron). Our
    // own runners take their place: the same schedules, but each queue runs on one CMS instance
    // at a time, so several instances never run the same job (jobs/runner.ts).
    autoRun: (payload) => {
      if (isCodeGeneration()) return []
      const runners: QueueRunner[] = [
        { cron: env.JOBS_CRON, queue: 'default', limit: 20 },
        // Runs every second; its failures are still logged, its routine runs are not.
        { cron: env.REVALIDATE_CRON, queue: REVALIDATE_QUEUE, limit: 50, silent: true },
        // Confirmation emails and newsletter delivery; the routine ticks are not logged.
        ...(env.NEWSLETTER_AUTORUN
          ? [
              {
                cron: env.NEWSLETTER_CRON,
                queue: NEWSLETTER_QUEUE,
                limit: 100,
                silent: { info: true },
              },
            ]
          : []),
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
