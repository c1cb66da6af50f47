/**
 * inspect's paste-ready snippet is written without the yaml library: it must read back as exactly the
 * values inspect found, and for the values artifacts really carry it must be what yaml.stringify writes.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { parse, stringify } from 'yaml'
import { snippetYaml, type Snippet } from '../../src/report/yaml-snippet.js'

const snippetOf = (values: Record<string, string>): Snippet => ({
  platforms: { android: { package: values.id ?? 'com.example.shop', certificate: values } },
})

describe('the inspect snippet', () => {
  it('is what yaml.stringify writes for identities and fingerprints', () => {
    const real = snippetOf({
      md5: '5CAAABA7BAAD021530A3B5A78597C86C',
      sha256: '77E96C57B7B102B12667161D1650EC4EE0B900ED9ABE50BA86165D920423BEA3',
      publicKey:
        'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAr9Xq+/ZsK0rS1T2TnQnE5tQ7pP8xQz9nWJrP9f2m6k4n9vC1QIDAQAB',
      // Hex that YAML would read as a number or an exponent: quoted, as the library quotes it.
      digits: '12345678901234567890123456789012',
      exponent: '1234E5678',
      word: 'true',
    })
    expect(snippetYaml(real)).toBe(stringify(real))
  })

  it('reads back as the values it was given, whatever they are', () => {
    const value = fc.oneof(
      fc.string(),
      fc.stringMatching(/^[0-9A-F]{1,64}$/),
      fc.stringMatching(/^[A-Za-z0-9+/=.-]{1,40}$/),
      fc.constantFrom('null', '~', 'True', '1e3', '.5', '0x1F', '0o7', '-1', '+1', '.inf', '', ' a', 'a '),
    )
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('md5', 'sha1', 'sha256', 'publicKey'), value, { minKeys: 1 }),
        (values) => {
          const snippet = snippetOf(values)
          expect(parse(snippetYaml(snippet))).toEqual(snippet)
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('writes plain what yaml.stringify writes plain', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9._/+=-]{1,70}$/), (text) => {
        const snippet = snippetOf({ md5: text })
        const ours = snippetYaml(snippet)
        // Where the library writes the value plain, so do we; where it quotes, we quote too.
        const libraryPlain = stringify(snippet).includes(`md5: ${text}\n`)
        expect(ours.includes(`md5: ${text}\n`)).toBe(libraryPlain)
      }),
      { numRuns: 3000 },
    )
  })
})
