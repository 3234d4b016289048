/** Builds Lexical editor state from plain blocks, so seed texts stay readable in the data files. */
import type { Block } from './data/types'

const base = { format: '', indent: 0, version: 1, direction: 'ltr' as const }
const text = (t: string) => ({
  type: 'text',
  text: t,
  format: 0,
  style: '',
  mode: 'normal',
  detail: 0,
  version: 1,
})

function node(block: Block) {
  if (typeof block === 'string')
    return { ...base, type: 'paragraph', textFormat: 0, textStyle: '', children: [text(block)] }
  if ('h2' in block) return { ...base, type: 'heading', tag: 'h2', children: [text(block.h2)] }
  return {
    ...base,
    type: 'list',
    listType: 'bullet',
    tag: 'ul',
    start: 1,
    children: block.list.map((item, i) => ({
      ...base,
      type: 'listitem',
      value: i + 1,
      children: [text(item)],
    })),
  }
}

export function richText(blocks: Block[]) {
  return { root: { ...base, type: 'root', children: blocks.map(node) } }
}
