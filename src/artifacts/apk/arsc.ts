/**
 * Resolves a manifest value that is a resource reference (`android:versionName="@string/app_version"`,
 * `@0x7f010001` in the binary manifest) through resources.arsc, to the value of the default
 * configuration: the one `aapt2 dump badging` prints and that the filing form records. Locale
 * variants (values-zh-rCN) are what one device shows, never the app's version. A value that also
 * varies with what a device has (values-v26, values-xxhdpi) has no one version (variesByDevice); it
 * is a problem, not a value.
 *
 * Layout (frameworks/base libs/androidfw/include/androidfw/ResourceTypes.h; little-endian):
 *   ResTable_header  0x0002 { header, u32 packageCount } then the global value string pool and packages
 *   ResTable_package 0x0200 { header, u32 id, char16 name[128], u32 typeStrings, u32 lastPublicType,
 *                             u32 keyStrings, u32 lastPublicKey, [u32 typeIdOffset] } then chunks
 *   ResTable_type    0x0201 { header, u8 id, u8 flags, u16 reserved, u32 entryCount, u32 entriesStart,
 *                             ResTable_config config (u32 size first) } then, at headerSize, the entry
 *                             offsets: u32 each (0xffffffff: no entry); FLAG_OFFSET16 (0x02): u16 each,
 *                             ×4 (0xffff: none); FLAG_SPARSE (0x01): { u16 index, u16 offset/4 } pairs
 *   ResTable_entry   { u16 size, u16 flags, u32 key } then Res_value { u16 size, u8 0, u8 dataType,
 *                             u32 data }; FLAG_COMPLEX (0x0001) entries are bags (no single value);
 *                             FLAG_COMPACT (0x0008): { u16 key, u16 flags (dataType in the high byte), u32 data }
 *
 * Every chunk size is checked against its parent and the number of chunks and reference hops is
 * bounded, so a hostile table costs at most one pass over its bytes.
 */
import { ArtifactError } from '../types.js'
import {
  MAX_REFERENCE_HOPS,
  bagProblem,
  onlyQualifiedValues,
  resourceHex as hex,
  variesByDevice,
  type ConfigurationKind,
  type Resolved,
} from '../resource-reference.js'
import { StringPool, TYPE_REFERENCE, TYPE_STRING } from './axml.js'

const RES_STRING_POOL_TYPE = 0x0001
const RES_TABLE_TYPE = 0x0002
const RES_TABLE_PACKAGE_TYPE = 0x0200
const RES_TABLE_TYPE_TYPE = 0x0201
const FLAG_SPARSE = 0x01
const FLAG_OFFSET16 = 0x02
const ENTRY_FLAG_COMPLEX = 0x0001
const ENTRY_FLAG_COMPACT = 0x0008
const NO_ENTRY = 0xffffffff
const TYPE_FIRST_INT = 0x10
const TYPE_INT_HEX = 0x11
const TYPE_LAST_INT = 0x1f

/** Real tables have a few dozen types per package and a few packages; budget far above that. */
const MAX_CHUNKS = 100_000

export class ResourceTable {
  private readonly strings: StringPool | undefined
  /** package id → (type id → the type chunks of that id, one per configuration). */
  private readonly types = new Map<number, Map<number, Buffer[]>>()

  constructor(
    private readonly table: Buffer,
    private readonly file: string,
  ) {
    if (table.length < 12 || table.readUInt16LE(0) !== RES_TABLE_TYPE) {
      this.fail('does not start with a resource table header (RES_TABLE_TYPE)')
    }
    let strings: StringPool | undefined
    let budget = MAX_CHUNKS
    const end = this.checkedEnd(0, table.length, 'the table')
    for (const chunk of this.chunks(table.readUInt16LE(2), end, () => --budget)) {
      if (chunk.type === RES_STRING_POOL_TYPE && !strings) {
        strings = new StringPool(table.subarray(chunk.start, chunk.end), (reason) =>
          this.fail(`global string pool: ${reason}`),
        )
      } else if (chunk.type === RES_TABLE_PACKAGE_TYPE)
        this.readPackage(chunk.start, chunk.end, () => --budget)
    }
    this.strings = strings
  }

  private fail(reason: string): never {
    throw new ArtifactError(this.file, `resources.arsc ${reason}`)
  }

  private checkedEnd(start: number, parentEnd: number, what: string): number {
    const size = this.table.readUInt32LE(start + 4)
    if (size < 8 || start + size > parentEnd) {
      this.fail(`is malformed: ${what} at offset ${start} claims ${size} bytes, past its end at ${parentEnd}`)
    }
    return start + size
  }

  /** The chunks in [from, to), each checked to lie inside; `tick` returns the remaining budget. */
  private *chunks(
    from: number,
    to: number,
    tick: () => number,
  ): Generator<{ type: number; headerSize: number; start: number; end: number }> {
    let p = from
    while (p + 8 <= to) {
      if (tick() < 0) this.fail(`holds more than ${MAX_CHUNKS} chunks: it is corrupt`)
      const headerSize = this.table.readUInt16LE(p + 2)
      const end = this.checkedEnd(p, to, `a chunk`)
      if (headerSize < 8 || p + headerSize > end) {
        this.fail(`is malformed: a chunk at offset ${p} has a ${headerSize}-byte header`)
      }
      yield { type: this.table.readUInt16LE(p), headerSize, start: p, end }
      p = end
    }
  }

  private readPackage(start: number, end: number, tick: () => number): void {
    const headerSize = this.table.readUInt16LE(start + 2)
    if (headerSize < 12) this.fail(`is malformed: a package at offset ${start} has no id`)
    const id = this.table.readUInt32LE(start + 8)
    const byType = this.types.get(id) ?? new Map<number, Buffer[]>()
    this.types.set(id, byType)
    for (const chunk of this.chunks(start + headerSize, end, tick)) {
      if (chunk.type !== RES_TABLE_TYPE_TYPE) continue
      if (chunk.headerSize < 20 + 4)
        this.fail(`is malformed: a type chunk at offset ${chunk.start} is too short`)
      const typeId = this.table[chunk.start + 8]!
      let chunks = byType.get(typeId)
      if (!chunks) byType.set(typeId, (chunks = []))
      chunks.push(this.table.subarray(chunk.start, chunk.end))
    }
  }

  /** The default configuration's value of resource `id`, following references; or why there is none. */
  resolve(id: number): Resolved {
    let current = id
    for (let hop = 0; hop <= MAX_REFERENCE_HOPS; hop++) {
      const value = this.defaultValue(current)
      if ('problem' in value) return value
      if (value.dataType !== TYPE_REFERENCE) return this.text(value.dataType, value.data, current)
      current = value.data
    }
    return { problem: `resource ${hex(id)} is a chain of more than ${MAX_REFERENCE_HOPS} references` }
  }

  private text(dataType: number, data: number, id: number): Resolved {
    if (dataType === TYPE_STRING) {
      if (!this.strings) return { problem: 'resources.arsc has no global string pool' }
      return { value: this.strings.get(data) }
    }
    if (dataType === TYPE_INT_HEX) return { value: `0x${data.toString(16)}` }
    if (dataType >= TYPE_FIRST_INT && dataType <= TYPE_LAST_INT) return { value: String(data | 0) }
    return { problem: `resource ${hex(id)} holds a value of type 0x${dataType.toString(16)}, not text` }
  }

  private defaultValue(id: number): { dataType: number; data: number } | { problem: string } {
    const packageId = id >>> 24
    const typeId = (id >>> 16) & 0xff
    const entry = id & 0xffff
    const chunks = this.types.get(packageId)?.get(typeId)
    if (!chunks) return { problem: `resources.arsc defines no resource ${hex(id)}` }
    const defines = (kind: ConfigurationKind) =>
      chunks.some((c) => configurationKind(c) === kind && this.entryValue(c, entry, id))
    for (const chunk of chunks.filter((c) => configurationKind(c) === 'default')) {
      const value = this.entryValue(chunk, entry, id)
      if (value?.dataType === -1) {
        return bagProblem(id)
      }
      if (value) return defines('device') ? variesByDevice(id) : value
    }
    return defines('locale') || defines('device')
      ? onlyQualifiedValues(id)
      : { problem: `resources.arsc defines no resource ${hex(id)}` }
  }

  private entryValue(chunk: Buffer, index: number, id: number): { dataType: number; data: number } | null {
    const fail = (what: string): never => this.fail(`is malformed: resource ${hex(id)}: ${what}`)
    const headerSize = chunk.readUInt16LE(2)
    const flags = chunk[9]!
    const entryCount = chunk.readUInt32LE(12)
    const entriesStart = chunk.readUInt32LE(16)
    const offsetSize = flags & (FLAG_SPARSE | FLAG_OFFSET16) ? 2 : 4
    const indexBytes = flags & FLAG_SPARSE ? 4 * entryCount : offsetSize * entryCount
    if (headerSize + indexBytes > chunk.length || entriesStart > chunk.length) {
      fail(`its type chunk announces ${entryCount} entries that do not fit in ${chunk.length} bytes`)
    }
    let offset: number | null = null
    if (flags & FLAG_SPARSE) {
      for (let i = 0; i < entryCount; i++) {
        const at = headerSize + 4 * i
        if (chunk.readUInt16LE(at) === index) {
          offset = chunk.readUInt16LE(at + 2) * 4
          break
        }
      }
    } else if (index < entryCount) {
      if (flags & FLAG_OFFSET16) {
        const raw = chunk.readUInt16LE(headerSize + 2 * index)
        offset = raw === 0xffff ? null : raw * 4
      } else {
        const raw = chunk.readUInt32LE(headerSize + 4 * index)
        offset = raw === NO_ENTRY ? null : raw
      }
    }
    if (offset === null) return null
    const at = entriesStart + offset
    if (at + 8 > chunk.length) fail(`its entry at ${at} lies past its type chunk (${chunk.length} bytes)`)
    const entryFlags = chunk.readUInt16LE(at + 2)
    if (entryFlags & ENTRY_FLAG_COMPACT)
      return { dataType: entryFlags >>> 8, data: chunk.readUInt32LE(at + 4) }
    if (entryFlags & ENTRY_FLAG_COMPLEX) return { dataType: -1, data: 0 }
    const size = chunk.readUInt16LE(at)
    if (size < 8 || at + size + 8 > chunk.length) fail(`its entry at ${at} runs past its type chunk`)
    return { dataType: chunk[at + size + 3]!, data: chunk.readUInt32LE(at + size + 4) }
  }
}

/**
 * Bytes of a ResTable_config (from its start) that only a locale, a SIM or a grammatical gender sets:
 * imsi (mcc, mnc) 4–8, locale (language, country) 8–12, grammaticalInflection 19, localeScript 36–40,
 * localeVariant 40–48, localeScriptWasComputed 52, localeNumberingSystem 53–61. Any other byte is a
 * screen, input, SDK or UI-mode qualifier, which a device has.
 */
function isLocaleByte(offset: number): boolean {
  return (
    (offset >= 4 && offset < 12) ||
    offset === 19 ||
    (offset >= 36 && offset < 48) ||
    (offset >= 52 && offset < 61)
  )
}

/** What a type chunk's ResTable_config qualifies: all zero after its size field is the default. */
function configurationKind(chunk: Buffer): ConfigurationKind {
  const configAt = 20
  const size = chunk.readUInt32LE(configAt)
  const end = Math.min(configAt + size, chunk.readUInt16LE(2))
  let kind: ConfigurationKind = 'default'
  for (let p = configAt + 4; p < end; p++) {
    if (chunk[p] === 0) continue
    if (!isLocaleByte(p - configAt)) return 'device'
    kind = 'locale'
  }
  return kind
}
