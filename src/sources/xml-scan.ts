/**
 * Just enough XML for AndroidManifest.xml and XML property lists: a scanner over tags and text that
 * skips comments, processing instructions, DOCTYPE and CDATA, and keeps every offset so values can
 * be located. Not a validating parser; the files it reads are machine-written and small.
 */

export interface XmlTag {
  kind: 'open' | 'close' | 'self-closing'
  name: string
  /** Attribute values (entity-decoded) with the offsets of the value including its quotes. */
  attributes: Map<string, { value: string; start: number; end: number }>
  start: number
  end: number
}

export interface XmlText {
  kind: 'text'
  value: string
  start: number
  end: number
}

export type XmlItem = XmlTag | XmlText

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

export function decodeXmlEntities(raw: string): string {
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|\w+);/g, (whole, name: string) => {
    // A character reference past U+10FFFF (`&#x110000;`) is not a character: keep it as written
    // rather than let String.fromCodePoint throw and abort the run.
    const code = name.startsWith('#x')
      ? parseInt(name.slice(2), 16)
      : name.startsWith('#')
        ? parseInt(name.slice(1), 10)
        : -1
    if (name.startsWith('#')) return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    // An own key only: `&constructor;` is no entity, whatever every object inherits.
    return Object.hasOwn(ENTITIES, name) ? ENTITIES[name]! : whole
  })
}

export function scanXml(text: string): XmlItem[] {
  const items: XmlItem[] = []
  let i = 0
  while (i < text.length) {
    const lt = text.indexOf('<', i)
    const textEnd = lt < 0 ? text.length : lt
    if (textEnd > i)
      items.push({ kind: 'text', value: decodeXmlEntities(text.slice(i, textEnd)), start: i, end: textEnd })
    if (lt < 0) break
    if (text.startsWith('<!--', lt)) {
      const close = text.indexOf('-->', lt + 4)
      i = close < 0 ? text.length : close + 3
      continue
    }
    if (text.startsWith('<![CDATA[', lt)) {
      const close = text.indexOf(']]>', lt)
      const end = close < 0 ? text.length : close
      items.push({ kind: 'text', value: text.slice(lt + 9, end), start: lt + 9, end })
      i = close < 0 ? text.length : close + 3
      continue
    }
    if (text[lt + 1] === '?' || text[lt + 1] === '!') {
      const close = text.indexOf('>', lt)
      i = close < 0 ? text.length : close + 1
      continue
    }
    const tag = readTag(text, lt)
    if (!tag) {
      i = lt + 1
      continue
    }
    items.push(tag)
    i = tag.end
  }
  return items
}

function readTag(text: string, start: number): XmlTag | undefined {
  const closing = text[start + 1] === '/'
  const nameMatch = /^[A-Za-z_][\w.:-]*/.exec(text.slice(start + (closing ? 2 : 1), start + 200))
  if (!nameMatch) return undefined
  let i = start + (closing ? 2 : 1) + nameMatch[0].length
  const attributes: XmlTag['attributes'] = new Map()
  const attribute = /\s*([A-Za-z_][\w.:-]*)\s*=\s*("[^"]*"|'[^']*')/y
  for (;;) {
    attribute.lastIndex = i
    const match = attribute.exec(text)
    if (!match) break
    const valueStart = match.index + match[0].length - match[2]!.length
    attributes.set(match[1]!, {
      value: decodeXmlEntities(match[2]!.slice(1, -1)),
      start: valueStart,
      end: valueStart + match[2]!.length,
    })
    i = attribute.lastIndex
  }
  const rest = /\s*(\/?)>/y
  rest.lastIndex = i
  const end = rest.exec(text)
  if (!end) return undefined
  return {
    kind: closing ? 'close' : end[1] ? 'self-closing' : 'open',
    name: nameMatch[0],
    attributes,
    start,
    end: rest.lastIndex,
  }
}
