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
 * A version given as a resource reference (`@string/app_version`) is read from the bundle's resource
 * table, `base/resources.pb` (`aab-resources.ts`).
 */
import { describeCertificate } from './certificate.js'
import { ArtifactError, type ArtifactIdentity, type SignerInfo } from './types.js'
import { openZip, type ZipArchive } from './zip.js'
import { readJarSigners } from './apk/v1.js'
import { ProtoReader, type Fail } from './protobuf.js'
import { AAB_RESOURCES, ProtoResourceTable } from './aab-resources.js'
import { severalSignersNote, UNSIGNED_NOTE, UPLOAD_KEY_NOTE } from './bundle-notes.js'
import { MAX_RESOURCE_TABLE, readResourceTable, resolveVersion } from './resource-reference.js'

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
  const notes: string[] = []
  const resources = await resourceTable(zip, file, manifest.references)
  const version = versionOf('versionName', manifest, resources, notes)
  const build = versionOf('versionCode', manifest, resources, notes)
  const jar = await readJarSigners(zip, file, true)
  const signers: SignerInfo[] = []
  for (const j of jar) {
    const signer = describeCertificate(j.certificate, ['v1'], file)
    if (!signers.some((s) => s.sha256 === signer.sha256)) signers.push(signer)
  }
  notes.unshift(signers.length > 0 ? UPLOAD_KEY_NOTE : UNSIGNED_NOTE)
  if (signers.length > 1) {
    notes.push(severalSignersNote(signers.length))
  }
  return {
    file,
    type: 'aab',
    platform: 'android',
    id: manifest.package,
    version,
    build,
    signers,
    // Several signers are the bundle's signature together, in no order that names one of them.
    effectiveSigner: signers.length === 1 ? 0 : -1,
    notes,
  }
}

export interface ProtoManifest {
  package: string | null
  /** The attribute's text; null when absent, or given as a resource reference (`references`). */
  versionName: string | null
  versionCode: string | null
  /** The versions given as resource references (`@string/app_version`), resolved by the caller. */
  references?: { versionName?: ResourceReference; versionCode?: ResourceReference }
}

export interface ResourceReference {
  /** As the manifest gives it, for messages: `@string/app_version`, or `@0x7f0b0001` without a name. */
  text: string
  /** The resource id (0xPPTTEEEE), when aapt2 compiled one. */
  id?: number
}

/** base/resources.pb, read only when a version is a resource reference. */
async function resourceTable(
  zip: ZipArchive,
  file: string,
  references: ProtoManifest['references'],
): Promise<ProtoResourceTable | { problem: string } | undefined> {
  // Only a reference with a resource id can be resolved: for one given as bare source text, the
  // note says so without reading (and inflating) the table.
  if (!references || !Object.values(references).some((r) => r?.id !== undefined)) return undefined
  return readResourceTable(
    zip,
    AAB_RESOURCES,
    MAX_RESOURCE_TABLE,
    `the bundle has no ${AAB_RESOURCES} to resolve it`,
    (bytes) => new ProtoResourceTable(bytes, file),
  )
}

/** A version's text: the attribute's own, or the default value of the resource it refers to. */
function versionOf(
  name: 'versionName' | 'versionCode',
  manifest: ProtoManifest,
  resources: ProtoResourceTable | { problem: string } | undefined,
  notes: string[],
): string | null {
  const reference = manifest.references?.[name]
  if (!reference) return manifest[name]
  return resolveVersion(name, reference.text, reference.id, resources, notes)
}

/** Parses the root XmlNode of a protobuf manifest and reads `<manifest>`'s attributes. */
export function parseProtoManifest(bytes: Buffer, file: string): ProtoManifest {
  const fail: Fail = (reason) => {
    throw new ArtifactError(file, `${AAB_MANIFEST} is not a valid protobuf XML manifest: ${reason}`)
  }
  const budget = {
    fields: 0,
    max: MAX_PROTO_FIELDS,
    exceeded: `it has more than ${MAX_PROTO_FIELDS} protobuf fields where a real manifest has a few dozen: the bundle is hostile or corrupt`,
  }
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

  // A version given as a resource reference (@string/version) is resolved by the caller, in the
  // bundle's resource table; the reference's own text is no version.
  function versionText(a: ProtoReader, name: 'versionName' | 'versionCode'): string | null {
    const reference = referenceOf(a, reader)
    if (reference === undefined) return attributeText(a, reader)
    ;(result.references ??= {})[name] = reference
    return null
  }
}

/** The attribute's resource reference, if it is one: compiled by aapt2, or only the source text. */
function referenceOf(
  attribute: ProtoReader,
  reader: (buffer: Buffer) => ProtoReader,
): ResourceReference | undefined {
  const compiled = attribute.message(6)
  const ref = compiled ? reader(compiled).message(1) : undefined
  if (ref) {
    const r = reader(ref)
    const id = r.uint(2)
    const name = r.string(3)
    return {
      text: name ? `@${name}` : `@0x${(id ?? 0).toString(16).padStart(8, '0')}`,
      ...(id !== undefined ? { id } : {}),
    }
  }
  const text = attribute.string(3)
  return text?.startsWith('@') ? { text } : undefined
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
    const decimal = p.int32(6)
    if (decimal !== undefined) return String(decimal)
    const hexadecimal = p.uint(7)
    return hexadecimal === undefined ? null : String(hexadecimal)
  }
  return null
}
