import config from '@payload-config'
import '@payloadcms/next/css'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { primaryForSignedIn } from '@/database/replicas'

export const POST = primaryForSignedIn(GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
