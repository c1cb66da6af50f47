/** Offsets in a file's text to the 1-based line/column locations that annotations and SARIF use. */
import type { SourceLocation } from '../findings.js'

export class LineIndex {
  private readonly lineStarts: number[] = [0]

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (c === 10) this.lineStarts.push(i + 1)
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++
        this.lineStarts.push(i + 1)
      }
    }
  }

  /** 1-based line and column (UTF-16 code units, as the rest of the gate counts) of an offset. */
  position(offset: number): { line: number; column: number } {
    let low = 0
    let high = this.lineStarts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if (this.lineStarts[mid]! <= offset) low = mid
      else high = mid - 1
    }
    return { line: low + 1, column: offset - this.lineStarts[low]! + 1 }
  }

  /** The location of `[start, end)`; the end is exclusive, like the declaration loader's and SARIF's. */
  locate(file: string, start: number, end: number): SourceLocation {
    const from = this.position(start)
    const to = this.position(end)
    return { file, line: from.line, column: from.column, endLine: to.line, endColumn: to.column }
  }
}
