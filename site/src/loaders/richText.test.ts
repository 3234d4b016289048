import { describe, expect, it } from 'vitest'

import { lexicalToHtml } from './richText'

const text = (t: string) => ({ type: 'text', text: t, format: 0, version: 1 })
const item = (t: string, value: number) => ({
  type: 'listitem',
  value,
  children: [text(t)],
  version: 1,
})
const doc = (listType: 'bullet' | 'number', start = 1) => ({
  root: {
    type: 'root',
    version: 1,
    children: [
      {
        type: 'list',
        listType,
        tag: listType === 'number' ? 'ol' : 'ul',
        start,
        version: 1,
        children: [item('Éin', start), item('To', start + 1)],
      },
    ],
  },
})

describe('rich text lists', () => {
  it('writes bullet lists as plain <ul><li> without the value attribute the HTML checker rejects', () => {
    expect(lexicalToHtml(doc('bullet'))).toBe('<ul><li>Éin</li><li>To</li></ul>')
  })

  it('writes numbered lists as <ol>, keeping a start other than 1', () => {
    expect(lexicalToHtml(doc('number'))).toBe('<ol><li>Éin</li><li>To</li></ol>')
    expect(lexicalToHtml(doc('number', 3))).toBe('<ol start="3"><li>Éin</li><li>To</li></ol>')
  })
})
