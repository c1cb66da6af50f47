// `npm run fuzz`: the fuzz properties of __tests__/hostile/fuzz-targets.ts for 100k+ cases in all
// (FUZZ_TOTAL to change; FUZZ_SEED to replay a run). Bundles the targets with esbuild first, since
// they import the TypeScript sources. Prints cases and seconds per target; exits non-zero on the
// first input that a reader fails on other than with its clear error, with fast-check's report.
import { build } from 'esbuild'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

const total = Number(process.env.FUZZ_TOTAL ?? 105_000)
const seed = process.env.FUZZ_SEED === undefined ? Date.now() % 2 ** 31 : Number(process.env.FUZZ_SEED)
/** The in-memory targets are cheap; the file readers write a temp file per case. */
const SHARE = { declaration: 0.25, plist: 0.25, zip: 0.1, apk: 0.1, aab: 0.1, ipa: 0.1, hap: 0.1 }

const out = path.resolve('node_modules/.cache/china-filing-fuzz/targets.mjs')
await mkdir(path.dirname(out), { recursive: true })
await build({
  entryPoints: ['__tests__/hostile/fuzz-targets.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  outfile: out,
  logLevel: 'error',
})
const { TARGETS, fuzz } = await import(out)
const scratch = await mkdtemp(path.join(tmpdir(), 'china-filing-fuzz-'))
console.log(`fuzzing ${total} cases, seed ${seed}`)
const started = performance.now()
let cases = 0
try {
  for (const target of TARGETS) {
    const runs = Math.round(total * (SHARE[target.name] ?? 0.1))
    const t = performance.now()
    await fuzz(target, runs, scratch, seed)
    cases += runs
    console.log(
      `${target.name.padEnd(12)} ${String(runs).padStart(7)} cases  ${((performance.now() - t) / 1000).toFixed(1)} s`,
    )
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
} finally {
  await rm(scratch, { recursive: true, force: true })
}
console.log(`${cases} cases in ${((performance.now() - started) / 1000).toFixed(1)} s`)
