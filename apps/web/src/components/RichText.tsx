import type { ReactNode } from 'react'

import type { Media } from '@sok/content'
import Link from 'next/link'
import { glossaryPath } from '@sok/content/content-types'

import { CmsImage } from '@/components/CmsImage'
import { documentPath, type LinkedDocument, linkedDocument } from '@/lib/document-path'
import {
  type GlossaryMentionNode,
  type LinkableTerm,
  linkFirstMentions,
} from '@/lib/glossary-links'
import { headingIds } from '@/lib/headings'
import { sizedImage } from '@/lib/media'
import {
  type LexicalNode,
  plainText,
  type RichTextValue,
  rootNodes,
  TEXT_FORMAT,
  textFormat,
} from '@/lib/rich-text'
import { safeLink } from '@/lib/safe-url'

interface Props {
  /** A Lexical rich text value, as the CMS returns it. */
  value: RichTextValue
  siteOrigin: string
  /** Glossary terms whose first mention links to their entry (article bodies). */
  glossary?: LinkableTerm[]
}

/**
 * Renders rich text from the CMS as React elements. No HTML string is ever injected, so nothing an
 * editor types can run as script, and unsafe links are rendered as plain text.
 */
export function RichText({ value, siteOrigin, glossary }: Props) {
  const nodes = glossary ? linkFirstMentions(rootNodes(value), glossary) : rootNodes(value)
  const context = { siteOrigin, ids: headingIds(nodes) }
  return <>{renderChildren(nodes, context)}</>
}

interface RenderContext {
  siteOrigin: string
  /** The headings' ids, shared with the table of contents. */
  ids: Map<LexicalNode, string>
}

function renderChildren(nodes: LexicalNode[] | undefined, context: RenderContext): ReactNode[] {
  return (nodes ?? []).map((node, index) => renderNode(node, index, context))
}

function renderNode(node: LexicalNode, key: number, context: RenderContext): ReactNode {
  const children = () => renderChildren(node.children, context)
  switch (node.type) {
    case 'text':
      return renderText(node, key)
    case 'linebreak':
      return <br key={key} />
    case 'paragraph':
      return <p key={key}>{children()}</p>
    case 'heading': {
      const Tag = (['h2', 'h3', 'h4'].includes(node.tag ?? '') ? node.tag : 'h2') as 'h2'
      return (
        <Tag key={key} id={context.ids.get(node)}>
          {children()}
        </Tag>
      )
    }
    case 'quote':
      return <blockquote key={key}>{children()}</blockquote>
    case 'list':
      return node.listType === 'number' ? (
        <ol key={key}>{children()}</ol>
      ) : (
        <ul key={key}>{children()}</ul>
      )
    case 'listitem':
      return <li key={key}>{children()}</li>
    case 'link':
    case 'autolink': {
      if (node.fields?.linkType === 'internal') {
        const target = linkedDocument(node.fields.doc?.relationTo, node.fields.doc?.value)
        if (!target) return <span key={key}>{children()}</span>
        return (
          <Link
            key={key}
            href={documentPath(target)}
            {...(node.fields.newTab ? { target: '_blank' } : {})}
          >
            {children()}
          </Link>
        )
      }
      const link = safeLink(node.fields?.url ?? node.url, context.siteOrigin)
      if (!link) return <span key={key}>{children()}</span>
      return (
        <a
          key={key}
          href={link.href}
          {...(link.external ? { rel: 'noopener noreferrer' } : {})}
          {...(node.fields?.newTab ? { target: '_blank' } : {})}
        >
          {children()}
        </a>
      )
    }
    case 'glossaryMention': {
      const text = plainText(node)
      // The name says where the link goes and still starts with the words readers see.
      return (
        <Link
          key={key}
          href={glossaryPath((node as GlossaryMentionNode).slug)}
          className="glossary-mention"
          aria-label={`${text} (glossary)`}
        >
          {children()}
        </Link>
      )
    }
    case 'horizontalrule':
      return <hr key={key} />
    case 'block':
      return renderBlock(node, key)
    case 'relationship': {
      const target = linkedDocument(node.relationTo, node.value)
      return target ? <EmbeddedDocument key={key} target={target} /> : null
    }
    case 'upload': {
      const image = sizedImage(node.value as Media | number | null, 'hero')
      if (!image) return null
      const caption = (node.value as Media).caption
      return (
        <figure key={key} className="figure">
          <CmsImage image={image} sizes="(min-width: 48rem) 44rem, 100vw" />
          {caption && <figcaption>{caption}</figcaption>}
        </figure>
      )
    }
    default:
      // An unknown node (a block added in the CMS before the site knows it) shows its text only.
      return node.children ? <div key={key}>{children()}</div> : null
  }
}

const EMBEDDED_LABELS: Record<LinkedDocument['relationTo'], string> = {
  articles: 'Related article',
  authors: 'About the author',
  categories: 'More in this topic',
}

/** A document the editor placed in the body: a small card linking to its page. */
function EmbeddedDocument({ target }: { target: LinkedDocument }) {
  const { doc } = target
  return (
    <aside className="embedded-document" aria-label={EMBEDDED_LABELS[target.relationTo]}>
      <p className="eyebrow">{EMBEDDED_LABELS[target.relationTo]}</p>
      <p className="embedded-document-title">
        <Link href={documentPath(target)}>{doc.title ?? doc.name ?? doc.slug}</Link>
      </p>
      {doc.summary && <p>{doc.summary}</p>}
    </aside>
  )
}

function renderBlock(node: LexicalNode, key: number): ReactNode {
  const fields = node.fields ?? {}
  if (fields.blockType === 'keyFinding') {
    return (
      <aside key={key} className="key-finding" aria-label="Key finding">
        <p className="key-finding-label">Key finding</p>
        <p>{fields.finding}</p>
        {fields.source && <p className="meta">{fields.source}</p>}
      </aside>
    )
  }
  if (fields.blockType === 'callout') {
    return (
      <aside key={key} className={`callout callout-${fields.tone ?? 'info'}`}>
        {fields.title && <p className="callout-title">{fields.title}</p>}
        <p>{fields.text}</p>
      </aside>
    )
  }
  return null
}

function renderText(node: LexicalNode, key: number): ReactNode {
  const format = textFormat(node)
  let element: ReactNode = node.text ?? ''
  if (format & TEXT_FORMAT.code) element = <code>{element}</code>
  if (format & TEXT_FORMAT.bold) element = <strong>{element}</strong>
  if (format & TEXT_FORMAT.italic) element = <em>{element}</em>
  if (format & TEXT_FORMAT.underline) element = <u>{element}</u>
  if (format & TEXT_FORMAT.strikethrough) element = <s>{element}</s>
  if (format & TEXT_FORMAT.subscript) element = <sub>{element}</sub>
  if (format & TEXT_FORMAT.superscript) element = <sup>{element}</sup>
  return <span key={key}>{element}</span>
}
