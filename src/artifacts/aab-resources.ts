/**
 * An Android App Bundle's resource table, `base/resources.pb`: aapt2's protobuf `ResourceTable`,
 * read to resolve a manifest value given as a resource reference (`android:versionName=
 * "@string/app_version"`) to its default value, as `apk/arsc.ts` does for an APK's resources.arsc.
 *
 * Field numbers (frameworks/base tools/aapt2/Resources.proto, as aapt2 2.19 writes them):
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
 * The default configuration is a `Configuration` with no field set (aapt2 writes it empty).
 */
import { MAX_REFERENCE_HOPS, type Resolved } from './apk/arsc.js'
import { ArtifactError } from './types.js'
import { ProtoReader, type FieldBudget } from './protobuf.js'

export const AAB_RESOURCES = 'base/resources.pb'

/**
 * Fields decoded from the table, all messages together. Only the messages on the way to a resource
 * are decoded (its package, its type, its entry), and a type holds one field per resource: the
 * string type of a large app has tens of thousands.
 */
export const MAX_RESOURCE_FIELDS = 1_000_000

/** As resources.arsc's reader writes an id (apk/arsc.ts), so that both readers' notes read alike. */
const hex = (id: number) => `@0x${id.toString(16).padStart(8, '0')}`

export class ProtoResourceTable {
  private readonly table: ProtoReader

  constructor(bytes: Buffer, file: string) {
    const fail = (reason: string): never => {
      throw new ArtifactError(file, `${AAB_RESOURCES} is not a valid protobuf resource table: ${reason}`)
    }
    const budget: FieldBudget = {
      fields: 0,
      max: MAX_RESOURCE_FIELDS,
      exceeded: `it has more than ${MAX_RESOURCE_FIELDS} protobuf fields on the way to one resource: the bundle is hostile or corrupt`,
    }
    this.table = new ProtoReader(bytes, fail, budget)
  }

  /** The text of resource `id` in the default configuration, following references. */
  resolve(id: number): Resolved {
    let current = id
    for (let hop = 0; hop <= MAX_REFERENCE_HOPS; hop++) {
      const item = this.defaultItem(current)
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

  private defaultItem(id: number): ProtoReader | { problem: string } {
    const packageId = id >>> 24
    const typeId = (id >>> 16) & 0xff
    const entryId = id & 0xffff
    const undefinedResource = { problem: `${AAB_RESOURCES} defines no resource ${hex(id)}` }
    const pkg = this.child(this.table, 2, packageId)
    const type = pkg && this.child(pkg, 3, typeId)
    const entry = type && this.child(type, 3, entryId)
    if (!entry) return undefinedResource
    for (const configValue of entry.messages(6)) {
      const pair = entry.reader(configValue)
      const config = pair.message(1)
      if (config && !isDefaultConfiguration(pair.reader(config))) continue
      const value = pair.message(2)
      const item = value && pair.reader(value).message(4)
      if (!item)
        return { problem: `resource ${hex(id)} is a bag (a style, an array or a plural), not one value` }
      return pair.reader(item)
    }
    return { problem: `resource ${hex(id)} has no value in the default configuration` }
  }

  /**
   * The first message in `parent`'s repeated field `field` whose id (field 1, itself a message whose
   * field 1 is the number) is `id`: the first, as aapt2 writes one per id.
   */
  private child(parent: ProtoReader, field: number, id: number): ProtoReader | undefined {
    for (const bytes of parent.messages(field)) {
      const child = parent.reader(bytes)
      const idMessage = child.message(1)
      if ((idMessage ? (child.reader(idMessage).uint(1) ?? 0) : 0) === id) return child
    }
    return undefined
  }
}

/** A Configuration with every field at its default: no qualifier (locale, density, ...) set. */
function isDefaultConfiguration(config: ProtoReader): boolean {
  return config.everyField((value, bytes) => (bytes ? bytes.length === 0 : value === 0))
}

/** An Item's text: a string, or a decimal or hexadecimal integer (as resources.arsc's are printed). */
function text(item: ProtoReader, id: number): Resolved {
  const string = item.message(2) ?? item.message(3) ?? item.message(4)
  if (string) return { value: item.reader(string).string(1) ?? '' }
  const primitive = item.message(7)
  if (primitive) {
    const p = item.reader(primitive)
    const decimal = p.uint(6)
    if (decimal !== undefined) return { value: String(decimal | 0) }
    const hexadecimal = p.uint(7)
    if (hexadecimal !== undefined) return { value: `0x${hexadecimal.toString(16)}` }
  }
  return { problem: `resource ${hex(id)} holds a value that is not text` }
}
