'use client'

import type { DefaultCellComponentProps } from 'payload'

/** "Ready for an editor" in the list: a word, not a boolean. */
export function ReadyCell({ cellData }: DefaultCellComponentProps) {
  return cellData ? <span className="sok-pill">Ready</span> : <span className="sok-muted">—</span>
}
