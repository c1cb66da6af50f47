import { describe, expect, it } from '@jest/globals'
import { createHash, generateKeyPairSync, X509Certificate } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describeCertificate } from '../../src/artifacts/certificate.js'
import { normalizeFingerprint, publicKeyMatches } from '../../src/artifacts/fingerprint.js'
import { Asn1Error, parseAsn1, signedDataCertificates, signerCertificate } from '../../src/artifacts/asn1.js'
import { openZip } from '../../src/artifacts/zip.js'
import { ArtifactError, type PublicKeyInfo } from '../../src/artifacts/types.js'
import { ANDROID_FIXTURES, fixture, opensslCertificates, section } from './android-records.js'
import { certificate, certificateAround, tlv } from '../hostile/generators/der.js'

const DN_FIXTURES = path.join(ANDROID_FIXTURES, 'dn')
const pemToDer = (pem: string) => new X509Certificate(pem).raw
const keyCertificate = (key: 'rsa' | 'ec' | 'dsa') =>
  pemToDer(readFileSync(fixture(`keys/${key}.pem`), 'utf8'))

/** `keytool -printcert -file X.der`, as scripts/fixtures/android.sh recorded it. */
function keytoolPrintcert(name: string) {
  const record = path.join('dn', `${name}.txt`)
  const output = section(record, (c) => c.startsWith('keytool -printcert -file'))!.output
  const hex = (label: string) => new RegExp(`^\\s+${label}: (.*)$`, 'm').exec(output)![1]!.replace(/:/g, '')
  return { owner: /^Owner: (.*)$/m.exec(output)![1]!, sha1: hex('SHA1'), sha256: hex('SHA256') }
}

describe('describeCertificate', () => {
  const dnFixtures = readdirSync(DN_FIXTURES)
    .filter((f) => f.endsWith('.der'))
    .map((f) => f.replace(/\.der$/, ''))

  it('has the DN fixtures scripts/fixtures/android.sh builds', () => {
    expect(dnFixtures).toEqual(
      expect.arrayContaining([
        'bmp-string',
        'keywords',
        'multi-valued',
        'printable-string',
        'spaces',
        'specials',
      ]),
    )
  })

  // keytool and apksigner print the subject with Java's X500Name.toString(): quoting, escapes,
  // multi-valued RDNs, Java's keywords and OID.x.y.z, BMPString and PrintableString values.
  it.each(dnFixtures)('%s: subject and fingerprints as keytool -printcert prints them', (name) => {
    const truth = keytoolPrintcert(name)
    const signer = describeCertificate(readFileSync(path.join(DN_FIXTURES, `${name}.der`)), ['v1'])
    expect({ subject: signer.subject, sha1: signer.sha1, sha256: signer.sha256 }).toEqual({
      subject: truth.owner,
      sha1: truth.sha1,
      sha256: truth.sha256,
    })
  })

  it.each([
    ['rsa', 'rsa-v23.txt', 'RSA'],
    ['ec', 'ec-v23.txt', 'EC'],
    ['dsa', 'dsa-v12.txt', 'DSA'],
  ] as const)(
    'keys/%s.pem: fingerprints, modulus and SPKI as openssl prints them',
    (key, record, algorithm) => {
      const truth = opensslCertificates(record).get(`cat keys/${key}.pem`)!
      const signer = describeCertificate(keyCertificate(key), ['v2', 'v3'])
      // Validity as OpenSSL parses it (Node's X509Certificate prints "Nov 29 04:27:14 2026 GMT").
      const x509 = new X509Certificate(keyCertificate(key))
      const iso = (text: string) => new Date(text).toISOString().replace('.000Z', 'Z')
      expect(signer).toEqual({
        subject: expect.any(String),
        md5: truth.md5,
        sha1: truth.sha1,
        sha256: truth.sha256,
        publicKey: { algorithm, modulus: truth.modulus, spki: truth.spki },
        schemes: ['v2', 'v3'],
        notBefore: iso(x509.validFrom),
        notAfter: iso(x509.validTo),
      })
      expect(signer.md5).toMatch(/^[0-9A-F]{32}$/)
      if (key === 'rsa') expect(signer.publicKey.modulus).toMatch(/^[1-9A-F][0-9A-F]{511}$/)
    },
  )

  it('a certificate that cannot be parsed is an ArtifactError naming the artifact', () => {
    const broken = keyCertificate('rsa').subarray(0, 200)
    expect(() => describeCertificate(broken, ['v1'], 'app.apk')).toThrow(ArtifactError)
    expect(() => describeCertificate(broken, ['v1'], 'app.apk')).toThrow(
      /^a signing certificate cannot be parsed \(.+\): the signature is corrupt$/,
    )
  })

  it('a certificate whose public key is damaged is an ArtifactError, not an OpenSSL exception', () => {
    const der = Buffer.from(keyCertificate('ec'))
    // SubjectPublicKeyInfo's BIT STRING holds the uncompressed point 04 || X || Y: make it invalid.
    const point = der.indexOf(Buffer.from('03420004', 'hex'))
    expect(point).toBeGreaterThan(0)
    der[point + 3] = 0x07
    expect(() => describeCertificate(der, ['v2'], 'app.apk')).toThrow(
      /^the public key of the signing certificate CN=示例商城 EC, .* cannot be read \(.+\): the signature is corrupt$/,
    )
  })
})

describe('normalizeFingerprint', () => {
  it.each([
    ['FC:66:86:6C:D3:CA:B4:11:04:8C:25:0A:E8:14:03:48', 'FC66866CD3CAB411048C250AE8140348'],
    ['fc66866cd3cab411048c250ae8140348', 'FC66866CD3CAB411048C250AE8140348'],
    [' fc 66 86 6c\td3ca b411 048c 250a e814 0348\n', 'FC66866CD3CAB411048C250AE8140348'],
    ['', ''],
  ])('%j → %s', (input, expected) => {
    expect(normalizeFingerprint(input)).toBe(expected)
  })
})

describe('publicKeyMatches', () => {
  const rsa = describeCertificate(keyCertificate('rsa'), []).publicKey
  const ec = describeCertificate(keyCertificate('ec'), []).publicKey
  const dsa = describeCertificate(keyCertificate('dsa'), []).publicKey
  const spkiHex = (key: PublicKeyInfo) => Buffer.from(key.spki, 'base64').toString('hex')
  const pem = (key: PublicKeyInfo) =>
    `-----BEGIN PUBLIC KEY-----\n${key.spki.match(/.{1,64}/g)!.join('\n')}\n-----END PUBLIC KEY-----\n`
  const colons = (hex: string) => hex.match(/../g)!.join(':')

  it.each([
    ['matches: RSA modulus, uppercase hex', rsa, rsa.modulus!, true],
    [
      'matches: RSA modulus, lowercase with a leading 00 (openssl asn1parse, Java BigInteger)',
      rsa,
      `00${rsa.modulus!.toLowerCase()}`,
      true,
    ],
    ['matches: RSA modulus with colons (openssl x509 -text)', rsa, colons(`00${rsa.modulus!}`), true],
    ['matches: RSA modulus in decimal', rsa, BigInt(`0x${rsa.modulus!}`).toString(10), true],
    ['matches: RSA SPKI in hex', rsa, spkiHex(rsa), true],
    ['matches: RSA SPKI in base64 (PEM body)', rsa, rsa.spki, true],
    ['matches: RSA SPKI as a PEM with BEGIN/END lines', rsa, pem(rsa), true],
    ['matches: EC SPKI in base64', ec, ec.spki, true],
    ['matches: EC SPKI as a PEM', ec, pem(ec), true],
    ['matches: EC SPKI in hex', ec, spkiHex(ec).toUpperCase(), true],
    // A legacy DSA key: openssl x509 -modulus prints its public value y, jadx-gui shows y in decimal.
    ['matches: DSA public value y, as openssl x509 -modulus prints it', dsa, dsa.modulus!, true],
    [
      'matches: DSA public value y in decimal (jadx-gui)',
      dsa,
      BigInt(`0x${dsa.modulus!}`).toString(10),
      true,
    ],
    ['matches: DSA SPKI in base64', dsa, dsa.spki, true],
    ['does not match: another key: the DSA y against the RSA key', rsa, dsa.modulus!, false],
    ['does not match: another key: the EC SPKI against the RSA key', rsa, ec.spki, false],
    ['does not match: another key: the RSA modulus against the EC key', ec, rsa.modulus!, false],
    [
      'does not match: a modulus with one digit changed',
      rsa,
      `${rsa.modulus!.slice(0, -1)}${rsa.modulus!.endsWith('0') ? '1' : '0'}`,
      false,
    ],
    ['does not match: a truncated SPKI', rsa, rsa.spki.slice(0, 40), false],
    ['does not match: empty', rsa, '', false],
    ['does not match: whitespace only', rsa, '  \n', false],
    ['does not match: a fingerprint is not a public key', rsa, 'FC66866CD3CAB411048C250AE8140348', false],
    ['does not match: garbage', rsa, 'not a key at all!', false],
  ] as const)('%s', (_, key, declared, expected) => {
    expect(publicKeyMatches(declared, key)).toBe(expected)
  })
})

// `openssl x509 -modulus` prints the modulus with BN_print, which drops a leading zero digit: a
// 1025-bit modulus reads "1…" there (checked by hand with openssl 3.0), and the gate used to print "01…".
describe('an RSA modulus whose hex has an odd number of digits', () => {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 1025 })
  const der = certificateAround(publicKey.export({ type: 'spki', format: 'der' }), privateKey)
  const printed = BigInt(
    `0x${Buffer.from(publicKey.export({ format: 'jwk' }).n!, 'base64url').toString('hex')}`,
  )
    .toString(16)
    .toUpperCase()

  it('is printed without a leading zero, as openssl prints it', () => {
    expect(printed).toMatch(/^1[0-9A-F]{256}$/)
    expect(describeCertificate(der, ['v1']).publicKey.modulus).toBe(printed)
  })

  it('matches a declared modulus with or without the leading zero, in hex or decimal', () => {
    const key = describeCertificate(der, ['v1']).publicKey
    expect(publicKeyMatches(printed, key)).toBe(true)
    expect(publicKeyMatches(`0${printed}`, key)).toBe(true)
    expect(publicKeyMatches(`00${printed}`, key)).toBe(true)
    expect(publicKeyMatches(BigInt(`0x${printed}`).toString(10), key)).toBe(true)
  })
})

// Node 20 has no JWK form of an RSA-PSS key: its modulus used to be "cannot be read" there.
describe('an RSA-PSS key (OID 1.2.840.113549.1.1.10)', () => {
  it('has its modulus read on every Node version, as openssl x509 -modulus prints it', () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
    const rsaSpki = publicKey.export({ type: 'spki', format: 'der' })
    // The same RSAPublicKey { n, e } under the RSASSA-PSS algorithm identifier (no parameters).
    const bitString = rsaSpki.subarray(rsaSpki.indexOf(Buffer.from([0x03, 0x82])))
    const spki = tlv(
      0x30,
      Buffer.concat([tlv(0x30, tlv(0x06, Buffer.from('2a864886f70d01010a', 'hex'))), bitString]),
    )
    const der = certificateAround(spki, privateKey)
    expect(new X509Certificate(der).publicKey.asymmetricKeyType).toBe('rsa-pss')
    const n = Buffer.from(publicKey.export({ format: 'jwk' }).n!, 'base64url')
      .toString('hex')
      .toUpperCase()
    expect(describeCertificate(der, ['v1']).publicKey).toMatchObject({ modulus: n.replace(/^0+/, '') })
  })
})

describe('asn1: the PKCS#7 of a v1 signature block (jarsigner, apksigner)', () => {
  async function block(apk: string, entry: string): Promise<Buffer> {
    const zip = await openZip(fixture(apk), apk)
    try {
      return await zip.readEntry(zip.find(entry)!, 1024 * 1024)
    } finally {
      await zip.close()
    }
  }

  it.each([
    ['rsa-v123.apk', 'META-INF/RSAKEY.RSA', 'rsa'],
    ['ec-v123.apk', 'META-INF/ECKEY.EC', 'ec'],
    ['rsa.aab', 'META-INF/RSAKEY.RSA', 'rsa'],
  ] as const)(
    '%s %s carries the keystore certificate, and its SignerInfo names it',
    async (apk, entry, key) => {
      const der = await block(apk, entry)
      expect(signedDataCertificates(der)).toEqual([keyCertificate(key)])
      expect(signerCertificate(der)).toEqual(keyCertificate(key))
    },
  )

  // A code signature (iOS, HarmonyOS) has one signer; with two, which one the filing must match is
  // unclear, so the reader refuses it rather than take the first (scripts/fixtures/cms.sh).
  it('a SignedData with two SignerInfos (openssl cms -sign twice) is refused when one signer is wanted', () => {
    const cms = (name: string) => readFileSync(`__tests__/fixtures/cms/${name}.der`)
    const signers = (name: string) =>
      [
        ...readFileSync(`__tests__/fixtures/cms/${name}.txt`, 'utf8').matchAll(/^signer\.sha256=(\w+)$/gm),
      ].map((m) => m[1])
    const sha256 = (der: Buffer) => createHash('sha256').update(der).digest('hex').toUpperCase()
    expect(signers('two-signers')).toHaveLength(2)
    expect(() => signerCertificate(cms('two-signers'), { alone: true })).toThrow(
      new Asn1Error(
        "it is signed by 2 signers (SignerInfos), where a build's signature has one, so the signer the filing must match is unclear",
      ),
    )
    // A JAR signature block is read by its first SignerInfo, as apksig reads it.
    expect(signers('two-signers')).toContain(sha256(signerCertificate(cms('two-signers'))))
    expect(signers('one-signer')).toEqual([sha256(signerCertificate(cms('one-signer'), { alone: true }))])
  })

  it('an indefinite-length (BER) element is read to its end-of-contents marker', () => {
    // SEQUENCE (indefinite) { INTEGER 5, OCTET STRING (constructed, indefinite) { "ab", "c" } } EOC
    const ber = Buffer.from('308002010524800402616204016300000000', 'hex')
    const node = parseAsn1(ber)
    expect(node.end).toBe(18)
    expect(node.children.map((c) => c.tag)).toEqual([0x02, 0x24])
    expect(
      node.children[1]!.children.map((c) => ber.subarray(c.contentStart, c.contentEnd).toString()),
    ).toEqual(['ab', 'c'])
  })

  it.each([
    ['a length past its container', '3005020101', /runs past its container/],
    ['an indefinite length on a primitive element', '0480', /indefinite length on a primitive/],
    ['no end-of-contents marker', '3080020101', /no end marker/],
    ['a five-byte length', '3085ffffffffff', /length at offset 0 is invalid|runs past/],
    ['not SignedData', '300d06092a864886f70d010701a000', /not a PKCS#7 \/ CMS SignedData/],
  ])('%s is an Asn1Error', (_, hex, message) => {
    const der = Buffer.from(hex, 'hex')
    expect(() => signedDataCertificates(der)).toThrow(Asn1Error)
    expect(() => signedDataCertificates(der)).toThrow(message)
  })

  it('nesting deeper than any certificate is refused, not a stack overflow', () => {
    const deep = Buffer.concat([Buffer.alloc(2000, 0x30).fill(Buffer.from([0x30, 0x80])), Buffer.alloc(2000)])
    expect(() => parseAsn1(deep)).toThrow(/nesting is too deep/)
  })
})

describe('validity times in the forms OpenSSL accepts', () => {
  const time = (tag: number, text: string) => tlv(tag, Buffer.from(text, 'latin1'))
  const FROM = time(0x17, '250101000000Z')

  it.each<[string, number, string]>([
    ['UTCTime, RFC 5280', 0x17, '350101000000Z'],
    ['UTCTime with a +hhmm offset', 0x17, '350101000000+0800'],
    ['UTCTime without seconds, with a -hhmm offset', 0x17, '3501010000-0130'],
    ['UTCTime of 1999 (years 50–99 are 19xx)', 0x17, '991231235959Z'],
    ['GeneralizedTime, RFC 5280', 0x18, '20350101000000Z'],
    ['GeneralizedTime with fractional seconds', 0x18, '20350101000000.123Z'],
    ['GeneralizedTime with an offset', 0x18, '20491231200000+0800'],
  ])('%s (%s): notAfter is the instant OpenSSL reads', (_name, tag, text) => {
    const der = certificate(tlv(0x0c, Buffer.from('Demo')), [FROM, time(tag, text)])
    // OpenSSL's validTo, whole seconds (the gate keeps none of a fraction: expiry is judged by day).
    const openssl = new Date(new X509Certificate(der).validTo).toISOString().replace(/\.\d{3}Z$/, 'Z')
    const signer = describeCertificate(der, ['v2'])
    expect(signer.notAfter).toBe(openssl)
    expect(signer.notBefore).toBe('2025-01-01T00:00:00Z')
  })

  it.each<[string, number, string]>([
    ['a 31 February', 0x18, '20350231000000Z'],
    ['an offset of +99 hours', 0x17, '350101000000+9900'],
    ['an offset of 99 minutes', 0x18, '20350101000000-0099'],
    ['an offset of 13 hours (OpenSSL allows 12)', 0x17, '350101000000+1300'],
    ['a leap second (OpenSSL allows 59)', 0x17, '351231235960Z'],
    ['a fraction without seconds', 0x18, '203501010000.5Z'],
    ['a comma as the decimal mark', 0x18, '20350101000000,5Z'],
  ])('%s is not a time: the validity is left out, never rolled over', (_name, tag, text) => {
    const der = certificate(tlv(0x0c, Buffer.from('Demo')), [FROM, time(tag, text)])
    expect(describeCertificate(der, ['v2']).notAfter).toBeUndefined()
  })

  it('a time it cannot read leaves the validity out instead of calling the signature corrupt', () => {
    // Month 13: OpenSSL still parses the certificate (it reads times lazily), but no date is certain.
    const der = certificate(tlv(0x0c, Buffer.from('Demo')), [FROM, time(0x17, '351301000000Z')])
    expect(() => new X509Certificate(der)).not.toThrow()
    const signer = describeCertificate(der, ['v2'])
    expect(signer.subject).toBe('CN=Demo')
    expect(signer.notAfter).toBeUndefined()
    expect(signer.notBefore).toBeUndefined()
  })
})
