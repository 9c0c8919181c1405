import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_OPTIONS } from '@payloadcms/next/routes'

import { primaryForSignedIn } from '@/database/replicas'
import { graphqlPost } from '@/graphql/http'

export const POST = primaryForSignedIn(graphqlPost(config))
export const OPTIONS = REST_OPTIONS(config)
