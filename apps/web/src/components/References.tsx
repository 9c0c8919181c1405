import { citationLinks, citationText, type Reference } from '@/lib/citation'

export function References({ references }: { references: Reference[] }) {
  if (references.length === 0) return null
  return (
    <section aria-labelledby="references-heading" className="references">
      <h2 id="references-heading">References</h2>
      <ol>
        {references.map((reference, index) => {
          const links = citationLinks(reference)
          return (
            <li key={reference.id ?? index} id={`reference-${index + 1}`}>
              <cite>{citationText(reference)}</cite>
              {links.doi && (
                <>
                  {' '}
                  <a href={links.doi} rel="noopener noreferrer">
                    doi:{reference.doi}
                  </a>
                </>
              )}
              {links.url && (
                <>
                  {' '}
                  <a href={links.url} rel="noopener noreferrer">
                    Read online<span className="visually-hidden">: {reference.title}</span>
                  </a>
                </>
              )}
            </li>
          )
        })}
      </ol>
    </section>
  )
}
