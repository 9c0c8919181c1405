import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { seed } from '@/seed'
import { imagingStudy } from '@/seed/content/imaging-study'

import { getTestPayload, restGet } from './helpers'

let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

describe('demo content', () => {
  it('the first start published the imaging-study article for anonymous readers', async () => {
    const response = await restGet(`/api/articles?where[slug][equals]=${imagingStudy.slug}`)
    const body = (await response.json()) as {
      docs: { title: string; _status: string; body: { root: { children: { type: string }[] } } }[]
    }
    expect(body.docs).toHaveLength(1)
    const [article] = body.docs
    expect(article!.title).toBe(imagingStudy.title)
    expect(article!._status).toBe('published')
    expect(article!.body.root.children.filter((node) => node.type === 'heading').length).toBe(5)
  })

  it('seeding again changes nothing', async () => {
    const before = await payload.count({ collection: 'articles', overrideAccess: true })
    const users = await payload.count({ collection: 'users', overrideAccess: true })
    await seed(payload)
    expect(await payload.count({ collection: 'articles', overrideAccess: true })).toEqual(before)
    expect(await payload.count({ collection: 'users', overrideAccess: true })).toEqual(users)
  })
})
