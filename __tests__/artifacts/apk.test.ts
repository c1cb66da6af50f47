import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { X509Certificate } from 'node:crypto'
import { readApk, chooseSigners, type FoundSigner } from '../../src/artifacts/apk/index.js'
import { codenameMinSdk, parseBinaryManifest } from '../../src/artifacts/apk/axml.js'
import { randomBytes } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { deflated, zip as zipArchive } from '../hostile/generators/zip.js'
import { tempDir } from '../helpers/temp-dir.js'
import {
  APK_SIGNATURE_SCHEME_V3_BLOCK_ID,
  APK_SIGNATURE_SCHEME_V31_BLOCK_ID,
  parseSigningBlock,
  readSigningBlock,
} from '../../src/artifacts/apk/signing-block.js'
import { openZip } from '../../src/artifacts/zip.js'
import { ArtifactError, type SignerInfo } from '../../src/artifacts/types.js'
import {
  apksignerSchemes,
  apksignerSigners,
  badging,
  dnParts,
  fixture,
  keytoolCertificates,
  opensslCertificates,
  section,
  type OpensslCertificate,
  type ToolSigner,
} from './android-records.js'

const SIGNED = [
  'rsa-v123',
  'ec-v123',
  'rsa-v23',
  'ec-v23',
  'rsa-v23-minsdk21',
  'rsa-v1',
  'rsa-v2',
  'dsa-v12',
  'utf8-manifest',
  'rotated',
]

/** What apksigner reports for current devices; with --min-sdk-version 24 where plain verify refuses. */
function apksignerVerify(name: string) {
  const verify = (flags: (c: string) => boolean) =>
    section(`${name}.txt`, (c) => c.startsWith('apksigner verify') && flags(c))
  const plain = verify((c) => !c.includes('--min-sdk-version') && !c.includes('--max-sdk-version'))!
  return plain.exit === 0 ? plain : verify((c) => c.includes('--min-sdk-version 24'))!
}

function expectSameSigner(actual: SignerInfo, tool: ToolSigner) {
  expect({ sha256: actual.sha256, sha1: actual.sha1, md5: actual.md5 }).toEqual({
    sha256: tool.sha256,
    sha1: tool.sha1,
    md5: tool.md5,
  })
  // Character for character: the subject is printed the way apksigner prints it.
  expect(actual.subject).toBe(tool.subject)
  if (tool.algorithm) expect(actual.publicKey.algorithm).toBe(tool.algorithm)
}

function expectOpenssl(actual: SignerInfo, truth: OpensslCertificate) {
  expect({
    md5: actual.md5,
    sha1: actual.sha1,
    sha256: actual.sha256,
    modulus: actual.publicKey.modulus,
    spki: actual.publicKey.spki,
  }).toEqual({
    md5: truth.md5,
    sha1: truth.sha1,
    sha256: truth.sha256,
    modulus: truth.modulus,
    spki: truth.spki,
  })
  expect(dnParts(actual.subject)).toEqual(dnParts(truth.subject))
}

const read = (name: string) => readApk(fixture(`${name}.apk`), `${name}.apk`)

describe('readApk on APKs signed by apksigner', () => {
  it.each(SIGNED)('%s: package and versions as aapt2 dump badging prints them', async (name) => {
    const truth = badging(section(`${name}.txt`, (c) => c.startsWith('aapt2 dump badging'))!.output)
    const apk = await read(name)
    expect(apk).toMatchObject({
      file: `${name}.apk`,
      type: 'apk',
      platform: 'android',
      id: truth.name,
      version: truth.versionName,
      build: truth.versionCode,
    })
  })

  it.each(SIGNED)('%s: the effective signer is the one apksigner verifies', async (name) => {
    const verify = apksignerVerify(name)
    expect(verify.exit).toBe(0)
    const [tool, ...others] = apksignerSigners(verify.output)
    expect(others).toEqual([])
    const apk = await read(name)
    expectSameSigner(apk.signers[apk.effectiveSigner]!, tool!)
  })

  it.each(SIGNED.filter((n) => n !== 'rotated'))(
    '%s: one signer, carrying exactly the schemes apksigner verified',
    async (name) => {
      const apk = await read(name)
      expect(apk.signers).toHaveLength(1)
      expect(apk.effectiveSigner).toBe(0)
      expect(apk.signers[0]!.schemes).toEqual(apksignerSchemes(apksignerVerify(name).output))
      expect(apk.signers[0]!.lineage).toBeUndefined()
      expect(apk.notes).toEqual([])
    },
  )

  it.each([...SIGNED, 'multi-signer'])(
    '%s: v1 signers are the certificates of the META-INF blocks (openssl, keytool)',
    async (name) => {
      const apk = await read(name)
      const v1 = apk.signers.filter((s) => s.schemes.includes('v1'))
      const blocks = [...opensslCertificates(`${name}.txt`)].filter(([source]) => source.startsWith('unzip'))
      expect(v1).toHaveLength(blocks.length)
      for (const [, truth] of blocks)
        expectOpenssl(
          v1.find((s) => s.sha256 === truth.sha256)!,
          truth,
        )

      const keytool = keytoolCertificates(
        section(`${name}.txt`, (c) => c.startsWith('keytool -printcert'))!.output,
      )
      expect(keytool.map((k) => ({ sha1: k.sha1, sha256: k.sha256 }))).toEqual(
        v1.map((s) => ({ sha1: s.sha1, sha256: s.sha256 })),
      )
      keytool.forEach((k, i) => expect(v1[i]!.subject).toBe(k.owner))
    },
  )

  it.each(SIGNED)(
    '%s: public key (RSA modulus, SPKI) as openssl prints it for the keystore certificate',
    async (name) => {
      const apk = await read(name)
      const keys = [...opensslCertificates(`${name}.txt`)].filter(([source]) =>
        source.startsWith('cat keys/'),
      )
      expect(keys.length).toBeGreaterThan(0)
      for (const [, truth] of keys) {
        const signer = apk.signers.find((s) => s.sha256 === truth.sha256)
        expect(signer).toBeDefined()
        expectOpenssl(signer!, truth)
      }
    },
  )

  it('v3 signers carry the SDK range of the block', async () => {
    const apk = await read('rsa-v23')
    expect(apk.signers[0]).toMatchObject({ minSdk: 24, maxSdk: 2147483647 })
    expect((await read('rsa-v1')).signers[0]!.minSdk).toBeUndefined()
  })
})

describe('readApk with two signers at once (multi-signer.apk: v1 and v2 signed by the RSA and the EC key)', () => {
  it('lists the signers apksigner verifies, each with v1 and v2, and names none as the filed one', async () => {
    const verify = apksignerVerify('multi-signer')
    expect(verify.exit).toBe(0)
    const tools = apksignerSigners(verify.output)
    expect(tools).toHaveLength(2)
    const apk = await read('multi-signer')
    expect(apk.signers).toHaveLength(2)
    for (const tool of tools)
      expectSameSigner(
        apk.signers.find((s) => s.sha256 === tool.sha256)!,
        tool,
      )
    expect(apk.signers.map((s) => s.schemes)).toEqual([
      ['v1', 'v2'],
      ['v1', 'v2'],
    ])
    // Not a key rotation: no signer is chosen, and no lineage is made up.
    expect(apk.effectiveSigner).toBe(-1)
    expect(apk.signers.map((s) => s.lineage)).toEqual([undefined, undefined])
    expect(apk.notes).toEqual([
      expect.stringMatching(
        /^v2 is signed by 2 signers together \(CN=Demo RSA, .*; CN=示例商城 EC, .*\): Android requires every one of them .* a filing records one signing certificate$/,
      ),
    ])
  })
})

const CERTIFICATES = ['rsa', 'ec', 'dsa'].map(
  (key) => new X509Certificate(readFileSync(fixture(`keys/${key}.pem`))).raw,
) as [Buffer, Buffer, Buffer]

/** chooseSigners over the fixture keys A (RSA), B (EC) and C (DSA), with its notes. */
function choose(found: FoundSigner[], minSdk: number) {
  const notes: string[] = []
  return { ...chooseSigners(found, 'app.apk', notes, minSdk), notes }
}

describe('chooseSigners: co-signers of v1 or v2 are never taken for a rotation', () => {
  const [A, B, C] = CERTIFICATES

  it('v1 and v2 by two keys: no filed signer, one note for the co-signers', () => {
    const { signers, effectiveSigner, notes } = choose(
      [
        { scheme: 'v1', certificate: A },
        { scheme: 'v1', certificate: B },
        { scheme: 'v2', certificate: A },
        { scheme: 'v2', certificate: B },
      ],
      21,
    )
    expect(effectiveSigner).toBe(-1)
    expect(signers.map((s) => s.lineage)).toEqual([undefined, undefined])
    expect(notes).toEqual([expect.stringMatching(/^v2 is signed by 2 signers together/)])
  })

  it('v1 and v2 by two keys, v3 by a third, from minSdkVersion 28: the v3 signer, and no rotation', () => {
    const { signers, effectiveSigner, notes } = choose(
      [
        { scheme: 'v1', certificate: A },
        { scheme: 'v1', certificate: B },
        { scheme: 'v2', certificate: A },
        { scheme: 'v2', certificate: B },
        { scheme: 'v3', certificate: C, minSdk: 28 },
      ],
      28,
    )
    expect(signers[effectiveSigner]!.subject).toBe('CN=Demo DSA, O=Example, C=CN')
    expect(signers.map((s) => s.lineage)).toEqual([undefined, undefined, undefined])
    expect(notes).toEqual([
      expect.stringMatching(
        /^v1\/v2 are also signed by CN=Demo RSA, .*no device that installs the APK verifies \(minSdkVersion 28\)/,
      ),
      expect.stringMatching(/^v1\/v2 are also signed by CN=示例商城 EC, .*no part of the app's identity$/),
    ])
    expect(notes.join('\n')).not.toMatch(/key rotation/)
  })

  it('v1 by two keys, v2 by one of them, v3 by a third with a lineage from it: a rotation from the v2 key only', () => {
    const { signers, effectiveSigner, notes } = choose(
      [
        { scheme: 'v1', certificate: A },
        { scheme: 'v1', certificate: B },
        { scheme: 'v2', certificate: A },
        { scheme: 'v3', certificate: C, minSdk: 28, lineage: [A, C] },
      ],
      24,
    )
    const [a, b, c] = signers as [SignerInfo, SignerInfo, SignerInfo]
    expect(signers[effectiveSigner]).toBe(c)
    expect(c.lineage).toEqual([a.sha256, c.sha256])
    expect(notes).toEqual([
      expect.stringMatching(
        /^key rotation: v1\/v2 are signed by CN=Demo RSA, [^;]*, v3 by CN=Demo DSA.*its proof-of-rotation lineage has 2 certificates/,
      ),
      expect.stringMatching(/^v1 is also signed by CN=示例商城 EC.*\(minSdkVersion 24\)/),
    ])
    expect(notes[0]).not.toContain(b.sha256)
  })
})

// apksig's ApkVerifier refuses these over the devices that install the APK, and so does the gate: an
// APK whose schemes name keys that do not agree has no one identity to check against a filing.
describe('chooseSigners: schemes whose signers Android does not accept together are refused', () => {
  const [A, B, C] = CERTIFICATES
  const refused = (found: FoundSigner[], minSdk: number) => {
    try {
      choose(found, minSdk)
    } catch (error) {
      expect(error).toBeInstanceOf(ArtifactError)
      return (error as Error).message
    }
    throw new Error('accepted')
  }

  it('v1 by one key and v2 by another, from minSdkVersion 21; accepted from 24, where no device verifies v1', () => {
    const found: FoundSigner[] = [
      { scheme: 'v1', certificate: A },
      { scheme: 'v2', certificate: B },
    ]
    expect(refused(found, 21)).toMatch(
      /^its v1 \(JAR\) signature is signed by CN=Demo RSA, O=Example, C=CN \(SHA-256 [0-9A-F]{64}\) but its v2 signature by CN=示例商城 EC, .* \(minSdkVersion 21, so devices before Android 7\.0 install it and verify both\): apksigner verify rejects it \("No JAR signature from this signer"\)\. Sign every scheme in one apksigner run with the filed key\.$/,
    )
    const { signers, effectiveSigner, notes } = choose(found, 24)
    expect(signers[effectiveSigner]!.subject).toMatch(/^CN=示例商城 EC/)
    expect(signers[effectiveSigner]!.lineage).toBeUndefined()
    expect(notes).toEqual([expect.stringMatching(/^v1 is also signed by CN=Demo RSA/)])
  })

  it('v1 by two keys and v2 by one of them, from minSdkVersion 21', () => {
    expect(
      refused(
        [
          { scheme: 'v1', certificate: A },
          { scheme: 'v1', certificate: B },
          { scheme: 'v2', certificate: A },
        ],
        21,
      ),
    ).toMatch(
      /its v1 \(JAR\) signature is signed by CN=Demo RSA, .*; CN=示例商城 EC, .* but its v2 signature by CN=Demo RSA/,
    )
  })

  it('v2 by one key and v3 by another with no lineage, below minSdkVersion 28; accepted from 28', () => {
    const found: FoundSigner[] = [
      { scheme: 'v2', certificate: A },
      { scheme: 'v3', certificate: C, minSdk: 24 },
    ]
    expect(refused(found, 24)).toMatch(
      /its v3 signature is signed by CN=Demo DSA, .* but its v2 signature by CN=Demo RSA, .*, and no proof-of-rotation lineage links them \(minSdkVersion 24, so devices before Android 9 install it and verify v2\): apksigner verify rejects it \("v3 signer differs from v1\/v2 signer without proper signing certificate lineage"\)/,
    )
    expect(choose(found, 28).notes).toEqual([expect.stringMatching(/^v2 is also signed by CN=Demo RSA/)])
  })

  it('v1 and v2 by one key, v3 by another with no lineage, from minSdkVersion 21: v1 is the earlier signer', () => {
    expect(
      refused(
        [
          { scheme: 'v1', certificate: A },
          { scheme: 'v2', certificate: A },
          { scheme: 'v3', certificate: B, minSdk: 24 },
        ],
        21,
      ),
    ).toMatch(/but its v1 signature by CN=Demo RSA, .*and no proof-of-rotation lineage links them/)
  })

  it('a lineage that does not start at the earlier signer', () => {
    expect(
      refused(
        [
          { scheme: 'v2', certificate: A },
          { scheme: 'v3', certificate: C, minSdk: 24, lineage: [B, C] },
        ],
        24,
      ),
    ).toMatch(/and its proof-of-rotation lineage does not start at the v2 signer/)
  })

  it('v2 by two keys together with a v3 signer, below minSdkVersion 28', () => {
    expect(
      refused(
        [
          { scheme: 'v2', certificate: A },
          { scheme: 'v2', certificate: B },
          { scheme: 'v3', certificate: A, minSdk: 24 },
        ],
        24,
      ),
    ).toMatch(
      /^it has a v3 signature, but its v2 has 2 signers \(.*\) \(minSdkVersion 24.*"Multiple signatures found for pre-v3 signing/,
    )
  })

  // Android 7.0–8.1 know no v3: with no v2 signer they verify v1 (apksig skips v1 from minSdk 24,
  // devices do not), so the v1 key is the app's on them and must agree with the v3 key.
  it('v1 and v3 with no v2: from minSdkVersion 24 to 27, the v1 signer is the earlier one', () => {
    const found: FoundSigner[] = [
      { scheme: 'v1', certificate: A },
      { scheme: 'v3', certificate: C, minSdk: 24 },
    ]
    expect(refused(found, 24)).toMatch(
      /but its v1 signature by CN=Demo RSA, .*no proof-of-rotation lineage links them/,
    )
    expect(choose(found, 28).notes).toEqual([expect.stringMatching(/^v1 is also signed by CN=Demo RSA/)])
  })

  it('two SDK-ranged v3 signers with no lineage beside an earlier signer', () => {
    expect(
      refused(
        [
          { scheme: 'v2', certificate: A },
          { scheme: 'v3', certificate: A, minSdk: 24, maxSdk: 32 },
          { scheme: 'v3', certificate: C, minSdk: 33, maxSdk: 2147483647 },
        ],
        24,
      ),
    ).toMatch(/no proof-of-rotation lineage links them/)
  })
})

describe('readApk where v1 is signed by another key than v2/v3, with no lineage (v1-other-key*.apk, apksig)', () => {
  const certificates = (name: string) => {
    const all = [...opensslCertificates(`${name}.txt`)]
    const of = (prefix: string) => all.filter(([source]) => source.startsWith(prefix)).map(([, c]) => c)
    return { v1: of('unzip')[0]!, v2: of('cat keys/')[0]! }
  }

  it('minSdkVersion 21: refused, naming both keys, as apksigner verify refuses it', async () => {
    const verify = section('v1-other-key.txt', (c) => c.startsWith('apksigner verify'))!
    expect(verify.exit).not.toBe(0)
    expect(verify.output).toContain('No JAR signature from this signer')
    const { v1, v2 } = certificates('v1-other-key')
    expect(v1.sha256).not.toBe(v2.sha256)
    const error = await read('v1-other-key').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ArtifactError)
    expect((error as ArtifactError).message).toContain(
      `its v1 (JAR) signature is signed by CN=Demo RSA, O=Example, C=CN (SHA-256 ${v1.sha256}) but its v2 signature by CN=示例商城 EC,`,
    )
    expect((error as ArtifactError).message).toContain(`(SHA-256 ${v2.sha256}) (minSdkVersion 21,`)
  })

  it('minSdkVersion 24: the signer apksigner verifies, and the v1 key named as no part of the identity', async () => {
    const [tool, ...others] = apksignerSigners(apksignerVerify('v1-other-key-minsdk24').output)
    expect(others).toEqual([])
    const apk = await read('v1-other-key-minsdk24')
    const effective = apk.signers[apk.effectiveSigner]!
    expectSameSigner(effective, tool!)
    expect(effective.schemes).toEqual(apksignerSchemes(apksignerVerify('v1-other-key-minsdk24').output))
    expect(effective.lineage).toBeUndefined()
    const { v1 } = certificates('v1-other-key-minsdk24')
    const legacy = apk.signers.find((s) => s !== effective)!
    expectOpenssl(legacy, v1)
    expect(apk.notes).toEqual([
      `v1 is also signed by ${legacy.subject} (SHA-256 ${v1.sha256}), which no device that installs the APK verifies (minSdkVersion 24); it is no part of the app's identity`,
    ])
  })
})

describe('readApk on signer shapes apksig counts its own way (apksigner verify as the truth)', () => {
  it('a preview codename as minSdkVersion counts as apksig counts it: "Q" is API 27, so v1 is not verified', async () => {
    const verify = apksignerVerify('v1-other-key-codename')
    expect(verify.exit).toBe(0)
    const [tool] = apksignerSigners(verify.output)
    const apk = await read('v1-other-key-codename')
    expectSameSigner(apk.signers[apk.effectiveSigner]!, tool!)
    expect(apk.notes).toEqual([
      expect.stringMatching(/^v1 is also signed by CN=Demo RSA.*\(minSdkVersion 27\)/),
    ])
  })

  it('a JAR signature block with no .SF beside it is no signer (apksigner: a partial JAR signature)', async () => {
    const verify = apksignerVerify('stray-jar-block')
    expect(verify.exit).toBe(0)
    expect(verify.output).toContain(
      'Partial JAR signature. Found: META-INF/STRAY.EC, missing: META-INF/STRAY.SF',
    )
    const [tool, ...others] = apksignerSigners(verify.output)
    expect(others).toEqual([])
    const apk = await read('stray-jar-block')
    expect(apk.signers).toHaveLength(1)
    expectSameSigner(apk.signers[0]!, tool!)
    expect(apk.signers[0]!.schemes).toEqual(apksignerSchemes(verify.output))
    expect(apk.notes).toEqual([])
  })

  // A signature file whose main section is longer than the head the reader inflates (padding no
  // tool writes) could hide its version line: its block still counts as a signer (fail closed).
  it('a JAR signer whose .SF pads its main section past the head read still counts', async () => {
    const zip = await openZip(fixture('rsa-v1.apk'), 'rsa-v1.apk')
    const entries = []
    try {
      for (const e of zip.entries) {
        let data = await zip.readEntry(e, 1 << 20)
        if (e.name.endsWith('.SF')) {
          const padding = Array.from(
            { length: 200 },
            (_, i) => `X-Pad-${i}: ${randomBytes(45).toString('base64')}\r\n`,
          )
          data = Buffer.from(`${padding.join('')}${data.toString('latin1')}`, 'latin1')
        }
        entries.push(deflated(e.name, data))
      }
    } finally {
      await zip.close()
    }
    const file = path.join(await tempDir('cfg-apk-'), 'padded.apk')
    await writeFile(file, zipArchive(entries))
    const apk = await readApk(file, 'padded.apk')
    expect(apk.signers.map((s) => s.schemes)).toEqual([['v1']])
  })

  it('two v1 signers of one key under a v3 signature are refused, as apksigner refuses them', async () => {
    const verify = section('v1-two-signers-one-key.txt', (c) => c.startsWith('apksigner verify'))!
    expect(verify.exit).not.toBe(0)
    expect(verify.output).toContain('Multiple signatures found for pre-v3 signing')
    await expect(read('v1-two-signers-one-key')).rejects.toThrow(
      /it has a v3 signature, but its v1 has 2 signers \(CN=Demo RSA, O=Example, C=CN \(SHA-256 [0-9A-F]{64}\)\) \(minSdkVersion 21/,
    )
  })

  it("codenameMinSdk: apksig's table, counted on past its last letter, and 1 for what it cannot read", () => {
    expect(
      ['C', 'Froyo', 'Lollipop', 'N', 'O', 'P', 'Q', 'Tiramisu', 'A', 'B', 'q', '', '7'].map(codenameMinSdk),
    ).toEqual([2, 7, 20, 23, 25, 26, 27, 30, 1, 1, 1, 1, 1])
  })
})

describe('readApk with key rotation (rotated.apk: v1/v2 old RSA key, v3 new EC key with a lineage)', () => {
  const record = 'rotated.txt'

  it('reports both signers, each with its schemes, and the v3 signer as effective', async () => {
    const apk = await read('rotated')
    const current = apksignerSigners(apksignerVerify('rotated').output)[0]!
    const legacy = apksignerSigners(section(record, (c) => c.includes('--max-sdk-version 27'))!.output)[0]!
    expect(apk.signers).toHaveLength(2)
    const effective = apk.signers[apk.effectiveSigner]!
    expectSameSigner(effective, current)
    expect(effective.schemes).toEqual(['v3'])
    const old = apk.signers.find((s) => s !== effective)!
    expectSameSigner(old, legacy)
    expect(old.schemes).toEqual(['v1', 'v2'])
  })

  it('the effective signer carries the lineage apksigner lineage prints, oldest first', async () => {
    const apk = await read('rotated')
    const lineage = apksignerSigners(section(record, (c) => c.startsWith('apksigner lineage'))!.output)
    expect(lineage).toHaveLength(2)
    expect(apk.signers[apk.effectiveSigner]!.lineage).toEqual(lineage.map((s) => s.sha256))
    expect(apk.signers.find((s) => s.lineage === undefined)!.sha256).toBe(lineage[0]!.sha256)
  })

  it('explains which signer the filing must record and why', async () => {
    const apk = await read('rotated')
    const [old, current] = apksignerSigners(section(record, (c) => c.startsWith('apksigner lineage'))!.output)
    const effective = apk.signers[apk.effectiveSigner]!
    const legacy = apk.signers.find((s) => s !== effective)!
    expect(apk.notes).toEqual([
      `key rotation: v1/v2 are signed by ${legacy.subject} (SHA-256 ${old!.sha256}), v3 by ${effective.subject} (SHA-256 ${current!.sha256}); devices on API level 28+ (Android 9+) verify the v3 signer, which the filing must record; its proof-of-rotation lineage has 2 certificates, oldest first: ${old!.sha256} → ${current!.sha256}`,
    ])
  })
})

describe('readApk on an unsigned APK', () => {
  it('reports no signers and effectiveSigner -1, like apksigner and keytool', async () => {
    expect(section('unsigned.txt', (c) => c.startsWith('apksigner verify'))!.exit).not.toBe(0)
    expect(section('unsigned.txt', (c) => c.startsWith('keytool'))!.output).toContain('Not a signed jar file')
    const apk = await read('unsigned')
    const truth = badging(section('unsigned.txt', (c) => c.startsWith('aapt2 dump badging'))!.output)
    expect(apk).toMatchObject({ id: truth.name, signers: [], effectiveSigner: -1, notes: [] })
  })
})

describe('readApk on corrupt files: an ArtifactError with the reason, never another exception', () => {
  const cases: [string, RegExp][] = [
    ['truncated', /^not an APK, AAB, IPA or HAP \(no ZIP end record\)/],
    ['not-a-zip', /no ZIP end record/],
    ['empty', /the file is empty/],
    ['random', /no ZIP end record/],
    [
      'wrong-magic',
      /^the APK Signing Block has the wrong magic \("APK Sig Block 41" instead of "APK Sig Block 42"\): the file is corrupt or was modified after signing$/,
    ],
    [
      'inconsistent-sizes',
      /^APK Signing Block size fields disagree \(header \d+, footer \d+\): the file is corrupt or was modified after signing$/,
    ],
    ['huge-entry', /^AndroidManifest\.xml claims 3758096384 bytes uncompressed/],
    ['cd-past-eof', /central directory .* runs past the end record/],
    ['bad-string-pool', /^AndroidManifest\.xml has a malformed string pool: it announces 16777216 strings/],
    [
      'bad-string-offset',
      /^AndroidManifest\.xml has a malformed string pool: string #0 starts at offset \d+, past the end of the pool/,
    ],
  ]

  it.each(cases)('%s', async (name, reason) => {
    // apksigner refuses each of them too.
    expect(section(`${name}.txt`, (c) => c.startsWith('apksigner verify'))!.exit).not.toBe(0)
    const error = await read(name).then(
      () => undefined,
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(ArtifactError)
    expect((error as ArtifactError).file).toBe(`${name}.apk`)
    expect((error as ArtifactError).message).toMatch(reason)
  })

  it('a missing file', async () => {
    await expect(readApk(fixture('nope.apk'), 'nope.apk')).rejects.toThrow(
      new ArtifactError('nope.apk', 'the file does not exist'),
    )
  })

  it('a ZIP without AndroidManifest.xml', async () => {
    await expect(readApk(fixture('plain-zip.apk'), 'plain-zip.apk')).rejects.toThrow(
      /not an APK: it has no AndroidManifest\.xml/,
    )
  })
})

/** The raw bytes of one fixture's signing block and manifest, for the parser-level tests below. */
async function pieces(name: string) {
  const zip = await openZip(fixture(`${name}.apk`), name)
  try {
    const block = (await readSigningBlock(zip, name))!
    return {
      block: await zip.read(block.offset, block.size),
      offset: block.offset,
      manifest: await zip.readEntry(zip.find('AndroidManifest.xml')!, 1 << 20),
    }
  } finally {
    await zip.close()
  }
}

/** A deterministic xorshift PRNG, so a failing mutation can be reproduced. */
function random(seed: number) {
  let x = seed
  return (n: number) => {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    return (x >>> 0) % n
  }
}

describe('parseSigningBlock', () => {
  it('reads every ID-value pair of an apksigner block (v2, v3, verity padding)', async () => {
    const { block, offset } = await pieces('rsa-v23')
    const parsed = parseSigningBlock(block, offset, 'rsa-v23.apk')
    expect(parsed.ids.map((id) => id.toString(16))).toEqual(['7109871a', 'f05368c0', '42726577'])
    expect(parsed.signers.map((s) => s.scheme)).toEqual(['v2', 'v3'])
  })

  it('a v3.1 block (same layout as v3, its own ID) makes its signer the effective one', async () => {
    // Relabel rotated.apk's v3 pair as v3.1 and put rsa-v23's v3 pair before it: on Android 13+
    // the v3.1 signer wins, older devices use the v3 one.
    const rotated = parseSigningBlock((await pieces('rotated')).block, 0, 'x')
    const rsa = await pieces('rsa-v23')
    const pair = (block: Buffer, id: number, as: number) => {
      for (let p = 8; p < block.length - 24;) {
        const length = Number(block.readBigUInt64LE(p))
        if (block.readUInt32LE(p + 8) === id) {
          const copy = Buffer.from(block.subarray(p, p + 8 + length))
          copy.writeUInt32LE(as, 8)
          return copy
        }
        p += 8 + length
      }
      throw new Error('pair not found')
    }
    const rotatedBlock = (await pieces('rotated')).block
    const pairs = Buffer.concat([
      pair(rsa.block, APK_SIGNATURE_SCHEME_V3_BLOCK_ID, APK_SIGNATURE_SCHEME_V3_BLOCK_ID),
      pair(rotatedBlock, APK_SIGNATURE_SCHEME_V3_BLOCK_ID, APK_SIGNATURE_SCHEME_V31_BLOCK_ID),
    ])
    const size = Buffer.alloc(8)
    size.writeBigUInt64LE(BigInt(pairs.length + 24))
    const block = Buffer.concat([size, pairs, size, Buffer.from('APK Sig Block 42')])
    const parsed = parseSigningBlock(block, 0, 'synthetic.apk')
    expect(parsed.signers.map((s) => s.scheme)).toEqual(['v3', 'v3.1'])
    expect(parsed.signers[1]!.lineage).toHaveLength(
      rotated.signers.find((s) => s.scheme === 'v3')!.lineage!.length,
    )

    const notes: string[] = []
    const { signers, effectiveSigner } = chooseSigners(
      parsed.signers.map((s) => ({ ...s, certificate: s.certificates[0]! })),
      'synthetic.apk',
      notes,
      21,
    )
    expect(signers[effectiveSigner]!.schemes).toEqual(['v3.1'])
    expect(notes[0]).toMatch(
      /^key rotation: v3 is signed by .*, v3\.1 by .*; devices on API level 33\+ \(Android 13\+\) verify the v3\.1 signer, which the filing must record/,
    )
  })

  it('a length that runs past its container names the scheme and the field', async () => {
    const { block } = await pieces('rsa-v23')
    const broken = Buffer.from(block)
    // First pair is v2 at offset 8: u64 length, u32 id, then the signer list's u32 length.
    broken.writeUInt32LE(0x7fffffff, 8 + 12)
    expect(() => parseSigningBlock(broken, 0, 'x.apk')).toThrow(
      /^the APK Signature Scheme v2 block is malformed: the signer list claims 2147483647 bytes but only \d+ remain; the file is corrupt or was modified after signing$/,
    )
  })

  it('a pair longer than the block', async () => {
    const { block } = await pieces('rsa-v23')
    const broken = Buffer.from(block)
    broken.writeBigUInt64LE(BigInt(block.length), 8)
    expect(() => parseSigningBlock(broken, 1000, 'x.apk')).toThrow(
      /^the APK Signing Block is malformed: entry #1 at offset 1008 claims \d+ bytes, but only \d+ remain in the block$/,
    )
  })

  it('any corruption of a real block gives an ArtifactError or a result, never another exception', async () => {
    const { block } = await pieces('rotated')
    const next = random(7)
    for (let i = 0; i < 3000; i++) {
      const mutated = Buffer.from(block)
      for (let k = 1 + next(4); k > 0; k--) mutated[8 + next(block.length - 32)] = next(256)
      try {
        parseSigningBlock(mutated, 0, 'fuzz.apk')
      } catch (error) {
        if (!(error instanceof ArtifactError)) throw error
      }
    }
  })
})

describe('parseBinaryManifest', () => {
  it('reads a UTF-16 string pool (aapt2 manifests) and a UTF-8 one (aapt2 XML resources)', async () => {
    for (const name of ['rsa-v23', 'utf8-manifest']) {
      const { manifest } = await pieces(name)
      const utf8 = (manifest.readUInt32LE(8 + 16) & 0x100) !== 0
      expect(utf8).toBe(name === 'utf8-manifest')
      const truth = badging(section(`${name}.txt`, (c) => c.startsWith('aapt2 dump badging'))!.output)
      expect(parseBinaryManifest(manifest, name)).toEqual({
        package: truth.name,
        versionCode: { kind: 'int', value: Number(truth.versionCode) },
        versionName: { kind: 'string', value: truth.versionName },
        minSdk: Number(truth.sdkVersion),
      })
    }
  })

  /** The chunks of a compiled manifest after its header: [type, offset, size]. */
  function chunks(xml: Buffer): [number, number, number][] {
    const list: [number, number, number][] = []
    for (let p = xml.readUInt16LE(2); p + 8 <= xml.length; p += xml.readUInt32LE(p + 4))
      list.push([xml.readUInt16LE(p), p, xml.readUInt32LE(p + 4)])
    return list
  }
  const START = 0x0102
  const END = 0x0103
  /** A manifest made of the header and these chunks, with the document size updated. */
  function document(xml: Buffer, parts: Buffer[]): Buffer {
    const out = Buffer.concat([xml.subarray(0, xml.readUInt16LE(2)), ...parts])
    out.writeUInt32LE(out.length, 4)
    return out
  }

  it('reads minSdkVersion past an unbalanced end tag, as apksig walks the whole document', async () => {
    const { manifest } = await pieces('rsa-v23') // minSdkVersion 24
    const list = chunks(manifest)
    const bytes = ([, at, size]: [number, number, number]) => manifest.subarray(at, at + size)
    const starts = list.filter(([type]) => type === START)
    const ends = list.filter(([type]) => type === END)
    const [manifestStart, usesSdkStart] = [starts[0]!, starts[1]!]
    // A copy of <uses-sdk> saying 28, after a stray </manifest><manifest> pair.
    const usesSdk28 = Buffer.from(bytes(usesSdkStart))
    const at = usesSdk28.indexOf(Buffer.from([0x08, 0x00, 0x00, 0x10, 24, 0, 0, 0]))
    expect(at).toBeGreaterThan(0)
    usesSdk28.writeUInt32LE(28, at + 4)
    const usesSdkEnd = ends[0]!
    const manifestEnd = ends[ends.length - 1]!
    const cut = list.indexOf(usesSdkEnd) + 1
    const parts = [
      ...list.slice(0, cut).map(bytes),
      bytes(manifestEnd),
      bytes(manifestStart),
      usesSdk28,
      bytes(usesSdkEnd),
      ...list.slice(cut).map(bytes),
    ]
    expect(parseBinaryManifest(manifest, 'x.apk').minSdk).toBe(24)
    expect(parseBinaryManifest(document(manifest, parts), 'x.apk').minSdk).toBe(28)
  })

  it('does not look into the attributes of an element other than <uses-sdk>', async () => {
    const { manifest } = await pieces('rsa-v23')
    const application = chunks(manifest).filter(([type]) => type === START)[2]!
    const tampered = Buffer.from(manifest)
    const ext = application[1] + tampered.readUInt16LE(application[1] + 2)
    tampered.writeUInt16LE(0, ext + 10) // attributeSize
    tampered.writeUInt16LE(0, ext + 12) // attributeCount
    expect(parseBinaryManifest(tampered, 'x.apk')).toEqual(parseBinaryManifest(manifest, 'x.apk'))
  })

  it('plain-text XML is named as such', () => {
    expect(() => parseBinaryManifest(Buffer.from('<?xml version="1.0"?><manifest/>'), 'x.apk')).toThrow(
      'AndroidManifest.xml is plain-text XML, not the compiled binary XML of a built APK',
    )
  })

  // A tampered manifest where Android (first package attribute, raw string) and the build tools (typed
  // value) would read different packages: the gate could pass a package the device never installs.
  describe('a package attribute that tools would read differently', () => {
    const NO_NAMESPACE = 0xffffffff
    const TYPE_STRING = 3
    /** Offsets of <manifest>'s attribute records with no namespace, and the one that is `package`. */
    async function attributes() {
      const { manifest } = await pieces('rsa-v23')
      const package_ = parseBinaryManifest(manifest, 'x.apk').package
      const records: number[] = []
      for (let at = 0; at + 20 <= manifest.length; at += 4)
        if (manifest.readUInt32LE(at) === NO_NAMESPACE && manifest.readUInt16LE(at + 12) === 8)
          records.push(at)
      // The package record: changing its typed string changes what is read.
      const packageAt = records.find((at) => {
        if (manifest[at + 15] !== TYPE_STRING) return false
        const changed = Buffer.from(manifest)
        changed.writeUInt32LE(manifest.readUInt32LE(at + 16) + 1, at + 16)
        changed.writeUInt32LE(manifest.readUInt32LE(at + 16) + 1, at + 8)
        try {
          return parseBinaryManifest(changed, 'x.apk').package !== package_
        } catch {
          return false
        }
      })!
      return { manifest, records, packageAt }
    }

    it('refuses raw and typed values that differ', async () => {
      const { manifest, packageAt } = await attributes()
      const tampered = Buffer.from(manifest)
      tampered.writeUInt32LE(manifest.readUInt32LE(packageAt + 16) + 1, packageAt + 16)
      expect(() => parseBinaryManifest(tampered, 'x.apk')).toThrow(
        /AndroidManifest.xml is malformed: its package attribute holds two values, "com\.example\.demo" as written and ".*" as typed/,
      )
    })

    it('refuses a second package attribute', async () => {
      const { manifest, records, packageAt } = await attributes()
      const other = records.find((at) => at > packageAt)!
      const tampered = Buffer.from(manifest)
      tampered.writeUInt32LE(manifest.readUInt32LE(packageAt + 4), other + 4)
      tampered[other + 15] = TYPE_STRING
      tampered.writeUInt32LE(manifest.readUInt32LE(packageAt + 8), other + 8)
      tampered.writeUInt32LE(manifest.readUInt32LE(packageAt + 16), other + 16)
      expect(() => parseBinaryManifest(tampered, 'x.apk')).toThrow(
        'AndroidManifest.xml is malformed: <manifest> has two package attributes',
      )
    })
  })

  it('any corruption of a real manifest gives an ArtifactError or a result, never another exception', async () => {
    for (const name of ['rsa-v23', 'utf8-manifest']) {
      const { manifest } = await pieces(name)
      const next = random(11)
      for (let i = 0; i < 3000; i++) {
        const mutated = Buffer.from(manifest)
        for (let k = 1 + next(4); k > 0; k--) mutated[next(manifest.length)] = next(256)
        const cut = next(4) === 0 ? mutated.subarray(0, next(mutated.length)) : mutated
        try {
          parseBinaryManifest(cut, 'fuzz.apk')
        } catch (error) {
          if (!(error instanceof ArtifactError)) throw error
        }
      }
    }
  })
})

describe('chooseSigners', () => {
  const der = (pem: string) => Buffer.from(new X509Certificate(readFileSync(fixture(`keys/${pem}.pem`))).raw)
  const rsa = der('rsa')
  const ec = der('ec')

  it('prefers v3.1, then the v3 signer for the newest platforms, then v2, then v1', () => {
    const choose = (found: FoundSigner[]) => {
      const { signers, effectiveSigner } = chooseSigners(found, 'x.apk', [], 28)
      return signers[effectiveSigner]!
    }
    expect(
      choose([
        { scheme: 'v1', certificate: rsa },
        { scheme: 'v2', certificate: ec },
      ]).publicKey.algorithm,
    ).toBe('EC')
    expect(
      choose([
        { scheme: 'v3', certificate: ec, minSdk: 28, maxSdk: 32 },
        { scheme: 'v3', certificate: rsa, minSdk: 33, maxSdk: 2147483647 },
      ]).publicKey.algorithm,
    ).toBe('RSA')
    expect(
      choose([
        { scheme: 'v3', certificate: rsa, minSdk: 28, maxSdk: 2147483647 },
        { scheme: 'v3.1', certificate: ec, minSdk: 33, maxSdk: 2147483647 },
      ]).publicKey.algorithm,
    ).toBe('EC')
  })

  it('no signers: effectiveSigner -1', () => {
    expect(chooseSigners([], 'x.apk', [], 1)).toEqual({ signers: [], effectiveSigner: -1 })
  })
})
