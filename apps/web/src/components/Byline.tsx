import type { Author } from '@sok/content'
import Link from 'next/link'

type Person = Pick<Author, 'id' | 'name' | 'slug' | 'credentials'>

/** "Dr. A, MD" linking to the author page. */
export function AuthorName({ author }: { author: Person }) {
  const name = author.credentials ? `${author.name}, ${author.credentials}` : author.name
  return author.slug ? <Link href={`/authors/${author.slug}`}>{name}</Link> : <>{name}</>
}

/** "By A, MD and the team". */
export function Byline({ authors }: { authors: Person[] }) {
  if (authors.length === 0) return null
  return (
    <p className="byline">
      By{' '}
      {authors.map((author, index) => (
        <span key={author.id}>
          {index > 0 && (index === authors.length - 1 ? ' and ' : ', ')}
          <AuthorName author={author} />
        </span>
      ))}
    </p>
  )
}
