/**
 * How a certificate's fingerprints are hashed: in JavaScript within a per-process budget, all three
 * by one route, and by node:crypto once the budget is spent or OpenSSL already read the certificate.
 * A file of its own, so that the budget starts at zero here (each test file loads its own modules).
 */
import { describe, expect, it } from '@jest/globals'
import { createHash, X509Certificate } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { bytesHashedInJavaScript, fingerprintsOf } from '../../src/artifacts/digests.js'

const KEYS = path.resolve(import.meta.dirname, '../fixtures/android/keys')
const der = (key: string) => new X509Certificate(readFileSync(path.join(KEYS, `${key}.pem`))).raw
const byNode = (message: Buffer) => ({
  md5: createHash('md5').update(message).digest('hex').toUpperCase(),
  sha1: createHash('sha1').update(message).digest('hex').toUpperCase(),
  sha256: createHash('sha256').update(message).digest('hex').toUpperCase(),
})

describe('fingerprintsOf', () => {
  it('hashes a first certificate in JavaScript, all three digests, within the budget', () => {
    const certificate = der('rsa')
    expect(bytesHashedInJavaScript()).toBe(0)
    expect(fingerprintsOf(certificate, false)).toEqual(byNode(certificate))
    expect(bytesHashedInJavaScript()).toBe(3 * certificate.length)
  })

  it('hashes with node:crypto when OpenSSL already read the certificate', () => {
    const certificate = der('ec')
    const before = bytesHashedInJavaScript()
    expect(fingerprintsOf(certificate, true)).toEqual(byNode(certificate))
    expect(bytesHashedInJavaScript()).toBe(before)
  })

  it('never splits a certificate between the two routes: past the budget, all three go to node:crypto', () => {
    const certificate = der('dsa')
    let hashedHere = 0
    // Certificates until one no longer fits: each is hashed whole in JavaScript or not at all.
    for (let i = 0; i < 50; i++) {
      const before = bytesHashedInJavaScript()
      expect(fingerprintsOf(certificate, false)).toEqual(byNode(certificate))
      const added = bytesHashedInJavaScript() - before
      expect([0, 3 * certificate.length]).toContain(added)
      if (added > 0) hashedHere++
    }
    expect(hashedHere).toBeGreaterThan(0)
    expect(hashedHere).toBeLessThan(50)
  })
})
