/**
 * MD5 (RFC 1321), SHA-1 and SHA-256 (FIPS 180-4) of a signing certificate's DER bytes, as uppercase
 * hex: the fingerprints a filing records. A certificate is a kilobyte or two, so plain JavaScript is
 * fast enough, and it spares `inspect` loading `node:crypto`, which with the stream layer it pulls in
 * was about half of what `inspect` added to bare Node's start-up (issue 10). A test holds all three to
 * `node:crypto` on every length up to several blocks and on random inputs, and the fixtures' values
 * come from apksigner, keytool and openssl.
 *
 * Bounded: JavaScript hashes at most IN_JAVASCRIPT_BYTES per process (the first certificates of a
 * run); anything larger, or beyond that, goes to `node:crypto`. A signing block or an IPA signature may
 * hold a 64 MiB certificate, or a provisioning profile dozens of them, which interpreted hashing would
 * take seconds over.
 */
import { loadBuiltin } from '../builtins.js'

/**
 * About two signing certificates' three digests. Interpreted hashing costs 2–5 ms a certificate, loading
 * `node:crypto` 3.5–7 ms once: beyond a couple of certificates (a profile listing a dozen) it is cheaper.
 */
const IN_JAVASCRIPT_BYTES = 12 * 1024
let hashedInJavaScript = 0

/**
 * Bytes hashed in JavaScript so far in this process (each digest counts its message): what the
 * tests check routing by. The *InJavaScript functions count, so a call that bypasses the budget shows.
 */
export function bytesHashedInJavaScript(): number {
  return hashedInJavaScript
}

/** Whether `bytes` more may be hashed in JavaScript within the budget. */
function withinBudget(bytes: number): boolean {
  return hashedInJavaScript + bytes <= IN_JAVASCRIPT_BYTES
}

function hashByNode(algorithm: 'md5' | 'sha1' | 'sha256', message: Uint8Array): string {
  return loadBuiltin('node:crypto').createHash(algorithm).update(message).digest('hex').toUpperCase()
}

/** SHA-256 alone (a key-rotation lineage's certificates). */
export function sha256(message: Uint8Array): string {
  return withinBudget(message.length) ? sha256InJavaScript(message) : hashByNode('sha256', message)
}

export interface Fingerprints {
  md5: string
  sha1: string
  sha256: string
}

/**
 * A certificate's three fingerprints, all by one route: the budget is charged for all three at once,
 * so that a certificate is never hashed partly in JavaScript and then loads `node:crypto` anyway; and
 * a caller that already loaded it (OpenSSL read the certificate) hashes with it.
 */
export function fingerprintsOf(der: Uint8Array, cryptoLoaded: boolean): Fingerprints {
  if (!cryptoLoaded && withinBudget(3 * der.length))
    return { md5: md5InJavaScript(der), sha1: sha1InJavaScript(der), sha256: sha256InJavaScript(der) }
  return { md5: hashByNode('md5', der), sha1: hashByNode('sha1', der), sha256: hashByNode('sha256', der) }
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).toUpperCase().padStart(2, '0'))

// Written for V8's interpreter, which runs this code: a process reads a handful of certificates, never
// enough to optimise it. So no array destructuring (it runs the iterator protocol) and no arrays built
// per round: 32-bit words in typed arrays, read from the bytes by hand.

function hex(words: Int32Array, littleEndian: boolean): string {
  let out = ''
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!
    for (let i = 0; i < 4; i++) out += HEX[(word >>> (littleEndian ? 8 * i : 24 - 8 * i)) & 0xff]
  }
  return out
}

/**
 * The message padded to whole 64-byte blocks: a 0x80 byte, zeros, then the length in bits as a 64-bit
 * number (little-endian for MD5, big-endian for SHA).
 */
function padded(message: Uint8Array, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(Math.ceil((message.length + 9) / 64) * 64)
  bytes.set(message)
  bytes[message.length] = 0x80
  const view = new DataView(bytes.buffer)
  const bits = message.length * 8
  const high = Math.floor(bits / 0x100000000)
  const low = bits >>> 0
  if (littleEndian) {
    view.setUint32(bytes.length - 8, low, true)
    view.setUint32(bytes.length - 4, high, true)
  } else {
    view.setUint32(bytes.length - 8, high)
    view.setUint32(bytes.length - 4, low)
  }
  return bytes
}

const rotl = (x: number, n: number): number => (x << n) | (x >>> (32 - n))
const rotr = (x: number, n: number): number => (x >>> n) | (x << (32 - n))

// RFC 1321 §3.4: the shift amounts of each round, and T[i] = floor(2^32 · |sin(i + 1)|).
const MD5_SHIFTS = Int32Array.of(7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21)
const MD5_T = Int32Array.of(
  0xd76aa478,
  0xe8c7b756,
  0x242070db,
  0xc1bdceee,
  0xf57c0faf,
  0x4787c62a,
  0xa8304613,
  0xfd469501,
  0x698098d8,
  0x8b44f7af,
  0xffff5bb1,
  0x895cd7be,
  0x6b901122,
  0xfd987193,
  0xa679438e,
  0x49b40821,
  0xf61e2562,
  0xc040b340,
  0x265e5a51,
  0xe9b6c7aa,
  0xd62f105d,
  0x02441453,
  0xd8a1e681,
  0xe7d3fbc8,
  0x21e1cde6,
  0xc33707d6,
  0xf4d50d87,
  0x455a14ed,
  0xa9e3e905,
  0xfcefa3f8,
  0x676f02d9,
  0x8d2a4c8a,
  0xfffa3942,
  0x8771f681,
  0x6d9d6122,
  0xfde5380c,
  0xa4beea44,
  0x4bdecfa9,
  0xf6bb4b60,
  0xbebfbc70,
  0x289b7ec6,
  0xeaa127fa,
  0xd4ef3085,
  0x04881d05,
  0xd9d4d039,
  0xe6db99e5,
  0x1fa27cf8,
  0xc4ac5665,
  0xf4292244,
  0x432aff97,
  0xab9423a7,
  0xfc93a039,
  0x655b59c3,
  0x8f0ccc92,
  0xffeff47d,
  0x85845dd1,
  0x6fa87e4f,
  0xfe2ce6e0,
  0xa3014314,
  0x4e0811a1,
  0xf7537e82,
  0xbd3af235,
  0x2ad7d2bb,
  0xeb86d391,
)

/** MD5 in JavaScript (exported for the test that holds it to node:crypto). */
export function md5InJavaScript(message: Uint8Array): string {
  hashedInJavaScript += message.length
  const bytes = padded(message, true)
  const state = Int32Array.of(0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476)
  const x = new Int32Array(16)
  for (let block = 0; block < bytes.length; block += 64) {
    for (let i = 0, j = block; i < 16; i++, j += 4)
      x[i] = bytes[j]! | (bytes[j + 1]! << 8) | (bytes[j + 2]! << 16) | (bytes[j + 3]! << 24)
    let a = state[0]!
    let b = state[1]!
    let c = state[2]!
    let d = state[3]!
    for (let i = 0; i < 64; i++) {
      let f: number
      let k: number
      if (i < 16) {
        f = (b & c) | (~b & d)
        k = i
      } else if (i < 32) {
        f = (d & b) | (~d & c)
        k = (5 * i + 1) & 15
      } else if (i < 48) {
        f = b ^ c ^ d
        k = (3 * i + 5) & 15
      } else {
        f = c ^ (b | ~d)
        k = (7 * i) & 15
      }
      const sum = (a + f + MD5_T[i]! + x[k]!) | 0
      a = d
      d = c
      c = b
      b = (b + rotl(sum, MD5_SHIFTS[((i >> 4) << 2) | (i & 3)]!)) | 0
    }
    state[0] = state[0]! + a
    state[1] = state[1]! + b
    state[2] = state[2]! + c
    state[3] = state[3]! + d
  }
  return hex(state, true)
}

function readWordsBigEndian(bytes: Uint8Array, block: number, w: Int32Array): void {
  for (let i = 0, j = block; i < 16; i++, j += 4)
    w[i] = (bytes[j]! << 24) | (bytes[j + 1]! << 16) | (bytes[j + 2]! << 8) | bytes[j + 3]!
}

/** SHA-1 in JavaScript (exported for the test that holds it to node:crypto). */
export function sha1InJavaScript(message: Uint8Array): string {
  hashedInJavaScript += message.length
  const bytes = padded(message, false)
  const state = Int32Array.of(0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0)
  const w = new Int32Array(80)
  for (let block = 0; block < bytes.length; block += 64) {
    readWordsBigEndian(bytes, block, w)
    for (let i = 16; i < 80; i++) w[i] = rotl(w[i - 3]! ^ w[i - 8]! ^ w[i - 14]! ^ w[i - 16]!, 1)
    let a = state[0]!
    let b = state[1]!
    let c = state[2]!
    let d = state[3]!
    let e = state[4]!
    for (let i = 0; i < 80; i++) {
      let f: number
      let k: number
      if (i < 20) {
        f = (b & c) | (~b & d)
        k = 0x5a827999
      } else if (i < 40) {
        f = b ^ c ^ d
        k = 0x6ed9eba1
      } else if (i < 60) {
        f = (b & c) | (b & d) | (c & d)
        k = 0x8f1bbcdc
      } else {
        f = b ^ c ^ d
        k = 0xca62c1d6
      }
      const t = (rotl(a, 5) + f + e + k + w[i]!) | 0
      e = d
      d = c
      c = rotl(b, 30)
      b = a
      a = t
    }
    state[0] = state[0]! + a
    state[1] = state[1]! + b
    state[2] = state[2]! + c
    state[3] = state[3]! + d
    state[4] = state[4]! + e
  }
  return hex(state, false)
}

// FIPS 180-4 §4.2.2 and §5.3.3: the first 32 bits of the fractional parts of the cube roots of the
// first 64 primes, and of the square roots of the first 8.
const SHA256_K = Int32Array.of(
  0x428a2f98,
  0x71374491,
  0xb5c0fbcf,
  0xe9b5dba5,
  0x3956c25b,
  0x59f111f1,
  0x923f82a4,
  0xab1c5ed5,
  0xd807aa98,
  0x12835b01,
  0x243185be,
  0x550c7dc3,
  0x72be5d74,
  0x80deb1fe,
  0x9bdc06a7,
  0xc19bf174,
  0xe49b69c1,
  0xefbe4786,
  0x0fc19dc6,
  0x240ca1cc,
  0x2de92c6f,
  0x4a7484aa,
  0x5cb0a9dc,
  0x76f988da,
  0x983e5152,
  0xa831c66d,
  0xb00327c8,
  0xbf597fc7,
  0xc6e00bf3,
  0xd5a79147,
  0x06ca6351,
  0x14292967,
  0x27b70a85,
  0x2e1b2138,
  0x4d2c6dfc,
  0x53380d13,
  0x650a7354,
  0x766a0abb,
  0x81c2c92e,
  0x92722c85,
  0xa2bfe8a1,
  0xa81a664b,
  0xc24b8b70,
  0xc76c51a3,
  0xd192e819,
  0xd6990624,
  0xf40e3585,
  0x106aa070,
  0x19a4c116,
  0x1e376c08,
  0x2748774c,
  0x34b0bcb5,
  0x391c0cb3,
  0x4ed8aa4a,
  0x5b9cca4f,
  0x682e6ff3,
  0x748f82ee,
  0x78a5636f,
  0x84c87814,
  0x8cc70208,
  0x90befffa,
  0xa4506ceb,
  0xbef9a3f7,
  0xc67178f2,
)

/** SHA-256 in JavaScript (exported for the test that holds it to node:crypto). */
export function sha256InJavaScript(message: Uint8Array): string {
  hashedInJavaScript += message.length
  const bytes = padded(message, false)
  const state = Int32Array.of(
    0x6a09e667,
    0xbb67ae85,
    0x3c6ef372,
    0xa54ff53a,
    0x510e527f,
    0x9b05688c,
    0x1f83d9ab,
    0x5be0cd19,
  )
  const w = new Int32Array(64)
  for (let block = 0; block < bytes.length; block += 64) {
    readWordsBigEndian(bytes, block, w)
    for (let i = 16; i < 64; i++) {
      const w15 = w[i - 15]!
      const w2 = w[i - 2]!
      const s0 = rotr(w15, 7) ^ rotr(w15, 18) ^ (w15 >>> 3)
      const s1 = rotr(w2, 17) ^ rotr(w2, 19) ^ (w2 >>> 10)
      w[i] = w[i - 16]! + s0 + w[i - 7]! + s1
    }
    let a = state[0]!
    let b = state[1]!
    let c = state[2]!
    let d = state[3]!
    let e = state[4]!
    let f = state[5]!
    let g = state[6]!
    let h = state[7]!
    for (let i = 0; i < 64; i++) {
      const t1 =
        (h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + SHA256_K[i]! + w[i]!) | 0
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0
      h = g
      g = f
      f = e
      e = (d + t1) | 0
      d = c
      c = b
      b = a
      a = (t1 + t2) | 0
    }
    state[0] = state[0]! + a
    state[1] = state[1]! + b
    state[2] = state[2]! + c
    state[3] = state[3]! + d
    state[4] = state[4]! + e
    state[5] = state[5]! + f
    state[6] = state[6]! + g
    state[7] = state[7]! + h
  }
  return hex(state, false)
}
