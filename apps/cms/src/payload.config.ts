import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, type Migration } from 'payload'
import sharp from 'sharp'

import { Articles } from './collections/Articles'
import { Users } from './collections/Users'
import { env } from './env'
import { migrations as generatedMigrations } from './migrations'
import { seed } from './seed'

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
  },
  collections: [Articles, Users],
  editor: lexicalEditor(),
  db: postgresAdapter({
    pool: { connectionString: env.DATABASE_URL },
    // The schema only ever changes through committed migrations, in every environment.
    push: false,
    migrationDir: path.resolve(dirname, 'migrations'),
    prodMigrations: migrations,
  }),
  // The public site reads the API from the browser (e.g. "load more"), so it is the one other origin.
  cors: [env.WEB_PUBLIC_URL],
  csrf: [env.WEB_PUBLIC_URL, env.CMS_PUBLIC_URL],
  graphQL: { disablePlaygroundInProduction: true },
  sharp,
  telemetry: false,
  typescript: {
    outputFile: path.resolve(dirname, '../../../packages/content/src/payload-types.ts'),
    // The types live in @sok/content, which does not depend on payload; the CMS declares the
    // module augmentation itself (src/payload-generated-types.d.ts).
    declare: false,
  },
  onInit: async (payload) => {
    // Production applies migrations through prodMigrations when it connects.
    if (!env.production) await payload.db.migrate({ migrations })
    await seed(payload)
  },
})
