import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { RichText } from './RichText'

const site = 'https://sok.example'
const text = (value: string) => ({ type: 'text', text: value, format: 0 })
const link = (url: string, label: string) => ({
  type: 'link',
  fields: { url, linkType: 'custom' },
  children: [text(label)],
})
const render = (children: unknown[]) =>
  renderToStaticMarkup(<RichText value={{ root: { children } }} siteOrigin={site} />)

describe('RichText', () => {
  it('drops javascript: links and keeps their text', () => {
    const html = render([{ type: 'paragraph', children: [link('javascript:alert(1)', 'Click')] }])
    expect(html).toBe('<p><span><span>Click</span></span></p>')
  })

  it.each(['/\\evil.example', '/%5Cevil.example', '//evil.example', '/\t/evil.example', 'data:,x'])(
    'renders a link to %j as plain text, never as a same-site link',
    (url) => {
      const html = render([{ type: 'paragraph', children: [link(url, 'Read more')] }])
      expect(html).toBe('<p><span><span>Read more</span></span></p>')
    },
  )

  it('marks links to other sites noopener noreferrer, not links within the site', () => {
    const html = render([
      {
        type: 'paragraph',
        children: [link('https://doi.org/10.1/x', 'Paper'), link('/faq', 'FAQ')],
      },
    ])
    expect(html).toContain('<a href="https://doi.org/10.1/x" rel="noopener noreferrer">')
    expect(html).toContain('<a href="/faq">')
  })

  it('renders HTML typed by an editor as text, never as markup', () => {
    const html = render([{ type: 'paragraph', children: [text('<img src=x onerror=alert(1)>')] }])
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(html).not.toContain('<img')
  })

  it('gives headings the ids the table of contents links to', () => {
    const heading = { type: 'heading', tag: 'h2', children: [text('What they found')] }
    expect(render([heading, { ...heading }])).toBe(
      '<h2 id="what-they-found"><span>What they found</span></h2>' +
        '<h2 id="what-they-found-2"><span>What they found</span></h2>',
    )
  })

  describe('internal links and embedded documents', () => {
    const internal = (relationTo: string, value: unknown, label = 'Read this') => ({
      type: 'link',
      fields: { linkType: 'internal', doc: { relationTo, value }, newTab: false },
      children: [text(label)],
    })
    const paragraph = (...children: unknown[]) => ({ type: 'paragraph', children })
    const article = { id: 7, slug: 'ketamine-and-sleep', title: 'Ketamine and sleep' }

    it('link to the page of the article, author or category they point at', () => {
      const html = render([
        paragraph(
          internal('articles', article),
          internal('authors', { id: 2, slug: 'maya-lindqvist', name: 'Maya' }),
          internal('categories', { id: 3, slug: 'journal-club', title: 'Journal Club' }),
        ),
      ])
      expect(html).toContain('<a href="/articles/ketamine-and-sleep">')
      expect(html).toContain('<a href="/authors/maya-lindqvist">')
      expect(html).toContain('<a href="/categories/journal-club">')
    })

    it('show only the words when the target is not readable: an id, a draft, a user', () => {
      const html = render([
        paragraph(
          internal('articles', 12, 'Unpublished'),
          internal('articles', { ...article, slug: 'secret-draft', _status: 'draft' }, 'Draft'),
          internal('users', { id: 1, slug: 'admin', email: 'a@b.c' }, 'User'),
          internal('articles', null, 'Deleted'),
        ),
      ])
      expect(html).toBe(
        '<p><span><span>Unpublished</span></span><span><span>Draft</span></span>' +
          '<span><span>User</span></span><span><span>Deleted</span></span></p>',
      )
      expect(html).not.toContain('secret-draft')
    })

    it('keep a published target linked in preview and escape odd slugs', () => {
      const html = render([
        paragraph(
          internal('articles', { ...article, _status: 'published' }),
          internal('articles', { ...article, slug: '../admin?x=1' }, 'Odd'),
        ),
      ])
      expect(html).toContain('<a href="/articles/ketamine-and-sleep">')
      expect(html).toContain('<a href="/articles/..%2Fadmin%3Fx%3D1">')
    })

    it('render an embedded article as a card linking to it, and nothing for an unreadable one', () => {
      const html = render([
        { type: 'relationship', relationTo: 'articles', value: { ...article, summary: 'Short.' } },
        { type: 'relationship', relationTo: 'articles', value: 99 },
        { type: 'relationship', relationTo: 'users', value: { id: 1, slug: 'x' } },
      ])
      expect(html).toBe(
        '<aside class="embedded-document" aria-label="Related article">' +
          '<p class="eyebrow">Related article</p>' +
          '<p class="embedded-document-title"><a href="/articles/ketamine-and-sleep">Ketamine and sleep</a></p>' +
          '<p>Short.</p></aside>',
      )
    })
  })
})
