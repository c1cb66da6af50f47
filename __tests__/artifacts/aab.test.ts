import { describe, expect, it } from '@jest/globals'
import { readAab, parseProtoManifest, AAB_MANIFEST } from '../../src/artifacts/aab.js'
import { openZip } from '../../src/artifacts/zip.js'
import { ArtifactError } from '../../src/artifacts/types.js'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { deflated, zip } from '../hostile/generators/zip.js'
import { tempDir } from '../helpers/temp-dir.js'
import { field, uint } from '../helpers/protobuf.js'
import {
  badging,
  dnParts,
  fixture,
  keytoolCertificates,
  opensslCertificates,
  section,
} from './android-records.js'

const read = (name: string) => readAab(fixture(`${name}.aab`), `${name}.aab`)
const record = (name: string) => `${name}.aab.txt`

describe('readAab on bundles signed by jarsigner', () => {
  it.each(['rsa', 'ec', 'unsigned'])(
    '%s.aab: package and versions of the protobuf manifest, as aapt2 dump badging reads them',
    async (name) => {
      const truth = badging(section(record(name), (c) => c.includes('aapt2 dump badging'))!.output)
      expect(await read(name)).toMatchObject({
        file: `${name}.aab`,
        type: 'aab',
        platform: 'android',
        id: truth.name,
        version: truth.versionName,
        build: truth.versionCode,
      })
    },
  )

  it.each(['rsa', 'ec'])('%s.aab: the JAR signer as keytool and openssl see it', async (name) => {
    const aab = await read(name)
    expect(aab.effectiveSigner).toBe(0)
    expect(aab.signers).toHaveLength(1)
    const signer = aab.signers[0]!
    expect(signer.schemes).toEqual(['v1'])

    const [keytool, ...more] = keytoolCertificates(
      section(record(name), (c) => c.startsWith('keytool'))!.output,
    )
    expect(more).toEqual([])
    expect({ sha1: signer.sha1, sha256: signer.sha256 }).toEqual({
      sha1: keytool!.sha1,
      sha256: keytool!.sha256,
    })
    expect(signer.subject).toBe(keytool!.owner)

    const openssl = [...opensslCertificates(record(name)).values()]
    expect(openssl).toHaveLength(2) // the META-INF block and the keystore certificate
    for (const truth of openssl) {
      expect({
        md5: signer.md5,
        sha1: signer.sha1,
        sha256: signer.sha256,
        modulus: signer.publicKey.modulus,
        spki: signer.publicKey.spki,
      }).toEqual({
        md5: truth.md5,
        sha1: truth.sha1,
        sha256: truth.sha256,
        modulus: truth.modulus,
        spki: truth.spki,
      })
      expect(dnParts(signer.subject)).toEqual(dnParts(truth.subject))
    }
  })

  /** The entries of jarsigner's bundles, renamed or mixed, written as a new bundle. */
  async function rebuilt(
    name: string,
    parts: { from: string; entries: (entry: string) => string | undefined }[],
  ): Promise<string> {
    const entries = []
    for (const part of parts) {
      const archive = await openZip(fixture(`${part.from}.aab`), `${part.from}.aab`)
      try {
        for (const entry of archive.entries) {
          const renamed = part.entries(entry.name)
          if (renamed !== undefined) entries.push(deflated(renamed, await archive.readEntry(entry, 1 << 20)))
        }
      } finally {
        await archive.close()
      }
    }
    const file = path.join(await tempDir('cfg-aab-'), `${name}.aab`)
    await writeFile(file, zip(entries))
    return file
  }

  it.each([
    ['META-INF/rsakey.rsa', 'META-INF/RSAKEY.SF'],
    ['META-INF/RSAKEY.rsa', 'META-INF/RSAKEY.SF'],
    ['META-INF/RSAKEY.RSA', 'META-INF/RsaKey.SF'],
  ])(
    'reads a signer named %s beside %s, as jarsigner and keytool do (they ignore case)',
    async (block, sf) => {
      const file = await rebuilt('case', [
        {
          from: 'rsa',
          entries: (e) => (e === 'META-INF/RSAKEY.RSA' ? block : e === 'META-INF/RSAKEY.SF' ? sf : e),
        },
      ])
      const aab = await readAab(file, 'case.aab')
      const [keytool] = keytoolCertificates(section(record('rsa'), (c) => c.startsWith('keytool'))!.output)
      expect(aab.signers.map((s) => s.sha256)).toEqual([keytool!.sha256])
      expect(aab.effectiveSigner).toBe(0)
    },
  )

  it('takes two JAR signers together, in either order: neither is "the" upload key', async () => {
    // jarsigner writes the same MANIFEST.MF for one content and digest, so rsa.aab's entries plus
    // ec.aab's signature files are a bundle both keys sign.
    const ecSignature = (e: string) => (/^META-INF\/ECKEY\./.test(e) ? e : undefined)
    const orders = [
      [
        { from: 'rsa', entries: (e: string) => e },
        { from: 'ec', entries: ecSignature },
      ],
      [
        { from: 'ec', entries: ecSignature },
        { from: 'rsa', entries: (e: string) => e },
      ],
    ]
    const readings = []
    for (const [i, parts] of orders.entries())
      readings.push(await readAab(await rebuilt(`two-${i}`, parts), 'two.aab'))
    for (const aab of readings) {
      expect(aab.effectiveSigner).toBe(-1)
      expect(new Set(aab.signers.map((s) => s.subject))).toEqual(
        new Set([(await read('rsa')).signers[0]!.subject, (await read('ec')).signers[0]!.subject]),
      )
      expect(aab.notes).toContain(
        'the bundle has 2 JAR signers, which every verifier requires together; which of them is the upload key cannot be told',
      )
    }
  })

  it('says that a bundle carries the upload key, not the key of the APKs stores distribute', async () => {
    expect((await read('rsa')).notes).toEqual([
      'an AAB is signed with the upload key; what Chinese stores distribute are APKs signed by whoever signs them (you, or the store), and that key must match the filing: inspect the APKs built from this bundle',
    ])
  })

  it('an unsigned bundle: no signers, effectiveSigner -1, as keytool says', async () => {
    expect(section(record('unsigned'), (c) => c.startsWith('keytool'))!.output).toContain(
      'Not a signed jar file',
    )
    const aab = await read('unsigned')
    expect(aab).toMatchObject({ signers: [], effectiveSigner: -1 })
    expect(aab.notes[0]).toMatch(/^the bundle is not signed/)
  })
})

describe('readAab on broken bundles', () => {
  it('a manifest cut short in the middle of a field', async () => {
    const error = await read('bad-manifest').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ArtifactError)
    expect((error as ArtifactError).file).toBe('bad-manifest.aab')
    expect((error as ArtifactError).message).toMatch(
      /^base\/manifest\/AndroidManifest\.xml is not a valid protobuf XML manifest: field 1 claims \d+ bytes but only \d+ remain$/,
    )
  })

  it('an APK is not a bundle', async () => {
    await expect(readAab(fixture('rsa-v23.apk'), 'rsa-v23.apk')).rejects.toThrow(
      'not an Android App Bundle: it has no base/manifest/AndroidManifest.xml',
    )
  })

  it('not a ZIP at all', async () => {
    await expect(readAab(fixture('random.apk'), 'random.aab')).rejects.toBeInstanceOf(ArtifactError)
  })
})

describe('parseProtoManifest', () => {
  async function manifest() {
    const zip = await openZip(fixture('rsa.aab'), 'rsa.aab')
    try {
      return await zip.readEntry(zip.find(AAB_MANIFEST)!, 1 << 20)
    } finally {
      await zip.close()
    }
  }

  const attribute = (...parts: Buffer[]) => field(4, Buffer.concat(parts))
  const node = (...attributes: Buffer[]) => field(1, Buffer.concat([field(3, 'manifest'), ...attributes]))
  const ANDROID = 'http://schemas.android.com/apk/res/android'

  it('reads compiled values when the source text is absent, and matches attributes by resource id', () => {
    const xml = node(
      attribute(field(2, 'package'), field(3, 'com.example.compiled')),
      // versionCode with an obfuscated name: only resource_id 0x0101021b and a compiled int.
      attribute(field(1, ANDROID), field(2, 'a'), uint(5, 0x0101021b), field(6, field(7, uint(6, 7)))),
      attribute(field(1, ANDROID), field(2, 'versionName'), field(6, field(2, field(1, '7.0-beta')))),
      field(5, 'ignored child'),
    )
    expect(parseProtoManifest(xml, 'x.aab')).toEqual({
      package: 'com.example.compiled',
      versionCode: '7',
      versionName: '7.0-beta',
    })
  })

  it('refuses a manifest with two package attributes: aapt2 reads the first, so which installs is unclear', () => {
    const xml = node(
      attribute(field(2, 'package'), field(3, 'com.example.aab')),
      attribute(field(2, 'package'), field(3, 'com.evil.other')),
    )
    expect(() => parseProtoManifest(xml, 'x.aab')).toThrow(
      'base/manifest/AndroidManifest.xml is not a valid protobuf XML manifest: <manifest> has two package attributes',
    )
  })

  it('gives a version that is a resource reference to the caller to resolve, with its id', () => {
    const xml = node(
      attribute(field(2, 'package'), field(3, 'com.example.aab')),
      // aapt2 keeps the source text and compiles a Reference { id = 2; name = 3 }.
      attribute(
        field(1, ANDROID),
        field(2, 'versionName'),
        field(3, '@string/vn'),
        uint(5, 0x0101021c),
        field(6, field(1, Buffer.concat([uint(2, 0x7f0b0001), field(3, 'string/vn')]))),
      ),
      attribute(
        field(1, ANDROID),
        field(2, 'versionCode'),
        uint(5, 0x0101021b),
        field(6, field(1, uint(2, 0x7f0c0002))),
      ),
    )
    expect(parseProtoManifest(xml, 'x.aab')).toEqual({
      package: 'com.example.aab',
      versionName: null,
      versionCode: null,
      references: {
        versionName: { text: '@string/vn', id: 0x7f0b0001 },
        versionCode: { text: '@0x7f0c0002', id: 0x7f0c0002 },
      },
    })
  })

  it('names a root element that is not <manifest>', () => {
    expect(() => parseProtoManifest(field(1, field(3, 'application')), 'x.aab')).toThrow(
      'base/manifest/AndroidManifest.xml is not a valid protobuf XML manifest: the root element is <application>, not <manifest>',
    )
  })

  it('any corruption of a real manifest gives an ArtifactError or a result, never another exception', async () => {
    const bytes = await manifest()
    let x = 5
    const next = (n: number) => {
      x ^= x << 13
      x ^= x >>> 17
      x ^= x << 5
      return (x >>> 0) % n
    }
    for (let i = 0; i < 3000; i++) {
      const mutated = Buffer.from(bytes)
      for (let k = 1 + next(4); k > 0; k--) mutated[next(bytes.length)] = next(256)
      try {
        parseProtoManifest(next(4) === 0 ? mutated.subarray(0, next(mutated.length)) : mutated, 'fuzz.aab')
      } catch (error) {
        if (!(error instanceof ArtifactError)) throw error
      }
    }
  })
})
