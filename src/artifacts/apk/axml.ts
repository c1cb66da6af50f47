/**
 * The compiled (binary XML) AndroidManifest.xml of an APK: just enough to read the attributes of the
 * root `<manifest>` element (package, versionCode, versionName) and the APK's minSdkVersion, which
 * decides which signature schemes the devices that can install it verify.
 *
 * Layout (frameworks/base libs/androidfw/include/androidfw/ResourceTypes.h; little-endian):
 *   ResChunk_header        { u16 type, u16 headerSize, u32 size }
 *   RES_XML_TYPE 0x0003    the document: header, then chunks
 *   RES_STRING_POOL_TYPE 0x0001: header + { u32 stringCount, u32 styleCount, u32 flags (UTF8 0x100),
 *                          u32 stringsStart, u32 stylesStart }, then u32 offsets[stringCount] at headerSize
 *   RES_XML_RESOURCE_MAP_TYPE 0x0180: u32 resource id per string index (attribute names)
 *   RES_XML_START_ELEMENT_TYPE 0x0102: ResXMLTree_node { header, u32 lineNumber, u32 comment } then, at
 *                          headerSize, ResXMLTree_attrExt { u32 ns, u32 name, u16 attributeStart,
 *                          u16 attributeSize, u16 attributeCount, ... }; attributes at attrExt + attributeStart:
 *                          { u32 ns, u32 name, u32 rawValue, Res_value { u16 size, u8 0, u8 dataType, u32 data } }
 *
 * Attribute names are matched by resource id when the resource map gives one (shrinkers may rename
 * the strings), else by name. Every offset is checked: a malformed manifest is an ArtifactError.
 */
import { quoteExcerpt } from '../../excerpt.js'
import { ArtifactError } from '../types.js'

const RES_STRING_POOL_TYPE = 0x0001
const RES_XML_TYPE = 0x0003
const RES_XML_START_ELEMENT_TYPE = 0x0102
const RES_XML_END_ELEMENT_TYPE = 0x0103
const RES_XML_RESOURCE_MAP_TYPE = 0x0180
const UTF8_FLAG = 0x100
const NO_INDEX = 0xffffffff

/** Res_value data types (ResourceTypes.h). */
export const TYPE_REFERENCE = 0x01
export const TYPE_STRING = 0x03
const TYPE_FIRST_INT = 0x10
const TYPE_LAST_INT = 0x1f

/** android.R.attr ids (public.xml of framework-res). */
const ATTR_VERSION_CODE = 0x0101021b
const ATTR_VERSION_NAME = 0x0101021c
const ATTR_MIN_SDK_VERSION = 0x0101020c
const ANDROID_NS = 'http://schemas.android.com/apk/res/android'

/** A manifest attribute value: a string, an integer, or a resource reference (`@0x7f…`) to resolve. */
export type ManifestValue =
  { kind: 'string'; value: string } | { kind: 'int'; value: number } | { kind: 'reference'; id: number }

export interface ManifestIdentity {
  package: string | null
  versionCode: ManifestValue | null
  versionName: ManifestValue | null
  /**
   * The lowest platform that installs the APK, as apksig reads it: the largest minSdkVersion of the
   * `<uses-sdk>` elements under `<manifest>`, 1 when there is none; a preview codename counts as the
   * release before it (codenameMinSdk). A value apksig cannot read (a resource reference, a codename
   * not starting with A–Z) counts as 1: every scheme an older device might verify is then checked.
   */
  minSdk: number
}

const WHAT = 'AndroidManifest.xml'

export function parseBinaryManifest(xml: Buffer, file: string): ManifestIdentity {
  const fail = (reason: string): never => {
    throw new ArtifactError(file, `${WHAT} ${reason}`)
  }
  if (xml.length < 8 || xml.readUInt16LE(0) !== RES_XML_TYPE) {
    fail(
      xml.length >= 2 && xml[0] === 0x3c
        ? 'is plain-text XML, not the compiled binary XML of a built APK'
        : 'is not compiled binary XML (no RES_XML_TYPE header)',
    )
  }
  const documentEnd = Math.min(xml.readUInt32LE(4), xml.length)
  let strings: StringPool | undefined
  let resourceIds: number[] = []
  let identity: ManifestIdentity | undefined
  let depth = 0
  let p = xml.readUInt16LE(2)
  while (p + 8 <= documentEnd) {
    const type = xml.readUInt16LE(p)
    const headerSize = xml.readUInt16LE(p + 2)
    const size = xml.readUInt32LE(p + 4)
    if (size < 8 || headerSize < 8 || headerSize > size || p + size > documentEnd) {
      fail(
        `is malformed: a chunk at offset ${p} claims ${size} bytes (header ${headerSize}) in a ${documentEnd}-byte document`,
      )
    }
    const chunk = xml.subarray(p, p + size)
    if (type === RES_STRING_POOL_TYPE && !strings) strings = new StringPool(chunk, fail)
    else if (type === RES_XML_RESOURCE_MAP_TYPE) {
      resourceIds = []
      for (let q = headerSize; q + 4 <= size; q += 4) resourceIds.push(chunk.readUInt32LE(q))
    } else if (type === RES_XML_START_ELEMENT_TYPE) {
      if (!strings) return fail('has an element before its string pool')
      depth++
      if (!identity) identity = readManifestElement(chunk, strings, resourceIds, fail)
      else if (depth === 2) {
        const minSdk = usesSdkMinimum(chunk, strings, resourceIds, fail)
        if (minSdk !== undefined) identity.minSdk = Math.max(identity.minSdk, minSdk)
      }
    } else if (type === RES_XML_END_ELEMENT_TYPE) depth--
    // The whole document is walked, as apksig walks it: an unbalanced end tag does not end it early.
    p += size
  }
  return identity ?? fail('has no <manifest> element')
}

/** An element's start chunk: its attribute records, bounds checked (ResXMLTree_attrExt). */
interface ElementStart {
  name: string
  namespace: string
  attributes: { at: number; size: number; count: number }
}

function elementStart(
  chunk: Buffer,
  strings: StringPool,
  fail: (reason: string) => never,
  { name, namespace, ext } = elementName(chunk, strings, fail),
): ElementStart {
  const attributeStart = chunk.readUInt16LE(ext + 8)
  const attributeSize = chunk.readUInt16LE(ext + 10)
  const attributeCount = chunk.readUInt16LE(ext + 12)
  if (attributeSize < 20 || ext + attributeStart + attributeSize * attributeCount > chunk.length) {
    fail(
      `is malformed: <${name}> declares ${attributeCount} attributes of ${attributeSize} bytes that do not fit in its ${chunk.length}-byte chunk`,
    )
  }
  return {
    name,
    namespace,
    attributes: { at: ext + attributeStart, size: attributeSize, count: attributeCount },
  }
}

/** An element's name and namespace, and where its ResXMLTree_attrExt starts. */
function elementName(
  chunk: Buffer,
  strings: StringPool,
  fail: (reason: string) => never,
): { name: string; namespace: string; ext: number } {
  const ext = chunk.readUInt16LE(2)
  if (ext + 20 > chunk.length) fail(`is malformed: an element's header runs past its chunk`)
  const nsIndex = chunk.readUInt32LE(ext)
  const name = strings.get(chunk.readUInt32LE(ext + 4))
  return { name, namespace: nsIndex === NO_INDEX ? '' : strings.get(nsIndex), ext }
}

/**
 * A `<uses-sdk>` element's minSdkVersion, as apksig reads it (ApkUtils): matched by resource id, 1
 * when absent; any other element gives undefined, and is not looked into further.
 */
function usesSdkMinimum(
  chunk: Buffer,
  strings: StringPool,
  resourceIds: number[],
  fail: (reason: string) => never,
): number | undefined {
  const element = elementName(chunk, strings, fail)
  if (element.name !== 'uses-sdk' || element.namespace !== '') return undefined
  const { at, size, count } = elementStart(chunk, strings, fail, element).attributes
  for (let i = 0; i < count; i++) {
    const a = at + i * size
    if (resourceIds[chunk.readUInt32LE(a + 4)] !== ATTR_MIN_SDK_VERSION) continue
    const dataType = chunk[a + 15]!
    if (dataType >= TYPE_FIRST_INT && dataType <= TYPE_LAST_INT) return chunk.readInt32LE(a + 16)
    if (dataType === TYPE_STRING) return codenameMinSdk(strings.get(chunk.readUInt32LE(a + 16)))
    return 1
  }
  return 1
}

/**
 * apksig's first letters of platform codenames and the API level each stands for (ApkUtils); a
 * preview built against codename X runs on the release before X. Letters past the last known one
 * count up from it, one level a letter, as apksig counts them.
 */
const CODENAME_API: readonly [string, number][] = [
  ['C', 2],
  ['D', 3],
  ['E', 4],
  ['F', 7],
  ['G', 8],
  ['H', 10],
  ['I', 13],
  ['J', 15],
  ['K', 18],
  ['L', 20],
  ['M', 22],
  ['N', 23],
  ['O', 25],
]

/** The API level apksig takes a codename minSdkVersion for (getMinSdkVersionForCodename), else 1. */
export function codenameMinSdk(codename: string): number {
  const first = codename.charAt(0)
  if (first < 'A' || first > 'Z' || first.length !== 1) return 1
  let known: [string, number] | undefined
  for (const entry of CODENAME_API) if (entry[0] <= first) known = entry
  return known ? known[1] + (first.charCodeAt(0) - known[0].charCodeAt(0)) : 1
}

function readManifestElement(
  chunk: Buffer,
  strings: StringPool,
  resourceIds: number[],
  fail: (reason: string) => never,
): ManifestIdentity {
  const { name, attributes } = elementStart(chunk, strings, fail)
  if (name !== 'manifest') fail(`has <${name}> as its root element instead of <manifest>`)
  const identity: ManifestIdentity = { package: null, versionCode: null, versionName: null, minSdk: 1 }
  let packageSeen = false
  for (let i = 0; i < attributes.count; i++) {
    const a = attributes.at + i * attributes.size
    const nsIndex = chunk.readUInt32LE(a)
    const nameIndex = chunk.readUInt32LE(a + 4)
    const rawIndex = chunk.readUInt32LE(a + 8)
    const dataType = chunk[a + 15]!
    const data = chunk.readUInt32LE(a + 16)
    const resourceId = resourceIds[nameIndex]
    const attributeName = strings.get(nameIndex)
    const namespace = nsIndex === NO_INDEX ? '' : strings.get(nsIndex)
    const value = (): ManifestValue | null => {
      if (dataType === TYPE_STRING) return { kind: 'string', value: strings.get(data) }
      if (dataType === TYPE_REFERENCE) return { kind: 'reference', id: data }
      if (dataType >= TYPE_FIRST_INT && dataType <= TYPE_LAST_INT) return { kind: 'int', value: data }
      return rawIndex === NO_INDEX ? null : { kind: 'string', value: strings.get(rawIndex) }
    }
    const isAndroid = (id: number, plain: string) =>
      resourceId !== undefined && resourceId !== 0
        ? resourceId === id
        : namespace === ANDROID_NS && attributeName === plain
    if (namespace === '' && attributeName === 'package') {
      // Android reads the first package attribute, by its raw string (XmlBlock); aapt2 reads the typed
      // value. A manifest where these could differ was not written by a build tool, and the gate cannot
      // tell which package a device installs, so it refuses it (fail closed).
      if (packageSeen) fail('is malformed: <manifest> has two package attributes')
      packageSeen = true
      const v = value()
      if (v?.kind === 'string' && rawIndex !== NO_INDEX && strings.get(rawIndex) !== v.value) {
        fail(
          `is malformed: its package attribute holds two values, ${quoteExcerpt(strings.get(rawIndex))} as written and ${quoteExcerpt(v.value)} as typed`,
        )
      }
      identity.package = v?.kind === 'string' ? v.value : null
    } else if (isAndroid(ATTR_VERSION_CODE, 'versionCode')) identity.versionCode = value()
    else if (isAndroid(ATTR_VERSION_NAME, 'versionName')) identity.versionName = value()
  }
  return identity
}

/** A ResStringPool (also resources.arsc's), strings decoded on demand with every length and offset checked. */
export class StringPool {
  private readonly count: number
  private readonly utf8: boolean
  private readonly offsetsAt: number
  private readonly stringsAt: number
  private readonly cache = new Map<number, string>()

  constructor(
    private readonly chunk: Buffer,
    private readonly failDocument: (reason: string) => never,
  ) {
    const headerSize = chunk.readUInt16LE(2)
    if (headerSize < 28) this.fail(`its header is ${headerSize} bytes, fewer than the 28 it must have`)
    this.count = chunk.readUInt32LE(8)
    const styleCount = chunk.readUInt32LE(12)
    this.utf8 = (chunk.readUInt32LE(16) & UTF8_FLAG) !== 0
    this.stringsAt = chunk.readUInt32LE(20)
    this.offsetsAt = headerSize
    const indexEnd = headerSize + 4 * (this.count + styleCount)
    if (indexEnd > chunk.length) {
      this.fail(
        `it announces ${this.count} strings and ${styleCount} styles, whose index does not fit in its ${chunk.length} bytes`,
      )
    }
    if (this.count > 0 && (this.stringsAt < indexEnd || this.stringsAt > chunk.length)) {
      this.fail(
        `its string data starts at ${this.stringsAt}, outside the pool (${indexEnd}..${chunk.length})`,
      )
    }
    // Check every offset up front (cheap: one u32 each), so a damaged pool is reported whichever
    // strings the reader happens to need.
    for (let i = 0; i < this.count; i++) {
      const at = this.stringsAt + chunk.readUInt32LE(this.offsetsAt + 4 * i)
      if (at >= chunk.length) {
        this.fail(`string #${i} starts at offset ${at}, past the end of the pool (${chunk.length} bytes)`)
      }
    }
  }

  private fail(reason: string): never {
    return this.failDocument(`has a malformed string pool: ${reason}`)
  }

  get(index: number): string {
    if (index >= this.count) this.fail(`string #${index} is referenced but the pool has ${this.count}`)
    const cached = this.cache.get(index)
    if (cached !== undefined) return cached
    const at = this.stringsAt + this.chunk.readUInt32LE(this.offsetsAt + 4 * index)
    const value = this.utf8 ? this.utf8At(at, index) : this.utf16At(at, index)
    this.cache.set(index, value)
    return value
  }

  private need(at: number, bytes: number, index: number): void {
    if (!Number.isSafeInteger(at) || at + bytes > this.chunk.length) {
      this.fail(`string #${index} at offset ${at} runs past the end of the pool (${this.chunk.length} bytes)`)
    }
  }

  /** UTF-8: character count then byte count, each 1 byte, or 2 with the high bit set (15 bits). */
  private utf8At(at: number, index: number): string {
    let p = at
    const length = (): number => {
      this.need(p, 1, index)
      const first = this.chunk[p++]!
      if ((first & 0x80) === 0) return first
      this.need(p, 1, index)
      return ((first & 0x7f) << 8) | this.chunk[p++]!
    }
    length() // UTF-16 length, unused
    const bytes = length()
    this.need(p, bytes, index)
    return this.chunk.toString('utf8', p, p + bytes)
  }

  /** UTF-16LE: u16 length, or two u16 with the high bit set (31 bits), in code units. */
  private utf16At(at: number, index: number): string {
    let p = at
    this.need(p, 2, index)
    let units = this.chunk.readUInt16LE(p)
    p += 2
    if (units & 0x8000) {
      this.need(p, 2, index)
      units = ((units & 0x7fff) << 16) | this.chunk.readUInt16LE(p)
      p += 2
    }
    this.need(p, units * 2, index)
    return this.chunk.toString('utf16le', p, p + units * 2)
  }
}
