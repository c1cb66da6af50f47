import { describe, it, expect } from '@jest/globals'
import { fileURLToPath } from 'node:url'
import { readHap } from '../../src/artifacts/hap.js'
import { ArtifactError, type SignerInfo } from '../../src/artifacts/types.js'
import { readRecord } from './recorded.js'

/*
 * Fixtures and ground truth come from scripts/fixtures/harmony.sh. The packages are assembled from
 * hap-sign-tool's source layout (scripts/fixtures/hap.py), not by hap-sign-tool; <name>.txt holds
 * what openssl says about the PKCS#7 placed in each signing block and about the profile.
 */
const dir = fileURLToPath(new URL('../fixtures/harmony/', import.meta.url))

const recorded = (name: string): Record<string, string> => readRecord(`${dir}${name}.txt`)

function certificate(record: Record<string, string>, prefix: string) {
  return {
    subject: record[`${prefix}.subject`],
    md5: record[`${prefix}.md5`],
    sha1: record[`${prefix}.sha1`],
    sha256: record[`${prefix}.sha256`],
    spki: record[`${prefix}.publicKey`],
  }
}

/** openssl -nameopt RFC2253 joins RDNs with "," where certificate.ts uses ", ". */
function fingerprints(signer: SignerInfo) {
  return {
    subject: signer.subject.replace(/, /g, ','),
    md5: signer.md5,
    sha1: signer.sha1,
    sha256: signer.sha256,
    spki: signer.publicKey.spki,
  }
}

async function expectUnreadable(file: string, reason: string | RegExp) {
  const error = await readHap(`${dir}${file}`, file).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(ArtifactError)
  expect((error as ArtifactError).file).toBe(file)
  if (typeof reason === 'string') expect((error as ArtifactError).message).toBe(reason)
  else expect((error as ArtifactError).message).toMatch(reason)
}

describe('readHap against the recorded tool output', () => {
  it.each([
    ['release.hap', 'release'],
    ['fa-v2.hap', 'fa-v2'],
    ['debug.hap', 'debug'],
    ['other-profile.hap', 'other-profile'],
    ['unsigned.hap', 'unsigned'],
    ['release.app', 'release-app'],
  ])('%s: bundle name, version and signer', async (file, name) => {
    const truth = recorded(name)
    const hap = await readHap(`${dir}${file}`, `build/${file}`)
    expect(hap).toMatchObject({
      file: `build/${file}`,
      type: file.endsWith('.app') ? 'app' : 'hap',
      platform: 'harmony',
      id: truth.bundleName,
      version: truth.version,
      build: truth.build,
    })
    if (truth['sig.certs'] === '0') {
      expect(hap.signers).toEqual([])
      expect(hap.effectiveSigner).toBe(-1)
      return
    }
    expect(fingerprints(hap.signers[hap.effectiveSigner]!)).toEqual(certificate(truth, 'sig.signer'))
    expect(hap.signers[hap.effectiveSigner]!.schemes).toContain('hap')
  })

  it('reads an ECDSA signer: no RSA modulus, the SubjectPublicKeyInfo openssl prints', async () => {
    const truth = recorded('release')
    const hap = await readHap(`${dir}release.hap`)
    expect(hap.signers[0]!.publicKey).toEqual({
      algorithm: 'EC',
      modulus: null,
      spki: truth['sig.signer.publicKey'],
    })
  })
})

describe('readHap: the profile block', () => {
  it('merges the signer with the release profile that names it', async () => {
    const truth = recorded('release')
    const hap = await readHap(`${dir}release.hap`)
    expect(truth['profile.cert.sha256']).toBe(truth['sig.signer.sha256'])
    expect(hap.signers).toHaveLength(1)
    expect(hap.signers[0]!.schemes).toEqual(['hap', 'profile'])
    expect(hap.notes).toEqual([])
  })

  it('reads the older "HAP Sig Block 42" magic and an FA-model config.json', async () => {
    const truth = recorded('fa-v2')
    expect(truth['block.magic']).toBe('HAP Sig Block 42')
    const hap = await readHap(`${dir}fa-v2.hap`)
    expect({ version: hap.version, build: hap.build }).toEqual({ version: '1.2.0', build: '12' })
    expect(hap.notes).toEqual([])
  })

  it('says a debug build is not what the filing records', async () => {
    const hap = await readHap(`${dir}debug.hap`)
    expect(recorded('debug')['profile.type']).toBe('debug')
    expect(hap.notes).toEqual([
      'it is signed with a debug profile and its development certificate: the filing records the certificate of the release build.',
    ])
  })

  it('reports a profile for another bundle and certificate, and keeps the signer as the effective one', async () => {
    const truth = recorded('other-profile')
    const hap = await readHap(`${dir}other-profile.hap`)
    expect(hap.effectiveSigner).toBe(0)
    expect(hap.signers.map((s) => [s.schemes, s.sha256])).toEqual([
      [['hap'], truth['sig.signer.sha256']],
      [['profile'], truth['profile.cert.sha256']],
    ])
    expect(hap.notes).toEqual([
      `its profile is for bundle com.example.other, not com.example.demo.`,
      `its profile names the certificate ${hap.signers[1]!.subject} (SHA-256 ${truth['profile.cert.sha256']}), not the one that signed it.`,
    ])
  })

  it('reports an unsigned HAP as having no signer', async () => {
    const hap = await readHap(`${dir}unsigned.hap`)
    expect(hap.notes).toEqual([
      'there is no HAP signing block before its central directory: this is an unsigned HAP (like the *-unsigned.hap DevEco builds); devices and AppGallery take signed ones only.',
    ])
  })
})

describe('readHap: App Packs (.app)', () => {
  it('takes the bundle from pack.info and the signer of its HAPs', async () => {
    const hap = await readHap(`${dir}release.app`)
    expect(hap.signers).toHaveLength(1)
    expect(hap.signers[0]!.schemes).toEqual(['hap'])
    expect(hap.effectiveSigner).toBe(0)
    expect(hap.notes).toEqual([])
  })

  it('does not pick one when its HAPs are signed with different certificates', async () => {
    const truth = recorded('mixed')
    const hap = await readHap(`${dir}mixed.app`)
    expect(hap.effectiveSigner).toBe(-1)
    expect(hap.signers.map(fingerprints)).toEqual([
      certificate(truth, 'entry.signer'),
      certificate(truth, 'feature.signer'),
    ])
    expect(hap.notes).toEqual([
      // hap.py signed the feature HAP with release2 but kept the profile that names the release certificate
      `feature-default.hap: its profile names the certificate ${hap.signers[0]!.subject} (SHA-256 ${truth['entry.signer.sha256']}), not the one that signed it.`,
      `its HAPs are signed with different certificates (entry-default.hap: ${hap.signers[0]!.subject}, SHA-256 ${truth['entry.signer.sha256']}; feature-default.hap: ${hap.signers[1]!.subject}, SHA-256 ${truth['feature.signer.sha256']}); it matches the filing only if every one of them is the filed certificate.`,
    ])
  })

  // A module in a folder of the pack used to go unread: signed by anyone, it passed (an audit).
  it('reads every module, in folders too: one signed with another certificate leaves no one signer', async () => {
    const truth = recorded('mixed')
    const hap = await readHap(`${dir}nested-module.app`)
    expect(hap.effectiveSigner).toBe(-1)
    expect(hap.signers.map(fingerprints)).toEqual([
      certificate(truth, 'entry.signer'),
      certificate(truth, 'feature.signer'),
    ])
    expect(hap.notes.at(-1)).toMatch(
      /^its HAPs are signed with different certificates \(entry-default\.hap, feature-default\.hap: .*; modules\/feature-default\.hap: /,
    )
  })
})

describe('readHap: unreadable packages fail with the reason', () => {
  it.each<[string, string | RegExp]>([
    [
      'no-module.hap',
      'there is no module.json (stage model) or config.json (FA model) at its root, so it is not a HarmonyOS HAP, nor an App Pack (.app) of HAPs',
    ],
    [
      'corrupt-block.hap',
      /^its HAP signing block is damaged: sub-block 0x20000000 \(\d+ bytes at offset \d+\) runs past the block$/,
    ],
    ['corrupt-signature.hap', /^its signature \(the PKCS#7 in the HAP signing block\) cannot be read: /],
    [
      'no-pack-info.app',
      'it holds HAPs but no pack.info, the file in which an App Pack (.app) names its bundle and version',
    ],
    // An App Pack with a module it cannot vouch for blocks, as that module alone would (these two used
    // to pass with a notice).
    [
      'unsigned-module.app',
      'feature-default.hap inside it is not signed; every module of an App Pack is signed with the filed certificate',
    ],
    [
      'other-bundle.app',
      'entry-default.hap inside it is bundle com.example.demo, but pack.info says com.example.other; every module of an App Pack is the same bundle',
    ],
    // Read as a HAP (its module.json), its modules would go unchecked.
    [
      'hap-and-modules.app',
      'it has module.json at its root, as a HAP has, and the module entry-default.hap beside it, as an App Pack has; a package is one or the other',
    ],
    ['missing.hap', 'the file does not exist'],
  ])('%s', async (file, reason) => {
    await expectUnreadable(file, reason)
  })

  it('refuses an IPA', async () => {
    const file = fileURLToPath(new URL('../fixtures/ios/appstore.ipa', import.meta.url))
    const error = await readHap(file, 'appstore.ipa').catch((e: unknown) => e)
    expect((error as ArtifactError).message).toBe(
      'there is no module.json (stage model) or config.json (FA model) at its root, so it is not a HarmonyOS HAP, nor an App Pack (.app) of HAPs',
    )
  })
})
