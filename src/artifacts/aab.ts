/**
 * Android App Bundle (.aab): the package name and versions from `base/manifest/AndroidManifest.xml`,
 * which in a bundle is an aapt2 protobuf `XmlNode` (not binary XML), and the JAR (v1) signature,
 * the only scheme bundles carry.
 *
 * Field numbers (frameworks/base tools/aapt2/Resources.proto):
 *   XmlNode      { XmlElement element = 1; string text = 2; SourcePosition source = 3; }
 *   XmlElement   { repeated XmlNamespace namespace_declaration = 1; string namespace_uri = 2;
 *                  string name = 3; repeated XmlAttribute attribute = 4; repeated XmlNode child = 5; }
 *   XmlAttribute { string namespace_uri = 1; string name = 2; string value = 3; SourcePosition source = 4;
 *                  uint32 resource_id = 5; Item compiled_item = 6; }
 *   Item         { Reference ref = 1; String str = 2; RawString raw_str = 3; StyledString styled_str = 4;
 *                  FileReference file = 5; Id id = 6; Primitive prim = 7; }
 *   String       { string value = 1; }   Reference { Type type = 1; uint32 id = 2; string name = 3; }
 *   Primitive    { oneof { ... int32 int_decimal_value = 6; uint32 int_hexadecimal_value = 7; ... } }
 * Wire format (protobuf encoding guide): key = (field << 3) | wire type; 0 varint, 1 fixed64,
 * 2 length-delimited, 5 fixed32. Unknown fields are skipped.
 */
import { describeCertificate } from './certificate.js'
import { ArtifactError, type ArtifactIdentity, type SignerInfo } from './types.js'
import { openZip, type ZipArchive } from './zip.js'
import { readJarSigners } from './apk/v1.js'

export const AAB_MANIFEST = 'base/manifest/AndroidManifest.xml'
const MAX_MANIFEST = 16 * 1024 * 1024
const ANDROID_NS = 'http://schemas.android.com/apk/res/android'
const ATTR_VERSION_CODE = 0x0101021b
const ATTR_VERSION_NAME = 0x0101021c
/**
 * Fields decoded from one manifest, all messages together. A real <manifest> element has a dozen
 * attributes and its children are skipped as opaque bytes; 16 MiB of two-byte empty attributes
 * would otherwise be 8M field records (1.7 GB). Nesting needs no limit: the reader goes a fixed
 * four levels deep (node, element, attribute, item) and never recurses.
 */
export const MAX_PROTO_FIELDS = 100_000

const UPLOAD_KEY_NOTE =
  'an AAB is signed with the upload key; what Chinese stores distribute are APKs signed by whoever signs them (you, or the store), and that key must match the filing: inspect the APKs built from this bundle'

const UNSIGNED_NOTE =
  'the bundle is not signed; stores accept only signed uploads, and what Chinese stores distribute are APKs signed by whoever signs them, with the key the filing must record'

export async function readAab(path: string, displayName: string = path): Promise<ArtifactIdentity> {
  const zip = await openZip(path, displayName)
  try {
    return await readAabArchive(zip, displayName)
  } finally {
    await zip.close()
  }
}

export async function readAabArchive(zip: ZipArchive, file: string): Promise<ArtifactIdentity> {
  const entry = zip.find(AAB_MANIFEST)
  if (!entry) throw new ArtifactError(file, `not an Android App Bundle: it has no ${AAB_MANIFEST}`)
  const manifest = parseProtoManifest(await zip.readEntry(entry, MAX_MANIFEST), file)
  if (!manifest.package) {
    throw new ArtifactError(
      file,
      `${AAB_MANIFEST} has no package attribute on <manifest>, so the bundle has no package name to check against the filing`,
    )
  }
  const jar = await readJarSigners(zip, file, true)
  const signers: SignerInfo[] = []
  for (const j of jar) {
    const signer = describeCertificate(j.certificate, ['v1'], file)
    if (!signers.some((s) => s.sha256 === signer.sha256)) signers.push(signer)
  }
  const notes = [signers.length > 0 ? UPLOAD_KEY_NOTE : UNSIGNED_NOTE, ...(manifest.notes ?? [])]
  if (signers.length > 1) {
    notes.push(
      `the bundle has ${signers.length} JAR signers, which every verifier requires together; which of them is the upload key cannot be told`,
    )
  }
  return {
    file,
    type: 'aab',
    platform: 'android',
    id: manifest.package,
    version: manifest.versionName,
    build: manifest.versionCode,
    signers,
    // Several signers are the bundle's signature together, in no order that names one of them.
    effectiveSigner: signers.length === 1 ? 0 : -1,
    notes,
  }
}

export interface ProtoManifest {
  package: string | null
  versionName: string | null
  versionCode: string | null
  /** What could not be read, for the artifact's notes (a version given as a resource reference). */
  notes?: string[]
}

type Fail = (reason: string) => never

/** Parses the root XmlNode of a protobuf manifest and reads `<manifest>`'s attributes. */
export function parseProtoManifest(bytes: Buffer, file: string): ProtoManifest {
  const fail: Fail = (reason) => {
    throw new ArtifactError(file, `${AAB_MANIFEST} is not a valid protobuf XML manifest: ${reason}`)
  }
  const budget = { fields: 0 }
  const reader = (buffer: Buffer) => new ProtoReader(buffer, fail, budget)
  const element = reader(bytes).message(1)
  if (!element) return fail('the root node is not an element')
  const root = reader(element)
  const name = root.string(3)
  if (name !== 'manifest') fail(`the root element is <${name ?? ''}>, not <manifest>`)
  const result: ProtoManifest = { package: null, versionName: null, versionCode: null }
  let packageSeen = false
  for (const attribute of root.messages(4)) {
    const a = reader(attribute)
    const namespace = a.string(1) ?? ''
    const attributeName = a.string(2) ?? ''
    const resourceId = a.uint(5)
    const is = (id: number, plain: string) =>
      resourceId ? resourceId === id : namespace === ANDROID_NS && attributeName === plain
    if (namespace === '' && attributeName === 'package') {
      // aapt2 and bundletool read the first package attribute, a reader keeping the last another: a
      // manifest with two was not written by a build tool, and which package installs cannot be told,
      // so it is refused (fail closed), as the APK reader refuses one.
      if (packageSeen) fail('<manifest> has two package attributes')
      packageSeen = true
      result.package = a.string(3) ?? null
    } else if (is(ATTR_VERSION_CODE, 'versionCode')) result.versionCode = versionText(a, 'versionCode')
    else if (is(ATTR_VERSION_NAME, 'versionName')) result.versionName = versionText(a, 'versionName')
  }
  return result

  // A version given as a resource reference (@string/version) is not reported: its value is in the
  // bundle's resource table, which this reader does not read, and the reference's own text is no
  // version (a release would fail it as "not semver"). The APK reader says the same of a reference
  // it cannot resolve.
  function versionText(a: ProtoReader, name: string): string | null {
    const reference = referenceOf(a, reader)
    if (reference === undefined) return attributeText(a, reader)
    ;(result.notes ??= []).push(
      `${name} is a resource reference (${reference}) that this reader does not resolve; it is not reported`,
    )
    return null
  }
}

/** The attribute's resource reference (`@string/version`, or `@0x7f0b0001` without a name), if it is one. */
function referenceOf(attribute: ProtoReader, reader: (buffer: Buffer) => ProtoReader): string | undefined {
  const compiled = attribute.message(6)
  const ref = compiled ? reader(compiled).message(1) : undefined
  if (ref) {
    const r = reader(ref)
    const name = r.string(3)
    return name ? `@${name}` : `@0x${(r.uint(2) ?? 0).toString(16).padStart(8, '0')}`
  }
  const text = attribute.string(3)
  return text?.startsWith('@') ? text : undefined
}

/** The attribute's source text, else its compiled value (a string or an integer primitive). */
function attributeText(attribute: ProtoReader, reader: (buffer: Buffer) => ProtoReader): string | null {
  const value = attribute.string(3)
  if (value) return value
  const compiled = attribute.message(6)
  if (!compiled) return null
  const item = reader(compiled)
  const str = item.message(2) ?? item.message(3)
  if (str) return reader(str).string(1) ?? null
  const prim = item.message(7)
  if (prim) {
    const p = reader(prim)
    const int = p.uint(6) ?? p.uint(7)
    return int === undefined ? null : String(p.has(6) ? int | 0 : int)
  }
  return null
}

interface Field {
  number: number
  wireType: number
  /** varint / fixed value */
  value?: number
  /** length-delimited payload */
  bytes?: Buffer
}

/**
 * A minimal protobuf wire-format reader: decodes one message's fields (without recursing) with every
 * length checked against the buffer.
 */
class ProtoReader {
  private readonly fields: Field[] = []

  constructor(
    buffer: Buffer,
    private readonly fail: Fail,
    budget: { fields: number },
  ) {
    let p = 0
    const varint = (): number => {
      let result = 0
      let multiplier = 1
      for (let i = 0; i < 10; i++) {
        if (p >= buffer.length) fail(`a varint runs past the end at byte ${p}`)
        const byte = buffer[p++]!
        result += (byte & 0x7f) * multiplier
        if ((byte & 0x80) === 0) return result
        multiplier *= 128
      }
      return fail(`a varint is longer than 10 bytes at byte ${p}`)
    }
    while (p < buffer.length) {
      if (++budget.fields > MAX_PROTO_FIELDS) {
        fail(
          `it has more than ${MAX_PROTO_FIELDS} protobuf fields where a real manifest has a few dozen: the bundle is hostile or corrupt`,
        )
      }
      const key = varint()
      const number = Math.floor(key / 8)
      const wireType = key % 8
      if (number === 0) fail(`field number 0 at byte ${p}`)
      if (wireType === 0) this.fields.push({ number, wireType, value: varint() })
      else if (wireType === 2) {
        const length = varint()
        if (length > buffer.length - p) {
          fail(`field ${number} claims ${length} bytes but only ${buffer.length - p} remain`)
        }
        this.fields.push({ number, wireType, bytes: buffer.subarray(p, p + length) })
        p += length
      } else if (wireType === 1 || wireType === 5) {
        const size = wireType === 1 ? 8 : 4
        if (size > buffer.length - p) fail(`field ${number} runs past the end`)
        this.fields.push({ number, wireType, value: size === 4 ? buffer.readUInt32LE(p) : 0 })
        p += size
      } else {
        fail(`field ${number} has the unsupported wire type ${wireType}`)
      }
    }
  }

  has(number: number): boolean {
    return this.fields.some((f) => f.number === number)
  }

  /** The last occurrence wins, as protobuf merges scalar fields. */
  private last(number: number, wireType: number): Field | undefined {
    const found = this.fields.filter((f) => f.number === number)
    const field = found.at(-1)
    if (field && field.wireType !== wireType) {
      this.fail(`field ${number} has wire type ${field.wireType}, expected ${wireType}`)
    }
    return field
  }

  uint(number: number): number | undefined {
    return this.last(number, 0)?.value
  }

  string(number: number): string | undefined {
    return this.last(number, 2)?.bytes?.toString('utf8')
  }

  message(number: number): Buffer | undefined {
    return this.last(number, 2)?.bytes
  }

  messages(number: number): Buffer[] {
    return this.fields.filter((f) => f.number === number && f.wireType === 2).map((f) => f.bytes!)
  }
}
