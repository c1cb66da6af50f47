/**
 * A few hundred fuzz cases per target in every test run (FUZZ_RUNS to change); `npm run fuzz`
 * runs the same properties for 100k+ cases. See fuzz-targets.ts for what each property allows.
 */
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { TARGETS, fuzz } from './fuzz-targets.js'

const RUNS = Number(process.env.FUZZ_RUNS ?? 300)

let scratch: string
beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'china-filing-fuzz-'))
})
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true })
})

describe.each(TARGETS)('fuzz $name', (target) => {
  it(`${RUNS} mutated fixtures: read, or refused with a clear error`, async () => {
    await fuzz(target, RUNS, scratch)
  }, 120_000)
})
