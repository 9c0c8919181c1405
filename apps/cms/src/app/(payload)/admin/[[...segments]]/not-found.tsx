import config from '@payload-config'
import { NotFoundPage } from '@payloadcms/next/views'

import { importMap } from '../importMap'
import { type AdminViewArgs, adminViewMetadata } from './admin-view'

export const generateMetadata = adminViewMetadata

const NotFound = ({ params, searchParams }: AdminViewArgs) =>
  NotFoundPage({ config, params, searchParams, importMap })

export default NotFound
