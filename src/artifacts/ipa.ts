/**
 * iOS `.ipa`: the bundle id and versions from `Payload/<App>.app/Info.plist`, and the signing
 * certificates from `embedded.mobileprovision` (the profile's DeveloperCertificates) and from the
 * main executable's code signature (the certificate that actually signed the build).
 *
 * The filing records the bundle id and the SHA-1 of the **distribution** certificate (HW-KB doc_0121 in
 * docs/sources.md). A profile may allow several certificates; only the code signature says
 * which one signed. How `effectiveSigner` is chosen, so that the rule never passes a build it cannot
 * vouch for:
 * - the code signature's leaf certificate (the CMS signer), when the executable has one;
 * - else the profile's certificate when it lists exactly one (iOS installs only builds signed by a
 *   certificate the profile lists, so no other can have signed it);
 * - else -1: several candidates, no way to tell; the artifact-identity rule then passes only if
 *   every candidate is the filed certificate (and a note says why).
 */
import { ArtifactError, messageOf, type ArtifactIdentity, type SignerInfo } from './types.js'
import { listSome } from './bounded-text.js'
import { quoteExcerpt } from '../excerpt.js'
import { describeCertificate } from './certificate.js'
import { signedDataContent, signerCertificate } from './asn1.js'
import { isPlistDict, parsePlist as readPlist, type PlistDict, type PlistValue } from './plist.js'
import { forwardReader, openZip, type ForwardReader, type ZipArchive, type ZipEntry } from './zip.js'

/** Real Info.plists and profiles are a few KiB; a larger one is not what it claims to be. */
const MAX_PLIST_SIZE = 8 * 1024 * 1024

type Fail = (reason: string) => never

export async function readIpa(path: string, displayName: string = path): Promise<ArtifactIdentity> {
  const fail: Fail = (reason) => {
    throw new ArtifactError(displayName, reason)
  }
  const zip = await openZip(path, displayName)
  try {
    return await readOpenIpa(zip, displayName, fail)
  } catch (error) {
    if (error instanceof ArtifactError) throw error
    // Whatever slipped through is still a reason the file cannot be read, not a crash.
    return fail(`it cannot be read as an IPA (${messageOf(error)})`)
  } finally {
    await zip.close()
  }
}

async function readOpenIpa(zip: ZipArchive, file: string, fail: Fail): Promise<ArtifactIdentity> {
  const app = mainAppDirectory(zip.entries, fail)
  const infoName = `${app}Info.plist`
  const info = plistDict(await zip.readEntry(zip.find(infoName)!, MAX_PLIST_SIZE), infoName, fail)
  const bundleId = info.CFBundleIdentifier
  if (typeof bundleId !== 'string' || bundleId === '') {
    return fail(
      `${infoName} has no CFBundleIdentifier, so the app has no bundle id to check against the filing`,
    )
  }

  const notes: string[] = []
  const signers: SignerInfo[] = []
  const profileName = `${app}embedded.mobileprovision`
  const profileEntry = zip.find(profileName)
  const profile = profileEntry
    ? readProfile(await zip.readEntry(profileEntry, MAX_PLIST_SIZE), profileName, fail)
    : undefined
  if (profile) {
    signers.push(...profile.certificates.map((der) => describeCertificate(der, ['profile'], file)))
    notes.push(...profileNotes(profile, bundleId))
  }

  // CFBundleExecutable names the main executable; Xcode defaults it to the bundle's name.
  const executableName =
    typeof info.CFBundleExecutable === 'string' ? info.CFBundleExecutable : app.slice(8, -5)
  if (executableName === '' || executableName.includes('/') || executableName === '..')
    return fail(
      `${infoName} names its executable ${quoteExcerpt(executableName)} (CFBundleExecutable), which is no file name in the app folder`,
    )
  const executable = `${app}${executableName}`
  const code = await readCodeSigner(zip, executable, file, fail)
  let effectiveSigner = -1
  if (code.signer) {
    const same = signers.findIndex((s) => s.sha256 === code.signer!.sha256)
    if (same >= 0) {
      signers[same] = { ...signers[same]!, schemes: [...signers[same]!.schemes, 'code'] }
      effectiveSigner = same
    } else {
      signers.push(code.signer)
      effectiveSigner = signers.length - 1
      if (profile) {
        notes.push(
          `the executable is signed by ${code.signer.subject} (SHA-1 ${code.signer.sha1}), which embedded.mobileprovision does not list; iOS refuses to install such a build.`,
        )
      }
    }
  } else if (signers.length === 1) {
    effectiveSigner = 0
    notes.push(`${code.missing}; the certificate shown is the one embedded.mobileprovision allows.`)
  } else if (signers.length > 1) {
    notes.push(
      `embedded.mobileprovision allows ${signers.length} certificates (${listSome(signers.map((s) => `${s.subject}, SHA-1 ${s.sha1}`))}) and ${code.missing}, so which one signed this build cannot be told; it matches the filing only if every one of them is the filed certificate.`,
    )
  }
  notes.push(...code.notes)
  if (!profile) {
    notes.push(
      signers.length === 0
        ? `there is no embedded.mobileprovision and ${code.missing}: this is an unsigned build (e.g. for the simulator), not one for the App Store.`
        : 'there is no embedded.mobileprovision; App Store builds carry one.',
    )
  }

  return {
    file,
    type: 'ipa',
    platform: 'ios',
    id: bundleId,
    version: nonEmptyString(info.CFBundleShortVersionString),
    build: nonEmptyString(info.CFBundleVersion),
    signers,
    effectiveSigner,
    notes,
  }
}

/**
 * `Payload/<X>.app/`: the one bundle directly under Payload/. App extensions (`PlugIns/*.appex`) and
 * Watch apps (`Watch/*.app`) sit inside it with their own Info.plist and are not the main bundle.
 */
function mainAppDirectory(entries: ZipEntry[], fail: Fail): string {
  const apps = new Set<string>()
  for (const e of entries) {
    // Any case: on a case-insensitive file system `Other.APP` is a bundle too.
    const m = /^Payload\/([^/]+\.app)\//i.exec(e.name)
    if (m) apps.add(m[1]!)
  }
  if (apps.size === 0)
    return fail('there is no Payload/<App>.app/ folder in it, so it is not an iOS app archive (IPA)')
  if (apps.size > 1) {
    return fail(
      `Payload/ holds ${apps.size} apps (${[...apps].sort().join(', ')}); an IPA carries exactly one`,
    )
  }
  const dir = `Payload/${[...apps][0]!}/`
  if (!entries.some((e) => e.name === `${dir}Info.plist`)) {
    return fail(`${dir}Info.plist is missing, so the app has no bundle id`)
  }
  return dir
}

// --- Property lists ----------------------------------------------------------------------------

/** Binary (`bplist00`) or XML: Xcode leaves Info.plist binary, other build tools XML. */
function parsePlist(bytes: Buffer, where: string, fail: Fail): PlistValue {
  let value: PlistValue | undefined
  try {
    value = readPlist(bytes)
  } catch (error) {
    return fail(`${where} is not a readable property list (${messageOf(error)})`)
  }
  return value === undefined ? fail(`${where} is neither a binary nor an XML property list`) : value
}

function plistDict(bytes: Buffer, where: string, fail: Fail): PlistDict {
  const value = parsePlist(bytes, where, fail)
  return isPlistDict(value) ? value : fail(`${where} is a property list but not a dictionary`)
}

function nonEmptyString(value: PlistValue | undefined): string | null {
  return typeof value === 'string' && value !== '' ? value : null
}

// --- Provisioning profile ----------------------------------------------------------------------

interface Profile {
  certificates: Buffer[]
  applicationIdentifier: string | undefined
  getTaskAllow: boolean
  devices: number
  allDevices: boolean
}

/**
 * embedded.mobileprovision is a CMS SignedData (DER, or BER with indefinite lengths and a chunked
 * OCTET STRING as `openssl cms -stream` writes it) around an XML plist: what `security cms -D` prints.
 */
function readProfile(bytes: Buffer, where: string, fail: Fail): Profile {
  let content: Buffer
  try {
    content = signedDataContent(bytes)
  } catch (error) {
    return fail(
      `${where} is not a readable provisioning profile, which is a CMS signed message (${messageOf(error)})`,
    )
  }
  const plist = plistDict(content, `the property list inside ${where}`, fail)
  const certificates = plist.DeveloperCertificates
  if (!Array.isArray(certificates) || !certificates.every((c) => Buffer.isBuffer(c))) {
    return fail(`${where} has no DeveloperCertificates list, so the certificates it allows cannot be read`)
  }
  const entitlements = isPlistDict(plist.Entitlements) ? plist.Entitlements : {}
  const appId = entitlements['application-identifier']
  return {
    certificates: certificates as Buffer[],
    applicationIdentifier: typeof appId === 'string' ? appId : undefined,
    getTaskAllow: entitlements['get-task-allow'] === true,
    devices: Array.isArray(plist.ProvisionedDevices) ? plist.ProvisionedDevices.length : 0,
    allDevices: plist.ProvisionsAllDevices === true,
  }
}

/**
 * The kind of profile, told apart the way Xcode's export methods make them: get-task-allow (a
 * debugger may attach) only in development profiles; a device list without it is ad hoc;
 * ProvisionsAllDevices is enterprise (in-house); none of these is an App Store profile.
 */
function profileNotes(profile: Profile, bundleId: string): string[] {
  const notes: string[] = []
  const n = profile.devices
  const devices = n ? `, limited to ${n} registered device${n === 1 ? '' : 's'}` : ''
  if (profile.getTaskAllow) {
    notes.push(
      `embedded.mobileprovision is a development profile (get-task-allow${devices}): the filing records the distribution certificate, so check the App Store build, not this one.`,
    )
  } else if (n > 0) {
    notes.push(`embedded.mobileprovision is an ad-hoc profile${devices}: this is not the App Store build.`)
  } else if (profile.allDevices) {
    notes.push(
      'embedded.mobileprovision is an enterprise (in-house) profile: this build is not distributed through the App Store.',
    )
  }
  const appId = profile.applicationIdentifier
  if (appId === undefined) {
    notes.push('embedded.mobileprovision has no application-identifier entitlement.')
  } else if (!applicationIdentifierCovers(appId, bundleId)) {
    notes.push(
      `the profile's application-identifier ${appId} does not cover the bundle id ${bundleId}: iOS refuses to install the app with it; build with a profile for ${bundleId}.`,
    )
  }
  return notes
}

/** `TEAMID.com.example.app`, or a wildcard App ID: `TEAMID.*`, `TEAMID.com.example.*`. */
export function applicationIdentifierCovers(applicationIdentifier: string, bundleId: string): boolean {
  const dot = applicationIdentifier.indexOf('.')
  if (dot < 0) return false
  const pattern = applicationIdentifier.slice(dot + 1)
  return pattern.endsWith('*') ? bundleId.startsWith(pattern.slice(0, -1)) : pattern === bundleId
}

// --- Code signature ----------------------------------------------------------------------------

interface CodeSigner {
  signer?: SignerInfo
  notes: string[]
  /** Why there is no signer, as a clause ("the executable carries no code signature"). */
  missing: string
}

async function readCodeSigner(zip: ZipArchive, name: string, file: string, fail: Fail): Promise<CodeSigner> {
  const entry = zip.find(name)
  // An app without its executable cannot run, and what signed it cannot be read: it is no build to
  // vouch for, as a damaged executable is not.
  if (!entry)
    return fail(
      `its main executable ${name} (CFBundleExecutable) is missing, so the app cannot run and the certificate that signed its code cannot be read`,
    )
  let slices: SliceSignature[]
  try {
    const reader = await forwardReader(zip, entry)
    try {
      slices = await readCodeSignatures(reader.read, entry.uncompressedSize)
    } finally {
      reader.close()
    }
  } catch (error) {
    if (error instanceof MachOError)
      return fail(`${name} is not a well-formed Mach-O executable: ${error.message}`)
    throw error
  }
  const signed = slices.filter((s) => s.cms)
  if (signed.length === 0) {
    const adHoc = slices.some((s) => s.kind === 'ad-hoc')
    return {
      notes: [],
      missing: adHoc
        ? 'the executable is only ad-hoc signed (no certificate)'
        : 'the executable carries no code signature',
    }
  }
  const leaves = signed.map((s) => {
    try {
      return { arch: s.arch, der: signerCertificate(s.cms!, { alone: true }) }
    } catch (error) {
      return fail(
        `the code signature of ${name} (${s.arch}) is not a readable CMS signature: ${messageOf(error)}`,
      )
    }
  })
  const first = leaves[0]!
  const other = leaves.find((l) => !l.der.equals(first.der))
  if (other) {
    const subject = (der: Buffer) => describeCertificate(der, [], file).subject
    return fail(
      `the slices of ${name} are signed by different certificates (${first.arch}: ${subject(first.der)}; ${other.arch}: ${subject(other.der)}); a build is signed by one`,
    )
  }
  const unsigned = slices.filter((s) => !s.cms).map((s) => s.arch)
  return {
    signer: describeCertificate(first.der, ['code'], file),
    notes: unsigned.length
      ? [`some slices of ${name} carry no certificate signature (${unsigned.join(', ')}).`]
      : [],
    missing: '',
  }
}

/*
 * Mach-O code signature. Layout from Apple's public headers:
 * - mach-o/fat.h: a universal binary starts with a big-endian fat_header (FAT_MAGIC 0xcafebabe,
 *   nfat_arch) and fat_arch entries {cputype, cpusubtype, offset, size, align} (20 bytes;
 *   FAT_MAGIC_64 0xcafebabf: 32-byte fat_arch_64 with 64-bit offset and size).
 * - mach-o/loader.h: each slice starts with mach_header (MH_MAGIC 0xfeedface, 28 bytes) or
 *   mach_header_64 (MH_MAGIC_64 0xfeedfacf, 32 bytes), in the slice's byte order; ncmds load commands
 *   {cmd, cmdsize, ...} follow, sizeofcmds bytes in all. LC_CODE_SIGNATURE (0x1d) is a
 *   linkedit_data_command {cmd, cmdsize, dataoff, datasize}, dataoff counted from the slice start.
 * - kern/cs_blobs.h (xnu): the signature is a big-endian SuperBlob (CSMAGIC_EMBEDDED_SIGNATURE
 *   0xfade0cc0, length, count, then count {type, offset} BlobIndex entries, offsets from the SuperBlob
 *   start). Slot CSSLOT_SIGNATURESLOT (0x10000) holds a BlobWrapper (CSMAGIC_BLOBWRAPPER 0xfade0b01,
 *   length including its 8-byte header) around the CMS SignedData; ad-hoc signatures leave it empty.
 */

/** Reads `length` bytes at `offset`; offsets come in increasing order, so a stream can serve them. */

class MachOError extends Error {}

const FAT_MAGIC = 0xcafebabe
const FAT_MAGIC_64 = 0xcafebabf
const MH_MAGIC = 0xfeedface
const MH_MAGIC_64 = 0xfeedfacf
const MH_CIGAM = 0xcefaedfe
const MH_CIGAM_64 = 0xcffaedfe
const LC_CODE_SIGNATURE = 0x1d
const CSMAGIC_EMBEDDED_SIGNATURE = 0xfade0cc0
const CSMAGIC_BLOBWRAPPER = 0xfade0b01
const CSSLOT_SIGNATURESLOT = 0x10000
/** Load commands of real executables take a few KiB; the bound stops a damaged header from allocating. */
const MAX_LOAD_COMMANDS = 16 * 1024 * 1024
/** codesign's signatures take tens of KiB (more with many page hashes); the bound stops a damaged length. */
const MAX_SIGNATURE = 64 * 1024 * 1024

interface SliceSignature {
  /** `arm64`, `arm64e`, `armv7`, … */
  arch: string
  /** The CMS SignedData; null when the slice is unsigned or ad-hoc signed. */
  cms: Buffer | null
  kind: 'unsigned' | 'ad-hoc' | 'signed'
}

interface Slice {
  offset: number
  size: number
}

/** The code signature of each slice of a thin or universal Mach-O. Throws MachOError when damaged. */
async function readCodeSignatures(read: ForwardReader, fileSize: number): Promise<SliceSignature[]> {
  const head = await readExactly(read, 0, 8, fileSize, 'the Mach-O header')
  const magic = head.readUInt32BE(0)
  if (magic !== FAT_MAGIC && magic !== FAT_MAGIC_64) {
    if (![MH_MAGIC, MH_MAGIC_64, MH_CIGAM, MH_CIGAM_64].includes(magic)) {
      throw new MachOError(
        `it does not start with a Mach-O or universal-binary magic number (0x${hex(magic)})`,
      )
    }
    return [await readSlice(read, { offset: 0, size: fileSize }, fileSize, head)]
  }
  const is64 = magic === FAT_MAGIC_64
  const count = head.readUInt32BE(4)
  const entrySize = is64 ? 32 : 20
  // Java class files share 0xcafebabe, and their version numbers read as a large count.
  if (count === 0 || count > 32) throw new MachOError(`its universal (fat) header lists ${count} slices`)
  const table = await readExactly(read, 8, count * entrySize, fileSize, 'the universal (fat) header')
  const slices: Slice[] = []
  for (let i = 0; i < count; i++) {
    const at = i * entrySize
    const offset = is64 ? Number(table.readBigUInt64BE(at + 8)) : table.readUInt32BE(at + 8)
    const size = is64 ? Number(table.readBigUInt64BE(at + 16)) : table.readUInt32BE(at + 12)
    if (offset < 8 + count * entrySize || offset + size > fileSize) {
      throw new MachOError(`slice ${i + 1} (${size} bytes at offset ${offset}) lies outside the file`)
    }
    slices.push({ offset, size })
  }
  slices.sort((a, b) => a.offset - b.offset)
  const result: SliceSignature[] = []
  let end = 0
  for (const slice of slices) {
    if (slice.offset < end) throw new MachOError('its slices overlap')
    end = slice.offset + slice.size
    result.push(await readSlice(read, slice, fileSize))
  }
  return result
}

async function readSlice(
  read: ForwardReader,
  slice: Slice,
  fileSize: number,
  head?: Buffer,
): Promise<SliceSignature> {
  // A thin file's first 8 bytes were read for the magic number already.
  const first = head ?? (await readExactly(read, slice.offset, 8, fileSize, 'a slice header'))
  const header = Buffer.concat([
    first,
    await readExactly(read, slice.offset + 8, 20, fileSize, 'the Mach-O header'),
  ])
  const little = [MH_CIGAM, MH_CIGAM_64].includes(header.readUInt32BE(0))
  const u32 = (b: Buffer, at: number): number => (little ? b.readUInt32LE(at) : b.readUInt32BE(at))
  const magic = u32(header, 0)
  if (magic !== MH_MAGIC && magic !== MH_MAGIC_64) {
    throw new MachOError(
      `the slice at offset ${slice.offset} is not a Mach-O image (0x${hex(header.readUInt32BE(0))})`,
    )
  }
  const arch = archName(u32(header, 4), u32(header, 8))
  const headerSize = magic === MH_MAGIC_64 ? 32 : 28
  const ncmds = u32(header, 16)
  const sizeofcmds = u32(header, 20)
  if (sizeofcmds > MAX_LOAD_COMMANDS || headerSize + sizeofcmds > slice.size) {
    throw new MachOError(`the ${arch} slice's load commands (${sizeofcmds} bytes) run past the slice`)
  }
  const commands = await readExactly(
    read,
    slice.offset + 28,
    headerSize - 28 + sizeofcmds,
    fileSize,
    'the load commands',
  )
  let at = headerSize - 28
  let signature: { dataoff: number; datasize: number } | undefined
  for (let i = 0; i < ncmds; i++) {
    if (at + 8 > commands.length)
      throw new MachOError(`the ${arch} slice's load command ${i + 1} runs past sizeofcmds`)
    const cmd = u32(commands, at)
    const cmdsize = u32(commands, at + 4)
    if (cmdsize < 8 || at + cmdsize > commands.length) {
      throw new MachOError(`the ${arch} slice's load command ${i + 1} has a bad size (${cmdsize})`)
    }
    if (cmd === LC_CODE_SIGNATURE && cmdsize >= 16) {
      signature = { dataoff: u32(commands, at + 8), datasize: u32(commands, at + 12) }
    }
    at += cmdsize
  }
  if (!signature) return { arch, cms: null, kind: 'unsigned' }
  const { dataoff, datasize } = signature
  if (
    datasize < 12 ||
    datasize > MAX_SIGNATURE ||
    dataoff < headerSize + sizeofcmds ||
    dataoff + datasize > slice.size
  ) {
    throw new MachOError(
      `the ${arch} slice's LC_CODE_SIGNATURE points at ${datasize} bytes at offset ${dataoff}, outside the ${slice.size}-byte slice`,
    )
  }
  const blob = await readExactly(read, slice.offset + dataoff, datasize, fileSize, 'the code signature')
  return { arch, ...signatureSlot(blob, arch) }
}

/** The CMS in the SuperBlob's CSSLOT_SIGNATURESLOT (all fields big-endian, cs_blobs.h). */
function signatureSlot(blob: Buffer, arch: string): Pick<SliceSignature, 'cms' | 'kind'> {
  const magic = blob.readUInt32BE(0)
  const length = blob.readUInt32BE(4)
  const count = blob.readUInt32BE(8)
  if (magic !== CSMAGIC_EMBEDDED_SIGNATURE) {
    throw new MachOError(
      `the ${arch} slice's code signature is not an embedded-signature SuperBlob (0x${hex(magic)})`,
    )
  }
  if (length > blob.length || 12 + count * 8 > length) {
    throw new MachOError(`the ${arch} slice's code signature claims ${length} bytes and ${count} entries`)
  }
  for (let i = 0; i < count; i++) {
    if (blob.readUInt32BE(12 + i * 8) !== CSSLOT_SIGNATURESLOT) continue
    const offset = blob.readUInt32BE(16 + i * 8)
    const wrapperLength = offset + 8 <= length ? blob.readUInt32BE(offset + 4) : 0
    if (
      offset + 8 > length ||
      blob.readUInt32BE(offset) !== CSMAGIC_BLOBWRAPPER ||
      wrapperLength < 8 ||
      offset + wrapperLength > length
    ) {
      throw new MachOError(`the ${arch} slice's CMS signature slot is damaged`)
    }
    if (wrapperLength === 8) return { cms: null, kind: 'ad-hoc' }
    return { cms: blob.subarray(offset + 8, offset + wrapperLength), kind: 'signed' }
  }
  // A code signature without a CMS is an ad-hoc one (`codesign -s -`).
  return { cms: null, kind: 'ad-hoc' }
}

async function readExactly(
  read: ForwardReader,
  offset: number,
  length: number,
  fileSize: number,
  what: string,
): Promise<Buffer> {
  if (offset + length > fileSize) {
    throw new MachOError(
      `${what} (${length} bytes at offset ${offset}) runs past the end of the ${fileSize}-byte file`,
    )
  }
  return length === 0 ? Buffer.alloc(0) : read(offset, length)
}

function archName(cputype: number, cpusubtype: number): string {
  const sub = cpusubtype & 0x00ffffff // the high byte holds capability bits (CPU_SUBTYPE_MASK)
  if (cputype === 0x0100000c) return sub === 2 ? 'arm64e' : 'arm64' // CPU_TYPE_ARM64
  if (cputype === 12) return sub === 9 ? 'armv7' : sub === 11 ? 'armv7s' : 'arm' // CPU_TYPE_ARM
  if (cputype === 0x01000007) return 'x86_64'
  return `cpu 0x${hex(cputype)}/${sub}`
}

function hex(n: number): string {
  return (n >>> 0).toString(16)
}
