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
})
