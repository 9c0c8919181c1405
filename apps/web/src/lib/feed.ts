export interface FeedItem {
  title: string
  url: string
  description?: string | null
  publishedAt?: string | null
  /** When its content last changed (a substantive update), if after publication. */
  updatedAt?: string | null
  category?: string | null
  authors: string[]
}

export interface Feed {
  title: string
  description: string
  /** The page the feed belongs to. */
  link: string
  /** The feed's own address. */
  self: string
  items: FeedItem[]
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
}

/** Text safe inside an XML element or attribute; characters XML forbids are dropped. */
export function escapeXml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/[&<>"']/g, (char) => XML_ESCAPES[char]!)
  )
}

const element = (name: string, value: string | null | undefined) =>
  value ? `<${name}>${escapeXml(value)}</${name}>` : ''

/** An RSS 2.0 feed, newest item first as given. */
export function rssFeed(feed: Feed): string {
  // lastBuildDate: the last time the channel's content changed, a new item or an updated one.
  const newest = feed.items
    .flatMap((item) => [item.publishedAt, item.updatedAt])
    .filter((date): date is string => Boolean(date))
    .sort((a, b) => new Date(a).getTime() - new Date(b).getTime())
    .at(-1)
  const items = feed.items.map((item) =>
    [
      '<item>',
      element('title', item.title),
      element('link', item.url),
      `<guid isPermaLink="true">${escapeXml(item.url)}</guid>`,
      element('description', item.description),
      item.publishedAt ? element('pubDate', new Date(item.publishedAt).toUTCString()) : '',
      element('category', item.category),
      ...item.authors.map((name) => element('dc:creator', name)),
      '</item>',
    ].join(''),
  )
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<channel>',
    element('title', feed.title),
    element('link', feed.link),
    element('description', feed.description),
    '<language>en</language>',
    `<atom:link href="${escapeXml(feed.self)}" rel="self" type="application/rss+xml"/>`,
    newest ? element('lastBuildDate', new Date(newest).toUTCString()) : '',
    ...items,
    '</channel>',
    '</rss>',
  ].join('\n')
}

/** The HTTP answer for a feed. */
export function feedResponse(xml: string): Response {
  return new Response(xml, {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  })
}
