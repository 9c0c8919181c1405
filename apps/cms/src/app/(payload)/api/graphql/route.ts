import config from '@payload-config'
import '@payloadcms/next/css'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { withReadCache } from '@/read-cache'

// Anonymous queries (never mutations) are answered from memory until the next published change.
export const POST = withReadCache('graphql', config, GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
