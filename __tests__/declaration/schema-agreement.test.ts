/**
 * The editor schema (generated from zod, plus the refinements json-schema.ts carries over) and the
 * loader agree: a table of bad values is refused by both, and every shipped good declaration is
 * accepted by both (issue 7.10).
 */
import { describe, it, expect } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse, stringify } from 'yaml'
import { createAjv } from '../helpers/ajv.js'
import { declarationJsonSchema } from '../../src/declaration/json-schema.js'
import { parseDeclarationText } from '../../src/declaration/parse-text.js'

const validate = createAjv().compile(declarationJsonSchema())
const good = parse(readFileSync('examples/china-filing.yml', 'utf8')) as Record<string, unknown>

type Mutate = (d: { apps: Record<string, unknown>[] } & Record<string, unknown>) => void
const cert = (d: Parameters<Mutate>[0]) =>
  (d.apps[0]!.platforms as Record<string, { certificate: Record<string, unknown> }>).android!.certificate

const BAD: [string, Mutate][] = [
  ['md5: TODO', (d) => void (cert(d).md5 = 'TODO')],
  ['md5 too short', (d) => void (cert(d).md5 = 'FC66866CD3CAB411048C250AE814034')],
  ['sha1 not hex', (d) => void (cert(d).sha1 = 'ZZ'.repeat(20))],
  ['sha256 too long', (d) => void (cert(d).sha256 = 'AB'.repeat(33))],
  [
    'certificate without a fingerprint',
    (d) => {
      const c = cert(d)
      for (const k of Object.keys(c)) delete c[k]
    },
  ],
  ['launchedOn not a date', (d) => void (d.apps[0]!.launchedOn = '31/03/2024')],
  ['launchedOn month 13', (d) => void (d.apps[0]!.launchedOn = '2024-13-01')],
  ['unknown store', (d) => void (d.apps[0]!.stores = ['xiaomy'])],
  ['unknown top-level key', (d) => void (d.extra = 1)],
  [
    'android.package not a package',
    (d) => void ((d.apps[0]!.platforms as Record<string, Record<string, unknown>>).android!.package = 'shop'),
  ],
]

function clone(): Parameters<Mutate>[0] {
  return structuredClone(good) as Parameters<Mutate>[0]
}

describe('the editor schema agrees with the loader', () => {
  it('both accept the shipped example', () => {
    expect(validate(good)).toBe(true)
    expect(parseDeclarationText(stringify(good), 'china-filing.yml').findings).toEqual([])
  })

  it.each(BAD)('both refuse %s', (_, mutate) => {
    const declaration = clone()
    mutate(declaration)
    expect(validate(declaration)).toBe(false)
    const load = parseDeclarationText(stringify(declaration), 'china-filing.yml')
    expect(load.declaration).toBeUndefined()
    expect(load.findings.length).toBeGreaterThan(0)
  })

  it('the committed schema file is the generated one', () => {
    expect(JSON.parse(readFileSync('schema/china-filing.schema.json', 'utf8'))).toEqual(
      declarationJsonSchema(),
    )
  })
})
