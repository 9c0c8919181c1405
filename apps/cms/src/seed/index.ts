import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { Payload } from 'payload'

import { env } from '@/env'

import { imagingStudy } from './content/imaging-study'

/**
 * First start on an empty database: demo content everywhere (unless SEED_DEMO_CONTENT=false), and
 * in development a known admin login. Running it again changes nothing.
 */
export async function seed(payload: Payload): Promise<void> {
  if (!env.production) await ensureDevAdmin(payload)
  if (env.SEED_DEMO_CONTENT) await seedDemoContent(payload)
}

async function ensureDevAdmin(payload: Payload) {
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs === 0) {
    await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { name: 'Dev Admin', email: env.DEV_ADMIN_EMAIL, password: env.DEV_ADMIN_PASSWORD },
    })
    payload.logger.info(`Seeded the development admin ${env.DEV_ADMIN_EMAIL}`)
  }
}

async function seedDemoContent(payload: Payload) {
  const { totalDocs } = await payload.count({
    collection: 'articles',
    overrideAccess: true,
  })
  if (totalDocs > 0) return

  const editorConfig = await editorConfigFactory.default({ config: payload.config })
  const { body, ...article } = imagingStudy
  await payload.create({
    collection: 'articles',
    overrideAccess: true,
    data: {
      ...article,
      _status: 'published',
      body: convertMarkdownToLexical({ editorConfig, markdown: body }),
    },
  })
  payload.logger.info('Seeded demo content')
}
