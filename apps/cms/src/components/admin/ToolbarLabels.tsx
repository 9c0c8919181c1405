'use client'

import { type ReactNode, useEffect } from 'react'

/** Plain names for the rich-text toolbar's icon-only buttons, by Payload's `data-button-key`. */
const buttons: Record<string, string> = {
  bold: 'Bold',
  italic: 'Italic',
  underline: 'Underline',
  strikethrough: 'Strikethrough',
  subscript: 'Subscript',
  superscript: 'Superscript',
  inlineCode: 'Code',
  link: 'Link',
  indentDecrease: 'Decrease indent',
  indentIncrease: 'Increase indent',
}

/** …and for its menus, by `data-dropdown-key`. */
const dropdowns: Record<string, string> = {
  add: 'Insert: callout, key finding, image, divider, …',
  text: 'Paragraph style: heading, list, quote',
  align: 'Align text',
}

function label(root: ParentNode) {
  for (const button of root.querySelectorAll<HTMLElement>(
    '[data-button-key]:not([title]), [data-dropdown-key]:not([title])',
  )) {
    const name = button.dataset.buttonKey
      ? buttons[button.dataset.buttonKey]
      : dropdowns[button.dataset.dropdownKey ?? '']
    if (!name) continue
    button.title = name
    button.setAttribute('aria-label', name)
  }
}

/**
 * Payload 3.90's rich-text toolbar shows icons with no name: no tooltip on hover, nothing for a
 * screen reader ("add dropdown" at best). This names them as toolbars appear. Mounted once as an
 * admin provider; it only touches toolbar buttons that have no title yet, once per animation frame.
 */
export function ToolbarLabels({ children }: { children?: ReactNode }) {
  useEffect(() => {
    let frame = 0
    const observer = new MutationObserver(() => {
      if (frame) return
      frame = requestAnimationFrame(() => {
        frame = 0
        label(document)
      })
    })
    label(document)
    observer.observe(document.body, { childList: true, subtree: true })
    return () => {
      observer.disconnect()
      cancelAnimationFrame(frame)
    }
  }, [])
  return children
}
