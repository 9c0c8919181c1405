import type { TocEntry } from '@/lib/headings'

export function TableOfContents({ entries }: { entries: TocEntry[] }) {
  if (entries.length < 2) return null
  return (
    <nav aria-labelledby="toc-heading" className="toc">
      <h2 id="toc-heading">In this article</h2>
      <ol>
        {entries.map((entry) => (
          <li key={entry.id} className={entry.level === 3 ? 'toc-sub' : undefined}>
            <a href={`#${entry.id}`}>{entry.text}</a>
          </li>
        ))}
      </ol>
    </nav>
  )
}
