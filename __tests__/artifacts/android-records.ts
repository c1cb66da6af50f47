/**
 * Reads the tool output that scripts/fixtures/android.sh recorded next to each Android fixture
 * (`$ command`, output, `# exit N`), so the tests compare against what apksigner, keytool, aapt2 and
 * openssl said, not against values typed into the tests.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const ANDROID_FIXTURES = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../fixtures/android',
)

export function fixture(name: string): string {
  return path.join(ANDROID_FIXTURES, name)
}

export interface Section {
  command: string
  output: string
  exit: number
}

export function sections(record: string): Section[] {
  const result: Section[] = []
  let current: { command: string; lines: string[] } | undefined
  for (const line of readFileSync(fixture(record), 'utf8').split('\n')) {
    if (line.startsWith('$ ')) {
      current = { command: line.slice(2), lines: [] }
    } else if (current && /^# exit \d+$/.test(line)) {
      result.push({ command: current.command, output: current.lines.join('\n'), exit: Number(line.slice(7)) })
      current = undefined
    } else if (current) current.lines.push(line)
  }
  return result
}

export function section(record: string, matches: (command: string) => boolean): Section | undefined {
  return sections(record).find((s) => matches(s.command))
}

export interface ToolSigner {
  subject: string
  sha256: string
  sha1: string
  md5: string
  algorithm?: string
}

const hexUpper = (s: string) => s.replace(/:/g, '').toUpperCase()

/** `apksigner verify --print-certs` / `apksigner lineage --print-certs`: signers in order. */
export function apksignerSigners(output: string): ToolSigner[] {
  const signers = new Map<string, Partial<ToolSigner>>()
  for (const line of output.split('\n')) {
    const m =
      /^Signer #(\d+)(?: in lineage)? (certificate DN|certificate SHA-256 digest|certificate SHA-1 digest|certificate MD5 digest|key algorithm): (.*)$/.exec(
        line,
      )
    if (!m) continue
    const signer = signers.get(m[1]!) ?? {}
    signers.set(m[1]!, signer)
    const value = m[3]!
    if (m[2] === 'certificate DN') signer.subject = value
    else if (m[2] === 'certificate SHA-256 digest') signer.sha256 = hexUpper(value)
    else if (m[2] === 'certificate SHA-1 digest') signer.sha1 = hexUpper(value)
    else if (m[2] === 'certificate MD5 digest') signer.md5 = hexUpper(value)
    else signer.algorithm = value
  }
  return [...signers.values()] as ToolSigner[]
}

/** The schemes apksigner says verified (`Verified using v2 scheme (...): true`). */
export function apksignerSchemes(output: string): string[] {
  return [...output.matchAll(/^Verified using (v\d) scheme .*: true$/gm)].map((m) => m[1]!)
}

/** `keytool -printcert -jarfile`: owner and fingerprints per certificate, or [] for "Not a signed jar file". */
export function keytoolCertificates(output: string): { owner: string; sha1: string; sha256: string }[] {
  const certificates: { owner: string; sha1: string; sha256: string }[] = []
  for (const block of output.split(/^Certificate #\d+:$/m).slice(1)) {
    certificates.push({
      owner: /^Owner: (.*)$/m.exec(block)![1]!,
      sha1: hexUpper(/^\s+SHA1: (.*)$/m.exec(block)![1]!),
      sha256: hexUpper(/^\s+SHA256: (.*)$/m.exec(block)![1]!),
    })
  }
  return certificates
}

/** `aapt2 dump badging`: package name, versionCode, versionName. */
export function badging(output: string): {
  name: string
  versionCode: string
  versionName: string
  sdkVersion: string | undefined
} {
  const m = /^package: name='([^']*)' versionCode='([^']*)' versionName='([^']*)'/m.exec(output)
  if (!m) throw new Error(`no package line in aapt2 output:\n${output}`)
  const sdk = /^sdkVersion:'([^']*)'/m.exec(output)
  return { name: m[1]!, versionCode: m[2]!, versionName: m[3]!, sdkVersion: sdk?.[1] }
}

export interface OpensslCertificate {
  md5: string
  sha1: string
  sha256: string
  /** RFC 2253 subject with openssl's \XX escapes of UTF-8 bytes decoded. */
  subject: string
  modulus: string | null
  spki: string
}

/**
 * The openssl sections recorded for one certificate source (a v1 block `unzip -p APK ENTRY | openssl
 * pkcs7 …`, or `cat keys/X.pem`), keyed by that source.
 */
export function opensslCertificates(record: string): Map<string, OpensslCertificate> {
  const bySource = new Map<string, Partial<OpensslCertificate>>()
  for (const s of sections(record)) {
    const m = /^(.*) \| openssl x509 -noout (.*)$/.exec(s.command)
    if (!m) continue
    const source = m[1]!
    const cert = bySource.get(source) ?? {}
    bySource.set(source, cert)
    const flags = m[2]!
    const out = s.output.trim()
    if (flags.startsWith('-fingerprint')) {
      const [, digest, value] = /^(\w+) Fingerprint=(.*)$/.exec(out)!
      cert[digest!.toLowerCase() as 'md5' | 'sha1' | 'sha256'] = hexUpper(value!)
    } else if (flags.startsWith('-subject')) cert.subject = decodeOpensslEscapes(out.replace(/^subject=/, ''))
    else if (flags === '-modulus')
      cert.modulus = out.startsWith('Modulus=') && !/No modulus/.test(out) ? out.slice(8) : null
    else if (flags.startsWith('-pubkey')) cert.spki = out
  }
  return bySource as Map<string, OpensslCertificate>
}

function decodeOpensslEscapes(value: string): string {
  // openssl -nameopt RFC2253 writes each non-ASCII UTF-8 byte as \XX.
  const bytes: number[] = []
  for (let i = 0; i < value.length; i++) {
    const m = /^\\([0-9A-F]{2})/.exec(value.slice(i))
    if (m) {
      bytes.push(parseInt(m[1]!, 16))
      i += 2
    } else bytes.push(...Buffer.from(value[i]!, 'utf8'))
  }
  return Buffer.from(bytes).toString('utf8')
}

/**
 * A DN as a list of [TYPE, value] pairs, so that the same name compares equal however a tool writes it:
 * apksigner/keytool quote (`O="Example, Inc."`, `EMAILADDRESS=`), Node and openssl escape
 * (`O=Example\, Inc.`, `emailAddress=`), openssl omits the space after commas.
 */
export function dnParts(dn: string): [string, string][] {
  const parts: [string, string][] = []
  let i = 0
  while (i < dn.length) {
    while (dn[i] === ' ' || dn[i] === ',') i++
    const eq = dn.indexOf('=', i)
    if (eq < 0) break
    const type = dn.slice(i, eq).trim().toUpperCase()
    i = eq + 1
    let value = ''
    if (dn[i] === '"') {
      i++
      while (i < dn.length && dn[i] !== '"') value += dn[i++] === '\\' ? dn[i++] : dn[i - 1]
      i++
    } else {
      while (i < dn.length && dn[i] !== ',') {
        if (dn[i] === '\\') i++
        value += dn[i++]
      }
    }
    parts.push([type === 'E' ? 'EMAILADDRESS' : type, value.trim()])
  }
  return parts
}
