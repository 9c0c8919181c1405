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

  it('dates the channel by its newest content: a new item or a substantive update', () => {
    const feed = (updatedAt?: string) =>
      rssFeed({
        title: 'T',
        description: 'D',
        link: 'https://sok.example/',
        self: 'https://sok.example/feed.xml',
        items: [
          {
            title: 'New',
            url: 'https://sok.example/a',
            publishedAt: '2024-06-04T09:00:00.000Z',
            authors: [],
          },
          {
            title: 'Old',
            url: 'https://sok.example/b',
            publishedAt: '2023-09-19T09:00:00.000Z',
            updatedAt,
            authors: [],
          },
        ],
      })
    expect(feed()).toContain('<lastBuildDate>Tue, 04 Jun 2024 09:00:00 GMT</lastBuildDate>')
    expect(feed('2024-07-01T09:00:00.000Z')).toContain(
      '<lastBuildDate>Mon, 01 Jul 2024 09:00:00 GMT</lastBuildDate>',
    )
  })

  it('drops characters XML forbids', () => {
    expect(escapeXml('a\u0000b\u0007c')).toBe('abc')
  })
})
