/**
 * HarmonyOS `.hap` (one module) and `.app` (the App Pack uploaded to AppGallery): the bundle name,
 * the version, and the certificate that signed the package.
 *
 * What public sources establish, and where:
 * - Package layout. A HAP is a ZIP whose root holds `module.json` (stage model: `app.bundleName`,
 *   `app.versionCode`, `app.versionName`) or `config.json` (FA model: `app.bundleName`,
 *   `app.version.code`, `app.version.name`); an App Pack is a ZIP of `.hap`/`.hsp` files plus
 *   `pack.info` (`summary.app.bundleName`, `summary.app.version.{code,name}`). Sources: OpenHarmony
 *   developtools_packing_tool `adapter/ohos/ModuleJsonUtil.java` (parseStageVersion, parseFaVersion,
 *   parseBundleName) and `Uncompress.java` (reads pack.info and every `*.hap`/`*.hsp` entry of an
 *   .app); openharmony/docs `application-package-structure-stage.md` and
 *   `js-apis-bundleManager-BundlePackInfo-sys.md` (pack.info fields).
 * - Signing block. hap-sign-tool (OpenHarmony developtools_hapsigner, hapsigntool/hap_sign_tool_lib)
 *   puts a block between the last entry and the central directory (`SignProvider.sign`); it ends
 *   with a 32-byte tail: uint32 block count, uint64 size of the whole block, 16-byte magic, uint32
 *   version, all little-endian (`HapUtils.findHapSigningBlock`). The magic is "HAP Sig Block 42"
 *   when the version is below 3 and "<hap sign block>" from 3 on (`isVersionAndMagicNumValid`).
 *   The block starts with one (uint32 type, uint32 length, uint32 offset) header per sub-block,
 *   offsets counted from the block start, and no sub-block may reach into the tail
 *   (`SignHap.generateHapSigningBlock`, `VerifyHap.getHapSignatureSchemeBlockAndOptionalBlocks`).
 *   Sub-block types (`hap/utils/HapUtils.java`): 0x20000000 the signature, 0x20000001 proof of
 *   rotation, 0x20000002 the profile, 0x20000003 the property block (code signing),
 *   0x20000004/0x20000005 enterprise re-signing.
 * - The signature is a DER PKCS#7 SignedData carrying the signer's certificate chain and naming
 *   the signer by issuer and serial number (`BcPkcs7Generator.packagePKCS7`, `createSignerInfo`).
 * - The profile block is the signed profile (.p7b): SignedData around a JSON document, or that
 *   JSON unsigned (`VerifyUtils.parseProfile`); it names `type` (`debug` / `release`) and under
 *   `bundle-info` the `bundle-name` and the `distribution-certificate` (release) or
 *   `development-certificate` (debug) in PEM (`profile/model/Provision.java`, `BundleInfo.java`).
 *
 * Not established, so not done: what a signing block on the `.app` file itself means (it is
 * reported as a note, not matched); how AppGallery re-signs packages; the semantics of proof-of-
 * rotation blocks (not read). The fixtures are assembled from the layout above, not made by
 * hap-sign-tool, which cannot run here.
 */
import { mkdtemp, open, rm } from '../promised-fs.js'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ArtifactError, messageOf, type ArtifactIdentity, type SignerInfo } from './types.js'
import { listSome } from './bounded-text.js'
import { describeCertificate } from './certificate.js'
import { signedDataContent, signerCertificate } from './asn1.js'
import { forwardReader, openZip, type ZipArchive, type ZipEntry } from './zip.js'

type Fail = (reason: string) => never

const MAX_JSON = 16 * 1024 * 1024
const SIGNATURE_BLOCK = 0x20000000
const PROFILE_BLOCK = 0x20000002
const ENTERPRISE_RESIGN_BLOCK = 0x20000004
const MAGIC_V2 = Buffer.from('HAP Sig Block 42', 'latin1')
const MAGIC_V3 = Buffer.from('<hap sign block>', 'latin1')
const TAIL = 32
/** A signature or profile is a few KiB; the bound stops a damaged length from allocating. */
const MAX_SUB_BLOCK = 8 * 1024 * 1024
/**
 * hap-sign-tool defines six sub-block types (0x20000000..0x20000005) and writes each at most once;
 * the bound keeps the header table (12 bytes a sub-block) from being sized by a hostile count:
 * a 1.9 GiB sparse file claiming 160M sub-blocks once allocated 2 GB.
 */
const MAX_SUB_BLOCKS = 64
const COPY_CHUNK = 1024 * 1024

export async function readHap(path: string, displayName: string = path): Promise<ArtifactIdentity> {
  return readPackage(path, displayName, true)
}

async function readPackage(path: string, file: string, allowAppPack: boolean): Promise<ArtifactIdentity> {
  const fail: Fail = (reason) => {
    throw new ArtifactError(file, reason)
  }
  const zip = await openZip(path, file)
  try {
    // Every module of a pack counts, wherever it sits: one left unread could be signed by anyone.
    const modules = zip.entries.filter((e) => /\.(hap|hsp)$/i.test(e.name))
    const moduleFile = zip.find('module.json') ?? zip.find('config.json')
    const rootModule = modules.find((e) => !e.name.includes('/'))
    if (moduleFile && rootModule) {
      // A HAP holds no modules at its root (a raw resource may be one, in a folder); read as a HAP,
      // such a file would leave its modules unchecked.
      return fail(
        `it has ${moduleFile.name} at its root, as a HAP has, and the module ${rootModule.name} beside it, as an App Pack has; a package is one or the other`,
      )
    }
    if (moduleFile) return await readModule(zip, file, fail)
    if (allowAppPack && modules.length > 0) return await readAppPack(zip, file, modules, fail)
    if (allowAppPack && zip.find('pack.info')) {
      return fail('it has a pack.info but no .hap inside, so this App Pack has no module to check')
    }
    return fail(
      'there is no module.json (stage model) or config.json (FA model) at its root, so it is not a HarmonyOS HAP' +
        (allowAppPack ? ', nor an App Pack (.app) of HAPs' : ''),
    )
  } catch (error) {
    if (error instanceof ArtifactError) throw error
    return fail(`it cannot be read as a HarmonyOS package (${messageOf(error)})`)
  } finally {
    await zip.close()
  }
}

// --- One module (.hap / .hsp) --------------------------------------------------------------------

async function readModule(zip: ZipArchive, file: string, fail: Fail): Promise<ArtifactIdentity> {
  const identity = await moduleIdentity(zip, fail)
  const notes: string[] = []
  const signers: SignerInfo[] = []
  let effectiveSigner = -1

  const block = await readSigningBlock(zip, fail)
  if (!block) {
    notes.push(
      'there is no HAP signing block before its central directory: this is an unsigned HAP (like the *-unsigned.hap DevEco builds); devices and AppGallery take signed ones only.',
    )
  } else {
    let certificate: Buffer
    try {
      certificate = signerCertificate(block.signature, { alone: true })
    } catch (error) {
      return fail(`its signature (the PKCS#7 in the HAP signing block) cannot be read: ${messageOf(error)}`)
    }
    const signer = describeCertificate(certificate, ['hap'], file)
    signers.push(signer)
    effectiveSigner = 0
    if (block.enterpriseResigned) {
      notes.push(
        'it was re-signed for enterprise distribution (sub-block 0x20000004); the signer shown is the original signature.',
      )
    }
    if (!block.profile) {
      notes.push('its signing block carries no profile.')
    } else {
      const profile = readProfile(block.profile)
      if ('error' in profile) {
        notes.push(`its profile cannot be read (${profile.error}).`)
      } else {
        if (profile.type === 'debug') {
          notes.push(
            'it is signed with a debug profile and its development certificate: the filing records the certificate of the release build.',
          )
        } else if (profile.type !== 'release') {
          notes.push(
            `its profile's type is ${profile.type ?? 'missing'}, not release: the filing records the certificate of the release build.`,
          )
        }
        if (profile.bundleName !== undefined && profile.bundleName !== identity.id) {
          notes.push(`its profile is for bundle ${profile.bundleName}, not ${identity.id}.`)
        }
        const named = profileSigner(profile.certificate, file)
        if (typeof named === 'string') {
          notes.push(named)
        } else if (named.sha256 === signer.sha256) {
          signers[0] = { ...signer, schemes: ['hap', 'profile'] }
        } else {
          signers.push(named)
          notes.push(
            `its profile names the certificate ${named.subject} (SHA-256 ${named.sha256}), not the one that signed it.`,
          )
        }
      }
    }
  }
  return { file, type: 'hap', platform: 'harmony', ...identity, signers, effectiveSigner, notes }
}

/** The certificate the profile names, or a note saying why there is none to compare. */
function profileSigner(certificate: Buffer | undefined, file: string): SignerInfo | string {
  if (!certificate)
    return 'its profile names no certificate (bundle-info.distribution-certificate or development-certificate).'
  try {
    return describeCertificate(certificate, ['profile'], file)
  } catch (error) {
    return `the certificate its profile names cannot be parsed (${messageOf(error)}).`
  }
}

interface ModuleIdentity {
  id: string
  version: string | null
  build: string | null
}

/** module.json (stage model) or config.json (FA model), as packing_tool's ModuleJsonUtil reads them. */
async function moduleIdentity(zip: ZipArchive, fail: Fail): Promise<ModuleIdentity> {
  const stage = zip.find('module.json')
  const entry = (stage ?? zip.find('config.json'))!
  const json = await readJson(zip, entry, fail)
  const app = objectAt(json, 'app')
  const bundleName = app?.bundleName
  if (typeof bundleName !== 'string' || bundleName === '') {
    return fail(
      `${entry.name} has no app.bundleName, so the package has no bundle name to check against the filing`,
    )
  }
  if (stage) return { id: bundleName, version: text(app!.versionName), build: text(app!.versionCode) }
  const version = objectAt(app, 'version')
  return { id: bundleName, version: text(version?.name), build: text(version?.code) }
}

interface SigningBlock {
  signature: Buffer
  profile?: Buffer
  enterpriseResigned: boolean
}

/** The HAP signing block right before the central directory, or undefined when there is none. */
async function readSigningBlock(zip: ZipArchive, fail: Fail): Promise<SigningBlock | undefined> {
  const cd = zip.centralDirectoryOffset
  if (cd < TAIL) return undefined
  const tail = await zip.read(cd - TAIL, TAIL)
  const magic = tail.subarray(12, 28)
  const isV2 = magic.equals(MAGIC_V2)
  if (!isV2 && !magic.equals(MAGIC_V3)) return undefined
  const damaged = (why: string): never => fail(`its HAP signing block is damaged: ${why}`)
  const count = tail.readUInt32LE(0)
  const size = Number(tail.readBigUInt64LE(4))
  const version = tail.readUInt32LE(28)
  if (isV2 !== version < 3) {
    return damaged(`the magic "${magic.toString('latin1')}" does not go with block version ${version}`)
  }
  if (size < TAIL || size > cd)
    return damaged(`it claims ${size} bytes, before a central directory at offset ${cd}`)
  const start = cd - size
  const values = size - TAIL
  if (count === 0 || count > MAX_SUB_BLOCKS || count * 12 > values) {
    return damaged(
      `it claims ${count} sub-blocks in ${size} bytes (hap-sign-tool writes at most 6; this tool reads at most ${MAX_SUB_BLOCKS})`,
    )
  }
  const heads = await zip.read(start, count * 12)
  const found = new Map<number, { offset: number; length: number }>()
  for (let i = 0; i < count; i++) {
    const type = heads.readUInt32LE(i * 12)
    const length = heads.readUInt32LE(i * 12 + 4)
    const offset = heads.readUInt32LE(i * 12 + 8)
    if (offset + length > values) {
      return damaged(
        `sub-block 0x${type.toString(16)} (${length} bytes at offset ${offset}) runs past the block`,
      )
    }
    found.set(type, { offset, length })
  }
  const take = async (type: number): Promise<Buffer | undefined> => {
    const at = found.get(type)
    if (!at) return undefined
    if (at.length > MAX_SUB_BLOCK)
      return damaged(`sub-block 0x${type.toString(16)} claims ${at.length} bytes`)
    return zip.read(start + at.offset, at.length)
  }
  const signature = await take(SIGNATURE_BLOCK)
  if (!signature) return damaged('it has no signature (sub-block 0x20000000)')
  return {
    signature,
    profile: await take(PROFILE_BLOCK),
    enterpriseResigned: found.has(ENTERPRISE_RESIGN_BLOCK),
  }
}

interface Profile {
  type: string | undefined
  bundleName: string | undefined
  certificate: Buffer | undefined
}

/** The signed profile (SignedData around JSON) or the bare JSON, as VerifyUtils.parseProfile takes it. */
function readProfile(bytes: Buffer): Profile | { error: string } {
  let content = bytes
  try {
    content = signedDataContent(bytes)
  } catch {
    // hap-sign-tool also accepts an unsigned profile: the JSON itself (VerifyUtils.parseProfile).
  }
  let json: unknown
  try {
    json = JSON.parse(content.toString('utf8').replace(/^\uFEFF/, ''))
  } catch (error) {
    return { error: `it is neither a signed profile nor profile JSON: ${messageOf(error)}` }
  }
  const info = objectAt(json, 'bundle-info')
  const type = json && typeof json === 'object' ? (json as JsonObject).type : undefined
  const pem = info?.['distribution-certificate'] ?? info?.['development-certificate']
  return {
    type: typeof type === 'string' ? type : undefined,
    bundleName: typeof info?.['bundle-name'] === 'string' ? (info['bundle-name'] as string) : undefined,
    certificate: typeof pem === 'string' ? pemToDer(pem) : undefined,
  }
}

const PEM_BEGIN = '-----BEGIN CERTIFICATE-----'
const PEM_END = '-----END CERTIFICATE-----'

/**
 * The first certificate of a PEM text. Found with indexOf, not a lazy regex: the regex rescans
 * the rest of the text from every BEGIN marker, quadratic when a profile repeats the marker.
 */
function pemToDer(pem: string): Buffer | undefined {
  const begin = pem.indexOf(PEM_BEGIN)
  if (begin < 0) return undefined
  const end = pem.indexOf(PEM_END, begin + PEM_BEGIN.length)
  if (end < 0) return undefined
  const body = pem.slice(begin + PEM_BEGIN.length, end)
  return body ? Buffer.from(body.replace(/\s/g, ''), 'base64') : undefined
}

// --- App Pack (.app) ---------------------------------------------------------------------------

/**
 * An App Pack names the bundle in pack.info; each HAP inside is signed on its own. The HAPs are
 * copied to a temporary file one at a time and read like any HAP, so memory stays flat.
 */
async function readAppPack(
  zip: ZipArchive,
  file: string,
  modules: ZipEntry[],
  fail: Fail,
): Promise<ArtifactIdentity> {
  const packEntry = zip.find('pack.info')
  if (!packEntry) {
    return fail(
      'it holds HAPs but no pack.info, the file in which an App Pack (.app) names its bundle and version',
    )
  }
  const pack = objectAt(objectAt(await readJson(zip, packEntry, fail), 'summary'), 'app')
  const bundleName = pack?.bundleName
  if (typeof bundleName !== 'string' || bundleName === '') {
    return fail(
      'pack.info has no summary.app.bundleName, so the App Pack has no bundle name to check against the filing',
    )
  }
  const version = objectAt(pack, 'version')
  const notes: string[] = []
  const bySigner = new Map<string, { signer: SignerInfo; modules: string[] }>()

  const dir = await mkdtemp(join(tmpdir(), 'china-filing-app-'))
  try {
    for (const entry of modules) {
      const path = join(dir, 'module.hap')
      await copyEntry(zip, entry, path)
      let module: ArtifactIdentity
      try {
        module = await readPackage(path, entry.name, false)
      } catch (error) {
        if (error instanceof ArtifactError) return fail(`${entry.name} inside it: ${error.message}`)
        throw error
      }
      // Each module installs under its own bundle name and signature, so a module the pack cannot
      // vouch for leaves the pack with no one identity to match: it blocks, as that HAP alone would.
      if (module.id !== bundleName)
        return fail(
          `${entry.name} inside it is bundle ${module.id}, but pack.info says ${bundleName}; every module of an App Pack is the same bundle`,
        )
      notes.push(...module.notes.map((note) => `${entry.name}: ${note}`))
      const signer = module.signers[module.effectiveSigner]
      if (!signer)
        return fail(
          `${entry.name} inside it ${module.signers.length === 0 ? 'is not signed' : `has ${module.signers.length} signers and no one effective signer`}; every module of an App Pack is signed with the filed certificate`,
        )
      const seen = bySigner.get(signer.sha256)
      if (seen) seen.modules.push(entry.name)
      else bySigner.set(signer.sha256, { signer: { ...signer, schemes: ['hap'] }, modules: [entry.name] })
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }

  if (await readSigningBlock(zip, fail)) {
    notes.push(
      'the .app file itself also carries a HAP signing block; what it means for an App Pack is not documented in the sources this tool follows, so it is not matched against the filing.',
    )
  }
  const signers = [...bySigner.values()].map((s) => s.signer)
  if (signers.length > 1) {
    notes.push(
      `its HAPs are signed with different certificates (${listSome([...bySigner.values()].map((s) => `${listSome(s.modules, ', ')}: ${s.signer.subject}, SHA-256 ${s.signer.sha256}`))}); it matches the filing only if every one of them is the filed certificate.`,
    )
  }
  return {
    file,
    type: 'app',
    platform: 'harmony',
    id: bundleName,
    version: text(version?.name),
    build: text(version?.code),
    signers,
    effectiveSigner: signers.length === 1 ? 0 : -1,
    notes,
  }
}

async function copyEntry(zip: ZipArchive, entry: ZipEntry, path: string): Promise<void> {
  const reader = await forwardReader(zip, entry)
  const out = await open(path, 'w').catch((error: unknown) => {
    reader.close()
    throw error
  })
  try {
    for (let done = 0; done < entry.uncompressedSize; done += COPY_CHUNK) {
      await out.write(await reader.read(done, Math.min(COPY_CHUNK, entry.uncompressedSize - done)))
    }
  } finally {
    reader.close()
    await out.close()
  }
}

// --- JSON ----------------------------------------------------------------------------------------

type JsonObject = { [key: string]: unknown }

async function readJson(zip: ZipArchive, entry: ZipEntry, fail: Fail): Promise<unknown> {
  const bytes = await zip.readEntry(entry, MAX_JSON)
  try {
    return JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''))
  } catch (error) {
    return fail(`${entry.name} is not valid JSON (${messageOf(error)})`)
  }
}

function objectAt(value: unknown, key: string): JsonObject | undefined {
  const inner =
    value && typeof value === 'object' && !Array.isArray(value) ? (value as JsonObject)[key] : undefined
  return inner && typeof inner === 'object' && !Array.isArray(inner) ? (inner as JsonObject) : undefined
}

/** versionCode is a number in the JSON, versionName a string; both are reported as text. */
function text(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  return typeof value === 'string' && value !== '' ? value : null
}
