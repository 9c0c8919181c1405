import config from '@payload-config'
import { RootPage } from '@payloadcms/next/views'

import { readingFromPrimary } from '@/database/replicas'

import { importMap } from '../importMap'
import { type AdminViewArgs, adminViewMetadata } from './admin-view'

export const generateMetadata = adminViewMetadata

// The admin reads what editors just saved: from the primary database, never a replica.
const Page = ({ params, searchParams }: AdminViewArgs) =>
  readingFromPrimary(() => RootPage({ config, params, searchParams, importMap }))

export default Page
