import { describe, expect, it } from 'vitest'

import { fieldErrors, pngFile, rest, restErrors, testFileSetup, unique } from './helpers'

const { payload, newArticle, users } = await testFileSetup({ editor: 'editor' })
const { editor } = users

const reference = (fields: Record<string, unknown>) => ({
  ...newArticle(),
  references: [{ title: 'A paper', ...fields }],
})

describe('references', () => {
  it('accepts a DOI pasted with its resolver prefix, and stores the bare DOI', async () => {
    const article = await payload.create({
      collection: 'articles',
      data: reference({ doi: ' https://doi.org/10.1038/s41598-024-54370-9 ' }),
    })
    expect(article.references?.[0]?.doi).toBe('10.1038/s41598-024-54370-9')
  })

  it('explains a DOI that is not one', async () => {
    const errors = await fieldErrors(
      payload.create({ collection: 'articles', data: reference({ doi: 'doi-12345' }) }),
    )
    expect(errors['references.0.doi']).toBe(
      'Enter the DOI on its own, like 10.1038/s41598-024-54370-9 (without https://doi.org/).',
    )
  })

  it('explains a web address that is not one, over the API too', async () => {
    const response = await rest('POST', '/api/articles', {
      token: editor.token,
      json: reference({ url: 'javascript:alert(1)' }),
    })
    const { status, fields } = await restErrors(response)
    expect(status).toBe(400)
    expect(fields['references.0.url']).toBe(
      'Enter a full web address starting with https://, like https://example.org/page.',
    )
  })

  it('needs a title for each reference', async () => {
    const errors = await fieldErrors(
      payload.create({
        collection: 'articles',
        data: { ...newArticle(), references: [{ doi: '10.1038/x' }] } as never,
      }),
    )
    expect(errors['references.0.title']).toBe('This field is required.')
  })

  it('refuses an impossible year', async () => {
    const errors = await fieldErrors(
      payload.create({ collection: 'articles', data: reference({ year: 202 }) }),
    )
    expect(errors['references.0.year']).toMatch(/202 is less than the min allowed value of 1900/i)
  })
})

describe('slugs', () => {
  it('are unique within a collection, with a message on the field', async () => {
    const title = unique('Same category')
    await payload.create({ collection: 'categories', data: { title } })
    const errors = await fieldErrors(payload.create({ collection: 'categories', data: { title } }))
    expect(errors).toEqual({ slug: 'Value must be unique' })
  })

  it('are made from an author name', async () => {
    const author = await payload.create({
      collection: 'authors',
      data: { name: 'Dr. Ada Ó Briain', kind: 'person' },
    })
    expect(author.slug).toBe('dr-ada-o-briain')
  })
})

describe('media', () => {
  it('requires alternative text', async () => {
    const errors = await fieldErrors(
      payload.create({ collection: 'media', data: {} as never, file: await pngFile() }),
    )
    expect(errors).toEqual({ alt: 'This field is required.' })
  })

  it('makes webp card, hero and social versions', async () => {
    const image = await payload.create({
      collection: 'media',
      data: { alt: 'A teal rectangle' },
      file: await pngFile('sizes.png'),
    })
    expect(image.sizes?.card?.mimeType).toBe('image/webp')
    expect(image.sizes?.hero?.filename).toMatch(/\.webp$/)
    expect(image.sizes?.social?.filename).toMatch(/\.webp$/)
  })

  it('refuses files that are not images, and SVG', async () => {
    for (const file of [
      {
        data: Buffer.from('%PDF-1.4 not an image'),
        mimetype: 'application/pdf',
        name: 'paper.pdf',
      },
      {
        data: Buffer.from(
          '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        ),
        mimetype: 'image/svg+xml',
        name: 'logo.svg',
      },
    ]) {
      const errors = await fieldErrors(
        payload.create({
          collection: 'media',
          data: { alt: 'x' },
          file: { ...file, size: file.data.length },
        }),
      )
      expect(errors.file).toMatch(`Invalid MIME type: ${file.mimetype}.`)
    }
  })

  it('refuses an upload over the size limit with a clear answer', async () => {
    const big = new Uint8Array(11 * 1024 * 1024)
    const form = new FormData()
    form.append('file', new Blob([big], { type: 'image/png' }), 'huge.png')
    form.append('_payload', JSON.stringify({ alt: 'Too big' }))
    const response = await rest('POST', '/api/media', { token: editor.token, form })
    expect(response.status).toBe(413)
    expect(JSON.stringify(await response.json())).toMatch(/File size limit has been reached/i)
  })
})

describe('newsletter sign-ups', () => {
  it('store an address trimmed and in lower case, once', async () => {
    const signup = await payload.create({
      collection: 'newsletter-signups',
      // No status given: a new sign-up starts as pending.
      data: { email: '  Reader.One@Example.COM ' } as never,
    })
    expect(signup).toMatchObject({ email: 'reader.one@example.com', status: 'pending' })
    const errors = await fieldErrors(
      payload.create({
        collection: 'newsletter-signups',
        data: { email: 'READER.ONE@example.com', status: 'pending' },
      }),
    )
    expect(errors).toEqual({ email: 'Value must be unique' })
  })

  it('explain an address that is not one', async () => {
    const errors = await fieldErrors(
      payload.create({
        collection: 'newsletter-signups',
        data: { email: 'not-an-email', status: 'pending' },
      }),
    )
    expect(errors).toEqual({ email: 'Please enter a valid email address.' })
  })
})

describe('site settings', () => {
  it('refuse a menu link that is neither a site path nor a web address', async () => {
    const response = await rest('POST', '/api/globals/site-settings', {
      token: editor.token,
      json: { navigation: [{ label: 'Bad', link: 'javascript:alert(1)' }] },
    })
    const { status, fields } = await restErrors(response)
    expect(status).toBe(400)
    expect(fields['navigation.0.link']).toBe(
      'Enter a path on this site like /faq, or a full https:// address.',
    )
  })
})
