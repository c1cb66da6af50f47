/**
 * `CFBundleIdentifier` in an XML Info.plist. A literal here is what the built app carries, whatever
 * PRODUCT_BUNDLE_IDENTIFIER says; the usual `$(PRODUCT_BUNDLE_IDENTIFIER)` defers to the project file
 * and gives nothing here.
 */
import { LineIndex } from './text-position.js'
import type { DetectedSources } from './types.js'
import { scanXml, type XmlItem } from './xml-scan.js'

export function detectInfoPlist(
  file: string,
  text: string,
  context: { target?: string; variant?: string } = {},
): DetectedSources {
  const result: DetectedSources = { identities: [], signing: [], unresolved: [], notes: [] }
  if (!/^\s*(<\?xml|<!DOCTYPE|<plist)/.test(text.replace(/^\uFEFF/, ''))) {
    result.notes.push({
      kind: 'parse-error',
      file,
      platform: 'ios',
      message: `${file} is not an XML property list (binary plists are not read); CFBundleIdentifier was not checked`,
    })
    return result
  }
  const items = scanXml(text)
  let lines: LineIndex | undefined
  let depth = 0
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!
    if (item.kind === 'text') continue
    if (item.name === 'dict' || item.name === 'array') {
      if (item.kind === 'open') depth++
      else if (item.kind === 'close') depth--
      continue
    }
    // Only the top-level dictionary: nested dicts (URL types, document types) have their own keys.
    if (depth !== 1 || item.kind !== 'open' || item.name !== 'key') continue
    const keyText = items[k + 1]
    if (keyText?.kind !== 'text' || keyText.value.trim() !== 'CFBundleIdentifier') continue
    // Indexes, not slices: a file of 100k keys must stay linear (issue 12.5).
    const nextAt = nextSignificant(items, k + 2)
    const next = items[nextAt]
    if (next?.kind !== 'close' || next.name !== 'key') continue
    const at = nextSignificant(items, nextAt + 1)
    const open = items[at]
    if (open?.kind !== 'open' || open.name !== 'string') break
    const valueItem = items[at + 1]
    const value = valueItem?.kind === 'text' ? valueItem.value.trim() : ''
    const start =
      valueItem?.kind === 'text'
        ? valueItem.start + (valueItem.value.length - valueItem.value.trimStart().length)
        : open.end
    lines ??= new LineIndex(text)
    const location = lines.locate(file, start, start + value.length)
    const common = {
      platform: 'ios' as const,
      key: 'CFBundleIdentifier',
      release: true,
      location,
      ...context,
    }
    if (!/\$[({]/.test(value)) result.identities.push({ ...common, value })
    else if (!/^\$[({]PRODUCT_BUNDLE_IDENTIFIER[)}]$/.test(value)) {
      result.unresolved.push({
        ...common,
        expression: value,
        reason:
          'CFBundleIdentifier uses a build setting other than PRODUCT_BUNDLE_IDENTIFIER; it is only known when Xcode builds',
      })
    }
    break
  }
  return result
}

/** The index of the first item at or after `from` that is not blank text. */
function nextSignificant(items: XmlItem[], from: number): number {
  let k = from
  while (k < items.length && items[k]!.kind === 'text' && (items[k] as { value: string }).value.trim() === '')
    k++
  return k
}
