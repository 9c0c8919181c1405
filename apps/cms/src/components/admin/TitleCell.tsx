'use client'

import { DefaultCell } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'

/** The title column: a draft nobody has named yet reads "Untitled draft", not "<No Title>". */
export function TitleCell(props: DefaultCellComponentProps) {
  return <DefaultCell {...props} cellData={props.cellData || 'Untitled draft'} />
}
