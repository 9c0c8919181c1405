import { registeredContentTypes } from '@sok/content/content-types'
import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { revalidateOnChange, revalidateOnDelete } from '@/revalidation'

import { getTestPayload } from './helpers'

/**
 * The registry of content types (@sok/content/content-types) against the running CMS: a type the
 * site shows must exist in the Payload config and send its changes to the site.
 */
let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

const registered = registeredContentTypes

describe.each(registered.filter((type) => !type.global).map((type) => type.collection))(
  '%s',
  (slug) => {
    it('is a collection of the CMS that tells the site about its changes', () => {
      const collection = payload.collections[slug as CollectionSlug]
      expect(collection, `${slug} is registered but not in payload.config.ts`).toBeDefined()
      expect(collection.config.hooks.afterChange).toContain(revalidateOnChange)
      expect(collection.config.hooks.afterDelete).toContain(revalidateOnDelete)
    })
  },
)

describe('globals', () => {
  it('registers each global the site shows', () => {
    for (const type of registered.filter((candidate) => candidate.global)) {
      const global = payload.config.globals.find((candidate) => candidate.slug === type.collection)
      expect(global?.hooks?.afterChange?.length, type.collection).toBeGreaterThan(0)
    }
  })
})
