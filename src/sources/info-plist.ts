/**
 * `CFBundleIdentifier` in an XML Info.plist. A literal here is what the built app carries, whatever
 * PRODUCT_BUNDLE_IDENTIFIER says; the usual `$(PRODUCT_BUNDLE_IDENTIFIER)` defers to the project file
 * and gives nothing here.
 */
import { LineIndex } from './text-position.js'
import type { DetectedSources } from './types.js'
import { scanXml } from './xml-scan.js'

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
    const next = items.slice(k + 2).find((i) => i.kind !== 'text' || i.value.trim() !== '')
    if (next?.kind !== 'close' || next.name !== 'key') continue
    const open = items.slice(items.indexOf(next) + 1).find((i) => i.kind !== 'text' || i.value.trim() !== '')
    if (open?.kind !== 'open' || open.name !== 'string') break
    const at = items.indexOf(open)
    const valueItem = items[at + 1]
    const value = valueItem?.kind === 'text' ? valueItem.value.trim() : ''
    const start =
      valueItem?.kind === 'text'
        ? valueItem.start + (valueItem.value.length - valueItem.value.trimStart().length)
        : open.end
    const location = new LineIndex(text).locate(file, start, start + value.length)
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
