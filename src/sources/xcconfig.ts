/**
 * Xcode build configuration files (`.xcconfig`): `KEY = value` lines, `//` comments and
 * `#include "other.xcconfig"` (`#include?` when optional). A target's configuration names one with
 * `baseConfigurationReference`; Xcode applies it under the target's own build settings (Xcode Help,
 * "Add a build configuration (xcconfig) file"). Conditional keys (`KEY[sdk=iphoneos*]`) for an iOS
 * SDK count; other conditions are left out.
 */
import type { SourceLocation } from '../findings.js'
import { LineIndex } from './text-position.js'

export interface XcconfigSetting {
  value: string
  location: SourceLocation
}

/** One file's settings in order, and the files it includes (as written, relative to itself). */
export interface XcconfigFile {
  entries: ({ kind: 'setting'; key: string; setting: XcconfigSetting } | { kind: 'include'; path: string })[]
}

export function parseXcconfig(file: string, text: string): XcconfigFile {
  const lines = new LineIndex(text)
  const entries: XcconfigFile['entries'] = []
  let offset = 0
  for (const line of text.split('\n')) {
    const start = offset
    offset += line.length + 1
    const include = /^\s*#include\??\s*"([^"]+)"/.exec(line)
    if (include) {
      entries.push({ kind: 'include', path: include[1]! })
      continue
    }
    const commentAt = line.indexOf('//')
    const content = commentAt >= 0 ? line.slice(0, commentAt) : line
    // Only the key is matched by a pattern; the value's trailing blanks and `;` are trimmed in
    // code, because a lazy value group followed by optional blanks backtracks cubically on a long
    // run of spaces (4,000 took 17 s).
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)(\[[^\]]*\])?\s*=\s*/.exec(content)
    if (!match) continue
    const condition = match[2]
    if (condition && !/^\[sdk=iphoneos\*?\]$/.test(condition)) continue
    const valueStart = match[0].length
    const valueEnd = settingValueEnd(content, valueStart)
    entries.push({
      kind: 'setting',
      key: match[1]!,
      setting: {
        value: content.slice(valueStart, valueEnd),
        location: lines.locate(file, start + valueStart, start + valueEnd),
      },
    })
  }
  return { entries }
}

/** Where a setting's value ends: before trailing blanks, one optional `;`, and blanks before it. */
function settingValueEnd(content: string, valueStart: number): number {
  let end = trimBlanksEnd(content, valueStart, content.length)
  if (end > valueStart && content.charCodeAt(end - 1) === SEMICOLON)
    end = trimBlanksEnd(content, valueStart, end - 1)
  return end
}

const SEMICOLON = 0x3b

function trimBlanksEnd(text: string, from: number, end: number): number {
  while (end > from && /\s/.test(text[end - 1]!)) end--
  return end
}
