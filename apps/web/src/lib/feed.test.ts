import { describe, expect, it } from 'vitest'

import { escapeXml, rssFeed } from './feed'

describe('rssFeed', () => {
  const xml = rssFeed({
    title: 'Science & Ketamine',
    description: 'Articles',
    link: 'https://sok.example/',
    self: 'https://sok.example/feed.xml',
    items: [
      {
        title: 'A <b>bold</b> claim',
        url: 'https://sok.example/articles/a',
        description: 'Summary',
        publishedAt: '2024-02-29T09:00:00.000Z',
        category: 'Journal Club',
        authors: ['Dr. A'],
      },
    ],
  })

  it('escapes text from the CMS', () => {
    expect(xml).toContain('<title>Science &amp; Ketamine</title>')
    expect(xml).toContain('<title>A &lt;b&gt;bold&lt;/b&gt; claim</title>')
  })

  it('lists each item with its link, date and author', () => {
    expect(xml).toContain('<link>https://sok.example/articles/a</link>')
    expect(xml).toContain('<pubDate>Thu, 29 Feb 2024 09:00:00 GMT</pubDate>')
    expect(xml).toContain('<dc:creator>Dr. A</dc:creator>')
    expect(xml).toContain('<atom:link href="https://sok.example/feed.xml" rel="self"')
  })

  it('drops characters XML forbids', () => {
    expect(escapeXml('a\u0000b\u0007c')).toBe('abc')
  })
})
