import config from '@payload-config'
import { generatePageMetadata, RootPage } from '@payloadcms/next/views'
import type { Metadata } from 'next'

import { readingFromPrimary } from '@/database/replicas'

import { importMap } from '../importMap'

interface Args {
  params: Promise<{ segments: string[] }>
  searchParams: Promise<Record<string, string | string[]>>
}

export const generateMetadata = ({ params, searchParams }: Args): Promise<Metadata> =>
  generatePageMetadata({ config, params, searchParams })

// The admin reads what editors just saved: from the primary database, never a replica.
const Page = ({ params, searchParams }: Args) =>
  readingFromPrimary(() => RootPage({ config, params, searchParams, importMap }))

export default Page
