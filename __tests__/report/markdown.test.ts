/**
 * src/report/markdown.ts: text from files in a summary cell reads as written. Code spans, which the
 * gate's messages use for commands, show their text literally, so an entity or an escape in one would
 * be shown as such; everything else is escaped as text.
 */
import { describe, it, expect } from '@jest/globals'
import { textCell } from '../../src/report/markdown.js'

describe('textCell', () => {
  it('keeps a code span as written, and escapes the text around it', () => {
    expect(textCell('run `china-filing inspect <artifact>` to print it')).toBe(
      'run `china-filing inspect <artifact>` to print it',
    )
    expect(textCell('<b>[x](https://evil.example)</b> `a_b*c`')).toBe(
      '&lt;b&gt;\\[x\\](https://evil.example)&lt;/b&gt; `a_b*c`',
    )
  })

  it('pairs backtick runs of the same length, as CommonMark does', () => {
    expect(textCell('``a ` <b>`` and <i>')).toBe('``a ` <b>`` and &lt;i&gt;')
    // One backtick, then two: no span opens, so all of it is text and stays escaped.
    expect(textCell('`[y](https://evil.example)``')).toBe('`\\[y\\](https://evil.example)``')
    expect(textCell('`unclosed <b>')).toBe('`unclosed &lt;b&gt;')
  })

  it('keeps a code span inside its cell and row', () => {
    expect(textCell('`a|b\nc`')).toBe('`a\\|b c`')
  })
})
