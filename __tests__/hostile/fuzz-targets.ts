/**
 * Property-based fuzzing of the declaration loader and each artifact reader (issue 12): arbitrary
 * mutations (bytes overwritten, runs of bytes inserted or cut, the end truncated) of the real
 * fixtures. The only allowed failures are the ones a user sees as a clear message: ArtifactError
 * from a reader, PlistError from the plist reader; the declaration loader must always return its
 * findings. Anything else (RangeError, TypeError, a stack overflow, a hang) fails the property.
 *
 * Used by __tests__/hostile/fuzz.test.ts (a few hundred cases per target, in CI) and by
 * scripts/fuzz.mjs (`npm run fuzz`, >= 100k cases).
 */
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { readAabArchive } from '../../src/artifacts/aab.js'
import { readApkArchive } from '../../src/artifacts/apk/index.js'
import { readHap } from '../../src/artifacts/hap.js'
import { readIpa } from '../../src/artifacts/ipa.js'
import { PlistError, parsePlist } from '../../src/artifacts/plist.js'
import { ArtifactError } from '../../src/artifacts/types.js'
import { openZip } from '../../src/artifacts/zip.js'
import { parseDeclarationText } from '../../src/declaration/parse-text.js'

const MAX_ENTRY = 1 << 20

export interface FuzzTarget {
  name: string
  seeds: Buffer[]
  /** Resolves when the input was read or refused the allowed way; rejects otherwise. */
  run(input: Buffer, scratch: string): Promise<void>
}

const fixture = (p: string) => readFileSync(path.join('__tests__/fixtures', p))

async function onFile(input: Buffer, scratch: string, read: (file: string) => Promise<unknown>) {
  const file = path.join(scratch, 'input')
  await writeFile(file, input)
  try {
    await read(file)
  } catch (error) {
    if (!(error instanceof ArtifactError)) throw error
  } finally {
    await rm(file, { force: true })
  }
}

async function withZip(file: string, read: (zip: Awaited<ReturnType<typeof openZip>>) => Promise<unknown>) {
  const zip = await openZip(file, 'fuzz')
  try {
    await read(zip)
  } finally {
    await zip.close()
  }
}

export const TARGETS: FuzzTarget[] = [
  {
    name: 'declaration',
    seeds: [
      readFileSync('examples/china-filing.yml'),
      readFileSync('examples/non-compliant/china-filing.yml'),
    ],
    run: async (input) => {
      const result = parseDeclarationText(input.toString('utf8'), 'china-filing.yml')
      if (!result || typeof result !== 'object') throw new Error('parseDeclarationText returned no result')
    },
  },
  {
    name: 'plist',
    seeds: [fixture('plist/all-types.bplist'), fixture('plist/all-types.xml')],
    run: async (input) => {
      try {
        parsePlist(input)
      } catch (error) {
        if (!(error instanceof PlistError)) throw error
      }
    },
  },
  {
    name: 'zip',
    seeds: [fixture('android/rsa-v1.apk'), fixture('harmony/release.app')],
    run: (input, scratch) =>
      onFile(input, scratch, (file) =>
        withZip(file, async (zip) => {
          for (const entry of zip.entries.slice(0, 50)) await zip.readEntry(entry, MAX_ENTRY)
        }),
      ),
  },
  {
    name: 'apk',
    seeds: [fixture('android/rsa-v123.apk'), fixture('android/ec-v123.apk'), fixture('android/rotated.apk')],
    run: (input, scratch) =>
      onFile(input, scratch, (file) => withZip(file, (zip) => readApkArchive(zip, 'fuzz.apk'))),
  },
  {
    name: 'aab',
    seeds: [fixture('android/rsa.aab'), fixture('android/ec.aab')],
    run: (input, scratch) =>
      onFile(input, scratch, (file) => withZip(file, (zip) => readAabArchive(zip, 'fuzz.aab'))),
  },
  {
    name: 'ipa',
    seeds: [fixture('ios/appstore.ipa'), fixture('ios/appstore-ber.ipa'), fixture('ios/xml-plist.ipa')],
    run: (input, scratch) => onFile(input, scratch, (file) => readIpa(file, 'fuzz.ipa')),
  },
  {
    name: 'hap',
    seeds: [fixture('harmony/release.hap'), fixture('harmony/fa-v2.hap'), fixture('harmony/release.app')],
    run: (input, scratch) => onFile(input, scratch, (file) => readHap(file, 'fuzz.hap')),
  },
]

type Mutation =
  | { kind: 'set'; at: number; byte: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'cut'; at: number; length: number }
  | { kind: 'truncate'; at: number }

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('set' as const),
      at: fc.nat(),
      byte: fc.integer({ min: 0, max: 255 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('insert' as const),
      at: fc.nat(),
      bytes: fc.uint8Array({ maxLength: 64 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('cut' as const),
      at: fc.nat(),
      length: fc.integer({ min: 1, max: 64 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }) },
)

/** Applies mutations; positions are taken modulo the length, and skewed towards the end (ZIP records live there). */
export function mutate(seed: Buffer, mutations: Mutation[]): Buffer {
  let bytes = Buffer.from(seed)
  for (const m of mutations) {
    if (bytes.length === 0) break
    const fromEnd = m.at % 2 === 0
    const offset = Math.floor(m.at / 2) % bytes.length
    const at = fromEnd ? bytes.length - 1 - (offset % Math.min(bytes.length, 4096)) : offset
    if (m.kind === 'set') bytes[at] = m.byte
    else if (m.kind === 'insert') bytes = Buffer.concat([bytes.subarray(0, at), m.bytes, bytes.subarray(at)])
    else if (m.kind === 'cut') bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + m.length)])
    else bytes = bytes.subarray(0, at)
  }
  return bytes
}

/** Runs `numRuns` mutated inputs through the target; throws fast-check's report on the first failure. */
export async function fuzz(
  target: FuzzTarget,
  numRuns: number,
  scratch: string,
  seed?: number,
): Promise<void> {
  const input = fc.tuple(
    fc.integer({ min: 0, max: target.seeds.length - 1 }),
    fc.array(mutation, { minLength: 1, maxLength: 8 }),
  )
  await fc.assert(
    fc.asyncProperty(input, async ([which, mutations]) => {
      await target.run(mutate(target.seeds[which]!, mutations), scratch)
    }),
    { numRuns, ...(seed === undefined ? {} : { seed }), endOnFailure: true },
  )
}
