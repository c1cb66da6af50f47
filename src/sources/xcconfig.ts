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
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)(\[[^\]]*\])?\s*=\s*(.*?)\s*;?\s*$/d.exec(content)
    if (!match) continue
    const condition = match[2]
    if (condition && !/^\[sdk=iphoneos\*?\]$/.test(condition)) continue
    const [valueStart, valueEnd] = match.indices![3]!
    entries.push({
      kind: 'setting',
      key: match[1]!,
      setting: { value: match[3]!, location: lines.locate(file, start + valueStart, start + valueEnd) },
    })
  }
  return { entries }
}
