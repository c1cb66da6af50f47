/**
 * An Android App Bundle's resource table, `base/resources.pb`: aapt2's protobuf `ResourceTable`,
 * read to resolve a manifest value given as a resource reference (`android:versionName=
 * "@string/app_version"`) to its default value, as `apk/arsc.ts` does for an APK's resources.arsc.
 *
 * Field numbers (frameworks/base tools/aapt2/Resources.proto and Configuration.proto):
 *   ResourceTable { StringPool source_pool = 1; repeated Package package = 2; ... }
 *   Package       { PackageId package_id = 1; string package_name = 2; repeated Type type = 3; }
 *   Type          { TypeId type_id = 1; string name = 2; repeated Entry entry = 3; }
 *   Entry         { EntryId entry_id = 1; string name = 2; ...; repeated ConfigValue config_value = 6; }
 *   PackageId, TypeId, EntryId { uint32 id = 1; }   (an id of 0 is written as an empty message)
 *   ConfigValue   { Configuration config = 1; Value value = 2; }
 *   Value         { Source source = 1; string comment = 2; bool weak = 3; Item item = 4;
 *                   CompoundValue compound_value = 5; }
 *   Item          { Reference ref = 1; String str = 2; RawString raw_str = 3; StyledString styled_str = 4;
 *                   FileReference file = 5; Id id = 6; Primitive prim = 7; }
 *   Reference { Type type = 1; uint32 id = 2; string name = 3; }   String, RawString, StyledString
 *   { string value = 1; }   Primitive { oneof { ...; int32 int_decimal_value = 6;
 *   uint32 int_hexadecimal_value = 7; ... } }
 *   Configuration { uint32 mcc = 1; uint32 mnc = 2; string locale = 3; ... (what a device has: screen,
 *                   density, orientation, SDK level, night mode...) ...; string product = 25;
 *                   GrammaticalGender grammatical_gender = 26; string stringified = 28; }
 *
 * Which value counts is decided as for resources.arsc (apk/arsc.ts): the default configuration's.
 * `product` and `stringified` are build-time only (aapt2 keeps the `default` product's value and
 * names it): they do not make a configuration qualified.
 *
 * Only what lies on the way to a resource is decoded: the packages and types are skipped by their
 * keys, and a type's entries are indexed by id in one pass, so a large or hostile table costs a pass
 * over its bytes and two small arrays per type looked at.
 */
import {
  bagProblem,
  MAX_REFERENCE_HOPS,
  onlyQualifiedValues,
  resourceHex as hex,
  variesByDevice,
  type ConfigurationKind,
  type Resolved,
} from './resource-reference.js'
import { ArtifactError } from './types.js'
import { forEachField, ProtoReader, type Fail, type FieldBudget } from './protobuf.js'

export const AAB_RESOURCES = 'base/resources.pb'

/** Fields decoded from one resource's entry: a real one has a value per locale, a few hundred at most. */
const MAX_ENTRY_FIELDS = 100_000

/** Configuration fields that no device matches in `aapt2 dump badging`: MCC, MNC, locale, grammatical gender. */
const LOCALE_FIELDS = new Set([1, 2, 3, 26])
/** Build-time only Configuration fields: a value for the `default` product is the value. */
const BUILD_TIME_FIELDS = new Set([25, 28])

/** A Type message, and where each of its entries is in it, by entry id (-1: none). */
interface TypeIndex {
  bytes: Buffer
  starts: Int32Array
  ends: Int32Array
}

export class ProtoResourceTable {
  private readonly fail: Fail
  /** Per `packageId << 8 | typeId`, once looked at; undefined when the table has no such type. */
  private readonly types = new Map<number, TypeIndex | undefined>()

  constructor(
    private readonly bytes: Buffer,
    file: string,
  ) {
    this.fail = (reason: string): never => {
      throw new ArtifactError(file, `${AAB_RESOURCES} is not a valid protobuf resource table: ${reason}`)
    }
  }

  /** The text of resource `id` in the default configuration, following references. */
  resolve(id: number): Resolved {
    const budget: FieldBudget = {
      fields: 0,
      max: MAX_ENTRY_FIELDS,
      exceeded: `a resource has more than ${MAX_ENTRY_FIELDS} protobuf fields where a real one has a few hundred: the bundle is hostile or corrupt`,
    }
    let current = id
    for (let hop = 0; hop <= MAX_REFERENCE_HOPS; hop++) {
      const item = this.defaultItem(current, budget)
      if ('problem' in item) return item
      const reference = item.message(1)
      if (!reference) return text(item, current)
      const next = item.reader(reference).uint(2)
      if (next === undefined)
        return { problem: `resource ${hex(current)} refers to a resource without an id` }
      current = next
    }
    return { problem: `resource ${hex(id)} is a chain of more than ${MAX_REFERENCE_HOPS} references` }
  }

  private defaultItem(id: number, budget: FieldBudget): ProtoReader | { problem: string } {
    const bytes = this.entry(id)
    if (!bytes) return { problem: `${AAB_RESOURCES} defines no resource ${hex(id)}` }
    const entry = new ProtoReader(bytes, this.fail, budget)
    let found: ProtoReader | undefined
    let qualified = false
    let forDevices = false
    for (const configValue of entry.messages(6)) {
      const pair = entry.reader(configValue)
      const config = pair.message(1)
      const kind = config ? configurationKindOf(pair.reader(config)) : 'default'
      if (kind === 'locale') qualified = true
      else if (kind === 'device') forDevices = qualified = true
      else if (found) {
        // aapt2 refuses such a table ("duplicate configuration in resource table").
        return { problem: `resource ${hex(id)} has two values in the default configuration` }
      } else found = pair
    }
    if (!found) {
      return qualified
        ? onlyQualifiedValues(id)
        : { problem: `${AAB_RESOURCES} defines no resource ${hex(id)}` }
    }
    if (forDevices) return variesByDevice(id)
    const value = found.message(2)
    const item = value && found.reader(value).message(4)
    if (!item) return bagProblem(id)
    return found.reader(item)
  }

  /** The message of resource `id`'s entry, or undefined when the table has none. */
  private entry(id: number): Buffer | undefined {
    const key = id >>> 16
    if (!this.types.has(key)) {
      const pkg = firstChild(this.bytes, 2, id >>> 24, this.fail)
      const type = pkg && firstChild(pkg, 3, (id >>> 16) & 0xff, this.fail)
      this.types.set(key, type && indexEntries(type, this.fail))
    }
    const index = this.types.get(key)
    const entryId = id & 0xffff
    if (!index || index.starts[entryId]! < 0) return undefined
    return index.bytes.subarray(index.starts[entryId], index.ends[entryId])
  }
}

/** The id of a Package, Type or Entry message (field 1, a message whose field 1 is the number). */
function idOf(message: Buffer, fail: Fail): number | undefined {
  let id: number | undefined
  forEachField(message, fail, (number, wireType, _value, _low32, start, end) => {
    if (number !== 1 || wireType !== 2) return false
    id = 0
    forEachField(message.subarray(start, end), fail, (inner, innerWire, value) => {
      if (inner === 1 && innerWire === 0) id = value
    })
    return true
  })
  return id
}

/**
 * The first message of `parent`'s repeated field `field` whose id is `id`: the first, as aapt2 writes
 * one per id. A message without an id field has no id (not id 0).
 */
function firstChild(parent: Buffer, field: number, id: number, fail: Fail): Buffer | undefined {
  let found: Buffer | undefined
  forEachField(parent, fail, (number, wireType, _value, _low32, start, end) => {
    if (number !== field || wireType !== 2) return false
    const child = parent.subarray(start, end)
    if (idOf(child, fail) !== id) return false
    found = child
    return true
  })
  return found
}

/** Where each entry of a Type message is, by entry id, in one pass (the first entry of each id). */
function indexEntries(type: Buffer, fail: Fail): TypeIndex {
  const index = { bytes: type, starts: new Int32Array(0x10000).fill(-1), ends: new Int32Array(0x10000) }
  forEachField(type, fail, (number, wireType, _value, _low32, start, end) => {
    if (number !== 3 || wireType !== 2) return
    const entryId = idOf(type.subarray(start, end), fail)
    if (entryId === undefined || entryId > 0xffff || index.starts[entryId] !== -1) return
    index.starts[entryId] = start
    index.ends[entryId] = end
  })
  return index
}

/**
 * What a Configuration qualifies: nothing ('default'), only what no device has in `aapt2 dump
 * badging` ('locale': MCC, MNC, locale, grammatical gender), or what a device has ('device').
 */
function configurationKindOf(config: ProtoReader): ConfigurationKind {
  let kind: ConfigurationKind = 'default'
  config.forEach((number, value, bytes) => {
    const set = bytes ? bytes.length > 0 : value !== 0
    if (!set || BUILD_TIME_FIELDS.has(number)) return
    if (LOCALE_FIELDS.has(number)) {
      if (kind === 'default') kind = 'locale'
    } else kind = 'device'
  })
  return kind
}

/** An Item's text: a string, or a decimal or hexadecimal integer (as resources.arsc's are printed). */
function text(item: ProtoReader, id: number): Resolved {
  const string = item.message(2) ?? item.message(3) ?? item.message(4)
  if (string) return { value: item.reader(string).string(1) ?? '' }
  const primitive = item.message(7)
  if (primitive) {
    const p = item.reader(primitive)
    const decimal = p.int32(6)
    if (decimal !== undefined) return { value: String(decimal) }
    const hexadecimal = p.uint(7)
    if (hexadecimal !== undefined) return { value: `0x${hexadecimal.toString(16)}` }
  }
  return { problem: `resource ${hex(id)} holds a value that is not text` }
}
