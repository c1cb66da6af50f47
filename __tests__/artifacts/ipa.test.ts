import { describe, it, expect } from '@jest/globals'
import { fileURLToPath } from 'node:url'
import { applicationIdentifierCovers, readIpa } from '../../src/artifacts/ipa.js'
import { ArtifactError, type SignerInfo } from '../../src/artifacts/types.js'
import { readRecord } from './recorded.js'
import { openZip } from '../../src/artifacts/zip.js'
import { stored, zip as zipArchive } from '../hostile/generators/zip.js'
import { tempDir } from '../helpers/temp-dir.js'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'

/*
 * Fixtures and ground truth come from scripts/fixtures/ios.sh: each <name>.txt holds what openssl,
 * plistutil and python's plistlib say about <name>.ipa. Regenerate both with that script.
 */
const dir = fileURLToPath(new URL('../fixtures/ios/', import.meta.url))
const fixture = (name: string) => `${dir}${name}.ipa`

const recorded = (name: string): Record<string, string> => readRecord(`${dir}${name}.txt`)

/** openssl -nameopt RFC2253 joins RDNs with "," where certificate.ts uses ", ". */
const sameSubject = (subject: string) => subject.replace(/, /g, ',')

function certificate(record: Record<string, string>, prefix: string) {
  return {
    subject: record[`${prefix}.subject`],
    md5: record[`${prefix}.md5`],
    sha1: record[`${prefix}.sha1`],
    sha256: record[`${prefix}.sha256`],
  }
}

function fingerprints(signer: SignerInfo) {
  return { subject: sameSubject(signer.subject), md5: signer.md5, sha1: signer.sha1, sha256: signer.sha256 }
}

/** The fixtures without a code signature (no Mach-O signing tool runs here) all carry this note. */
const NO_CODE_SIGNATURE =
  'the executable carries no code signature; the certificate shown is the one embedded.mobileprovision allows.'

async function expectUnreadable(name: string, reason: string | RegExp) {
  const error = await readIpa(fixture(name), `${name}.ipa`).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(ArtifactError)
  expect((error as ArtifactError).file).toBe(`${name}.ipa`)
  if (typeof reason === 'string') expect((error as ArtifactError).message).toBe(reason)
  else expect((error as ArtifactError).message).toMatch(reason)
}

describe('readIpa against the recorded tool output', () => {
  const readable = [
    'appstore',
    'appstore-stored',
    'appstore-ber',
    'xml-plist',
    'development',
    'adhoc',
    'two-certs',
    'two-certs-signed',
    'wildcard',
    'other-app-id',
    'foreign-signer',
    'no-profile',
  ]

  it.each(readable)('%s: bundle id, versions and the profile certificates', async (name) => {
    const truth = recorded(name)
    const ipa = await readIpa(fixture(name), `dist/${name}.ipa`)
    expect(ipa).toMatchObject({ file: `dist/${name}.ipa`, type: 'ipa', platform: 'ios' })
    expect({ id: ipa.id, version: ipa.version, build: ipa.build }).toEqual({
      id: truth.bundleId,
      version: truth.version,
      build: truth.build,
    })
    const profileSigners = ipa.signers.filter((s) => s.schemes.includes('profile'))
    const count = Number(truth['profile.certs'])
    expect(profileSigners.map(fingerprints)).toEqual(
      Array.from({ length: count }, (_, i) => certificate(truth, `profile.cert.${i}`)),
    )
  })

  it.each(readable)(
    '%s: the effective signer is the code signature leaf, else the only profile certificate',
    async (name) => {
      const truth = recorded(name)
      const ipa = await readIpa(fixture(name))
      const effective = ipa.signers[ipa.effectiveSigner]
      if (truth['code.signed'] === 'true') {
        expect(effective && fingerprints(effective)).toEqual(certificate(truth, 'code.signer'))
        expect(effective!.schemes).toContain('code')
      } else if (truth['profile.certs'] === '1') {
        expect(ipa.effectiveSigner).toBe(0)
        expect(fingerprints(effective!)).toEqual(certificate(truth, 'profile.cert.0'))
      } else {
        expect(ipa.effectiveSigner).toBe(-1)
      }
    },
  )
})

describe('readIpa: which certificate the filing is matched against', () => {
  it('merges the code signer with the profile certificate it is', async () => {
    const ipa = await readIpa(fixture('appstore'))
    expect(ipa.signers).toHaveLength(1)
    expect(ipa.signers[0]!.schemes).toEqual(['profile', 'code'])
    expect(ipa.effectiveSigner).toBe(0)
    expect(ipa.notes).toEqual([])
    expect(ipa.signers[0]!.publicKey.algorithm).toBe('RSA')
  })

  it('finds the signer by its SignerInfo, not by its place among the certificates (a DER SET is sorted)', async () => {
    const truth = recorded('appstore')
    expect(truth['code.certs']).toBe('3')
    expect(truth['code.signerIndex']).not.toBe('0')
    const ipa = await readIpa(fixture('appstore'))
    expect(ipa.signers[ipa.effectiveSigner]!.sha256).toBe(truth['code.signer.sha256'])
  })

  it('reads the main app, not the widget extension or the Watch app nested in it', async () => {
    expect((await readIpa(fixture('appstore'))).id).toBe('com.example.demo')
  })

  it('picks the certificate that signed a universal binary among the two the profile allows', async () => {
    const truth = recorded('two-certs-signed')
    const ipa = await readIpa(fixture('two-certs-signed'))
    expect(ipa.signers.map((s) => s.schemes)).toEqual([['profile'], ['profile', 'code']])
    expect(ipa.effectiveSigner).toBe(1)
    expect(ipa.signers[1]!.sha1).toBe(truth['code.signer.sha1'])
    expect(ipa.signers[1]!.sha1).not.toBe(truth['profile.cert.0.sha1'])
  })

  it('does not choose among several profile certificates without a code signature, and says so', async () => {
    const truth = recorded('two-certs')
    const ipa = await readIpa(fixture('two-certs'))
    expect(ipa.effectiveSigner).toBe(-1)
    expect(ipa.signers).toHaveLength(2)
    expect(ipa.notes).toEqual([
      `embedded.mobileprovision allows 2 certificates (${ipa.signers[0]!.subject}, SHA-1 ${truth['profile.cert.0.sha1']}; ${ipa.signers[1]!.subject}, SHA-1 ${truth['profile.cert.1.sha1']}) and the executable carries no code signature, so which one signed this build cannot be told; it matches the filing only if every one of them is the filed certificate.`,
    ])
  })

  it('matches against the certificate that signed the code even when the profile does not list it', async () => {
    const truth = recorded('foreign-signer')
    const ipa = await readIpa(fixture('foreign-signer'))
    expect(ipa.signers.map((s) => [s.schemes, s.sha1])).toEqual([
      [['profile'], truth['profile.cert.0.sha1']],
      [['code'], truth['code.signer.sha1']],
    ])
    expect(ipa.effectiveSigner).toBe(1)
    expect(ipa.notes).toEqual([
      `the executable is signed by ${ipa.signers[1]!.subject} (SHA-1 ${truth['code.signer.sha1']}), which embedded.mobileprovision does not list; iOS refuses to install such a build.`,
    ])
  })

  it('reads a BER (indefinite-length, chunked) profile like a DER one', async () => {
    const der = await readIpa(fixture('appstore'))
    const ber = await readIpa(fixture('appstore-ber'))
    expect(ber.signers[0]!.sha256).toBe(der.signers[0]!.sha256)
    expect(ber.build).toBe('46')
  })
})

describe('readIpa: notes about the profile', () => {
  it('says a development profile is not what the filing records', async () => {
    const ipa = await readIpa(fixture('development'))
    expect(ipa.notes).toEqual([
      'embedded.mobileprovision is a development profile (get-task-allow, limited to 3 registered devices): the filing records the distribution certificate, so check the App Store build, not this one.',
    ])
    expect(ipa.signers[ipa.effectiveSigner]!.subject).toContain('Apple Development: Jane Doe')
  })

  it('says an ad-hoc profile is not the App Store build', async () => {
    expect((await readIpa(fixture('adhoc'))).notes).toEqual([
      'embedded.mobileprovision is an ad-hoc profile, limited to 2 registered devices: this is not the App Store build.',
      NO_CODE_SIGNATURE,
    ])
  })

  it('accepts a wildcard App ID that covers the bundle id', async () => {
    expect((await readIpa(fixture('wildcard'))).notes).toEqual([NO_CODE_SIGNATURE])
  })

  it("says when the profile's application-identifier is for another app", async () => {
    expect((await readIpa(fixture('other-app-id'))).notes).toEqual([
      "the profile's application-identifier ABCDE12345.com.example.other does not cover the bundle id com.example.demo: iOS refuses to install the app with it; build with a profile for com.example.demo.",
      NO_CODE_SIGNATURE,
    ])
  })

  it('reports an IPA without profile or code signature as unsigned', async () => {
    const ipa = await readIpa(fixture('no-profile'))
    expect(ipa.signers).toEqual([])
    expect(ipa.effectiveSigner).toBe(-1)
    expect(ipa.notes).toEqual([
      'there is no embedded.mobileprovision and the executable carries no code signature: this is an unsigned build (e.g. for the simulator), not one for the App Store.',
    ])
  })

  it.each([
    ['ABCDE12345.com.example.demo', 'com.example.demo', true],
    ['ABCDE12345.*', 'com.example.demo', true],
    ['ABCDE12345.com.example.*', 'com.example.demo', true],
    ['ABCDE12345.com.example.demo', 'com.example.demo2', false],
    ['ABCDE12345.com.other.*', 'com.example.demo', false],
    ['nodot', 'com.example.demo', false],
  ])('application-identifier %s covers %s: %s', (appId, bundleId, covers) => {
    expect(applicationIdentifierCovers(appId, bundleId)).toBe(covers)
  })
})

describe('readIpa: unreadable IPAs fail with the reason', () => {
  it.each<[string, string | RegExp]>([
    ['not-a-zip', /^not an APK, AAB, IPA or HAP \(no ZIP end record\)/],
    ['no-app', 'there is no Payload/<App>.app/ folder in it, so it is not an iOS app archive (IPA)'],
    ['two-apps', 'Payload/ holds 2 apps (Demo.app, Other.app); an IPA carries exactly one'],
    [
      'no-bundle-id',
      'Payload/Demo.app/Info.plist has no CFBundleIdentifier, so the app has no bundle id to check against the filing',
    ],
    ['corrupt-info-plist', /^Payload\/Demo\.app\/Info\.plist is not a readable property list \(/],
    [
      'corrupt-profile',
      /^Payload\/Demo\.app\/embedded\.mobileprovision is not a readable provisioning profile, which is a CMS signed message \(ASN\.1 element at offset \d+ runs past its container/,
    ],
    [
      'corrupt-code-signature',
      "Payload/Demo.app/Demo is not a well-formed Mach-O executable: the arm64 slice's LC_CODE_SIGNATURE points at 12288 bytes at offset 16384, outside the 17000-byte slice",
    ],
  ])('%s', async (name, reason) => {
    await expectUnreadable(name, reason)
  })

  it('names a missing file', async () => {
    await expectUnreadable('does-not-exist', 'the file does not exist')
  })

  /** appstore.ipa with some entries left out and others added, zipped again (stored). */
  async function variant(change: { without?: string[]; add?: Record<string, Buffer | string> }) {
    const zip = await openZip(fixture('appstore'), 'appstore.ipa')
    const entries = []
    try {
      for (const e of zip.entries.filter((e) => !e.name.endsWith('/') && !change.without?.includes(e.name)))
        entries.push(stored(e.name, await zip.readEntry(e, 64 * 1024 * 1024)))
    } finally {
      await zip.close()
    }
    entries.push(...Object.entries(change.add ?? {}).map(([name, data]) => stored(name, data)))
    const file = path.join(await tempDir('cfg-ipa-'), 'variant.ipa')
    await writeFile(file, zipArchive(entries))
    return readIpa(file, 'variant.ipa').catch((e: unknown) => e)
  }

  // Each used to pass in a release on embedded.mobileprovision's certificate, with a notice (an audit).
  it('an app without its main executable: it cannot run, and what signed it cannot be read', async () => {
    const error = await variant({ without: ['Payload/Demo.app/Demo'] })
    expect(error).toBeInstanceOf(ArtifactError)
    expect((error as ArtifactError).message).toBe(
      'its main executable Payload/Demo.app/Demo (CFBundleExecutable) is missing, so the app cannot run and the certificate that signed its code cannot be read',
    )
  })

  it('an executable named by a path rather than a file name', async () => {
    const info = (executable: string) =>
      `<?xml version="1.0"?><plist version="1.0"><dict><key>CFBundleIdentifier</key><string>com.example.demo</string><key>CFBundleExecutable</key><string>${executable}</string></dict></plist>`
    const error = await variant({
      without: ['Payload/Demo.app/Info.plist'],
      add: { 'Payload/Demo.app/Info.plist': info('../Demo.app/Info.plist') },
    })
    expect((error as ArtifactError).message).toBe(
      'Payload/Demo.app/Info.plist names its executable "../Demo.app/Info.plist" (CFBundleExecutable), which is no file name in the app folder',
    )
  })

  it('a second app bundle whose folder ends in .APP', async () => {
    const error = await variant({ add: { 'Payload/Other.APP/Info.plist': 'x' } })
    expect((error as ArtifactError).message).toBe(
      'Payload/ holds 2 apps (Demo.app, Other.APP); an IPA carries exactly one',
    )
  })
})
