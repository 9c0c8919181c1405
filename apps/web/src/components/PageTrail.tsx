import {
  breadcrumbList,
  jsonLdGraph,
  type Node,
  organization,
  type Publication,
} from '@/lib/structured-data'

import { Breadcrumbs, type Crumb } from './Breadcrumbs'
import { JsonLd } from './JsonLd'

interface Props {
  publication: Publication
  /** The crumbs after Home; the last is the page itself. */
  trail: Crumb[]
  /** The page's own JSON-LD nodes (a CollectionPage, a DefinedTerm, …). */
  nodes: Node[]
}

/**
 * Where a page sits on the site: its breadcrumbs under Home, and its JSON-LD graph (the
 * publication, the page's own nodes, then the same breadcrumbs for search engines).
 */
export function PageTrail({ publication, trail, nodes }: Props) {
  const crumbs = [{ name: 'Home', path: '/' }, ...trail]
  return (
    <>
      <JsonLd
        data={jsonLdGraph([
          organization(publication),
          ...nodes,
          breadcrumbList(publication, crumbs),
        ])}
      />
      <Breadcrumbs crumbs={crumbs} />
    </>
  )
}
