/**
 * The APK Signing Block: the v2, v3 and v3.1 signatures sit in a block between the last ZIP entry and
 * the central directory. Only the block is read (its footer is the 24 bytes before the central
 * directory), never the entries, so the cost does not depend on the APK's size.
 *
 * Layout (apksig ApkSigningBlockUtils.findApkSigningBlock, V2SchemeVerifier, V3SchemeVerifier;
 * all integers little-endian):
 *
 *   block   := u64 size | pairs | u64 size | "APK Sig Block 42"     (size counts everything but the first u64)
 *   pairs   := { u64 length | u32 id | value[length - 4] }*
 *   scheme  := lp(signer*)                                           (lp = u32 length prefix)
 *   v2 signer := lp(signedData) | lp(signatures) | lp(publicKey)
 *   v3 signer := lp(signedData) | u32 minSdk | u32 maxSdk | lp(signatures) | lp(publicKey)
 *   signedData := lp(digests) | lp(lp(certificate DER)*) | [v3: u32 minSdk | u32 maxSdk] | lp(additionalAttributes)
 *   attribute  := lp(u32 id | value); proof-of-rotation (0x3ba06f8c) value :=
 *                 u32 version | lp(level)*, level := lp(lp(certificate) | u32 sigAlg) | u32 flags | u32 sigAlg | lp(signature)
 *
 * Signatures are not verified here: the gate reports which certificates an APK names, and a store or
 * device refuses an APK whose signature does not verify.
 */
import { ArtifactError } from '../types.js'
import type { ZipArchive } from '../zip.js'

export const APK_SIGNATURE_SCHEME_V2_BLOCK_ID = 0x7109871a
export const APK_SIGNATURE_SCHEME_V3_BLOCK_ID = 0xf05368c0
export const APK_SIGNATURE_SCHEME_V31_BLOCK_ID = 0x1b93ad61
/** V3SchemeConstants.PROOF_OF_ROTATION_ATTR_ID */
export const PROOF_OF_ROTATION_ATTR_ID = 0x3ba06f8c

const MAGIC = Buffer.from('APK Sig Block 42', 'ascii')
const FOOTER_SIZE = 24
/** Header u64 + footer: the smallest block (apksig APK_SIG_BLOCK_MIN_SIZE). */
const MIN_BLOCK_SIZE = 32
/**
 * apksigner pads the block to 4 KiB; channel tools (Walle, VasDolly) add a few small pairs. A block
 * claiming more than this is corrupt, and reading it would cost memory that grows with a bad field.
 */
export const MAX_BLOCK_SIZE = 64 * 1024 * 1024

export type BlockScheme = 'v2' | 'v3' | 'v3.1'

export interface BlockSigner {
  scheme: BlockScheme
  /** DER certificates as listed; the first is the signing certificate. */
  certificates: Buffer[]
  /** v3/v3.1: the platform versions this signer is for (maxSdk 0x7fffffff = no upper bound). */
  minSdk?: number
  maxSdk?: number
  /** v3/v3.1 proof-of-rotation: the certificates of the lineage, oldest first (the last is this signer's). */
  lineage?: Buffer[]
}

export interface SigningBlock {
  /** File offset of the block's first byte. */
  offset: number
  /** Total size in bytes, including both size fields and the magic. */
  size: number
  /** The ID of every pair, in order (signature schemes, verity padding, source stamp, channel data). */
  ids: number[]
  /**
   * The values of the pairs that are not signature schemes (channel data, verity padding, source
   * stamp), by ID; of two pairs with one ID, the last. They lie outside the signed data, which is
   * why channel tools can add them after signing without breaking v2/v3 (apksig skips unknown IDs).
   */
  unsigned: Map<number, Buffer>
  signers: BlockSigner[]
}

const SCHEMES: ReadonlyMap<number, BlockScheme> = new Map([
  [APK_SIGNATURE_SCHEME_V2_BLOCK_ID, 'v2'],
  [APK_SIGNATURE_SCHEME_V3_BLOCK_ID, 'v3'],
  [APK_SIGNATURE_SCHEME_V31_BLOCK_ID, 'v3.1'],
])

const SCHEME_NAMES: Record<BlockScheme, string> = {
  v2: 'APK Signature Scheme v2',
  v3: 'APK Signature Scheme v3',
  'v3.1': 'APK Signature Scheme v3.1',
}

/**
 * Finds and parses the APK Signing Block that ends where the central directory starts. Returns null
 * when there is none (a v1-only or unsigned APK); throws ArtifactError when there is one that is corrupt.
 */
export async function readSigningBlock(zip: ZipArchive, file: string): Promise<SigningBlock | null> {
  const end = zip.centralDirectoryOffset
  if (end < MIN_BLOCK_SIZE) return null
  const footer = await zip.read(end - FOOTER_SIZE, FOOTER_SIZE)
  const magic = footer.subarray(8)
  if (!magic.equals(MAGIC)) {
    // A near-miss magic is a damaged block, not an absent one: saying "unsigned" would mislead.
    if (magic.subarray(0, 14).equals(MAGIC.subarray(0, 14))) {
      throw new ArtifactError(
        file,
        `the APK Signing Block has the wrong magic ("${printable(magic)}" instead of "APK Sig Block 42"): the file is corrupt or was modified after signing`,
      )
    }
    return null
  }
  const footerSize = readU64(footer, 0)
  if (footerSize < FOOTER_SIZE || footerSize > MAX_BLOCK_SIZE) {
    throw new ArtifactError(
      file,
      footerSize < FOOTER_SIZE
        ? `the APK Signing Block footer claims ${footerSize} bytes, fewer than the footer itself: the file is corrupt`
        : `the APK Signing Block footer claims ${footerSize} bytes; real blocks are a few KiB (at most ${MAX_BLOCK_SIZE}): the file is corrupt`,
    )
  }
  const totalSize = footerSize + 8
  const offset = end - totalSize
  if (offset < 0) {
    throw new ArtifactError(
      file,
      `the APK Signing Block footer claims ${footerSize} bytes, more than the ${end} bytes before the central directory: the file is truncated or corrupt`,
    )
  }
  const block = await zip.read(offset, totalSize)
  const headerSize = readU64(block, 0)
  if (headerSize !== footerSize) {
    throw new ArtifactError(
      file,
      `APK Signing Block size fields disagree (header ${headerSize}, footer ${footerSize}): the file is corrupt or was modified after signing`,
    )
  }
  return parseSigningBlock(block, offset, file)
}

/** Parses a whole block (header size through magic), as read from `offset` in the file. */
export function parseSigningBlock(block: Buffer, offset: number, file: string): SigningBlock {
  const ids: number[] = []
  const unsigned = new Map<number, Buffer>()
  const signers: BlockSigner[] = []
  const pairsEnd = block.length - FOOTER_SIZE
  let p = 8
  for (let index = 1; p < pairsEnd; index++) {
    if (pairsEnd - p < 8) {
      throw new ArtifactError(
        file,
        `the APK Signing Block is malformed: ${pairsEnd - p} stray bytes at offset ${offset + p} where entry #${index} should start`,
      )
    }
    const length = readU64(block, p)
    if (length < 4 || length > pairsEnd - p - 8) {
      throw new ArtifactError(
        file,
        `the APK Signing Block is malformed: entry #${index} at offset ${offset + p} claims ${length} bytes, ${length < 4 ? 'too few for its ID' : `but only ${pairsEnd - p - 8} remain in the block`}`,
      )
    }
    const id = block.readUInt32LE(p + 8)
    const value = block.subarray(p + 12, p + 8 + length)
    ids.push(id)
    const scheme = SCHEMES.get(id)
    if (scheme) signers.push(...parseSchemeBlock(value, scheme, file))
    // Of two pairs with one id the last is kept, as Walle's and VasDolly's readers keep it
    // (ApkUtil.findIdValues, V2SchemeUtil.getAllIdValue: a LinkedHashMap.put per pair): the channel
    // is the one the app reads at run time, not one written first to be seen by a checker.
    else unsigned.set(id, value)
    p += 8 + length
  }
  return { offset, size: block.length, ids, unsigned, signers }
}

/** A bounds-checked cursor over length-prefixed data; every failure names the scheme and the field. */
class Cursor {
  private position = 0
  constructor(
    private readonly buffer: Buffer,
    private readonly fail: (what: string) => never,
  ) {}

  get remaining(): number {
    return this.buffer.length - this.position
  }

  u32(what: string): number {
    if (this.remaining < 4) this.fail(`${what} is missing (${this.remaining} bytes left)`)
    const value = this.buffer.readUInt32LE(this.position)
    this.position += 4
    return value
  }

  /** A u32 read as the Java int it is (maxSdk is Integer.MAX_VALUE for "no bound"). */
  i32(what: string): number {
    return this.u32(what) | 0
  }

  bytes(what: string): Buffer {
    const length = this.u32(`the length of ${what}`)
    if (length > this.remaining) {
      this.fail(`${what} claims ${length} bytes but only ${this.remaining} remain`)
    }
    const value = this.buffer.subarray(this.position, this.position + length)
    this.position += length
    return value
  }

  cursor(what: string): Cursor {
    return new Cursor(this.bytes(what), this.fail)
  }
}

export function parseSchemeBlock(value: Buffer, scheme: BlockScheme, file: string): BlockSigner[] {
  const fail = (what: string): never => {
    throw new ArtifactError(
      file,
      `the ${SCHEME_NAMES[scheme]} block is malformed: ${what}; the file is corrupt or was modified after signing`,
    )
  }
  const v3 = scheme !== 'v2'
  const signers = new Cursor(value, fail).cursor('the signer list')
  const result: BlockSigner[] = []
  for (let n = 1; signers.remaining > 0; n++) {
    const signer = signers.cursor(`signer #${n}`)
    const signedData = signer.cursor(`signer #${n}'s signed data`)
    const found: BlockSigner = { scheme, certificates: [] }
    if (v3) {
      found.minSdk = signer.i32(`signer #${n}'s minSdkVersion`)
      found.maxSdk = signer.i32(`signer #${n}'s maxSdkVersion`)
    }
    signedData.bytes(`signer #${n}'s digests`)
    const certificates = signedData.cursor(`signer #${n}'s certificates`)
    for (let c = 1; certificates.remaining > 0; c++) {
      found.certificates.push(certificates.bytes(`signer #${n}'s certificate #${c}`))
    }
    if (found.certificates.length === 0) fail(`signer #${n} lists no certificate`)
    if (v3) {
      signedData.i32(`signer #${n}'s signed minSdkVersion`)
      signedData.i32(`signer #${n}'s signed maxSdkVersion`)
    }
    const attributes = signedData.cursor(`signer #${n}'s additional attributes`)
    while (attributes.remaining > 0) {
      const attribute = attributes.cursor(`an additional attribute of signer #${n}`)
      const id = attribute.u32(`the ID of an additional attribute of signer #${n}`)
      if (v3 && id === PROOF_OF_ROTATION_ATTR_ID) {
        if (found.lineage) fail(`signer #${n} has two proof-of-rotation records`)
        found.lineage = parseProofOfRotation(attribute, n, fail)
      }
    }
    result.push(found)
  }
  return result
}

function parseProofOfRotation(attribute: Cursor, signer: number, fail: (what: string) => never): Buffer[] {
  const where = `signer #${signer}'s proof-of-rotation record`
  attribute.u32(`the version of ${where}`)
  const certificates: Buffer[] = []
  for (let level = 1; attribute.remaining > 0; level++) {
    const node = attribute.cursor(`level #${level} of ${where}`)
    const signedData = node.cursor(`the signed data of level #${level} of ${where}`)
    certificates.push(signedData.bytes(`the certificate of level #${level} of ${where}`))
  }
  if (certificates.length === 0) fail(`${where} lists no certificate`)
  return certificates
}

function readU64(buffer: Buffer, offset: number): number {
  const value = buffer.readBigUInt64LE(offset)
  // Anything beyond 2^53 is corrupt anyway; keep it comparable and printable.
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(value)
}

function printable(bytes: Buffer): string {
  return [...bytes].map((b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '?')).join('')
}
