#!/usr/bin/env node
/**
 * Shows that reading an APK costs the same whatever its size (DESIGN §7: seek, don't load). Run by
 * `node scripts/bench.mjs --apksigner` (or directly); `npm run bench` measures start-up instead.
 *
 * Builds signed APKs padded with a stored (uncompressed) random asset to about 1 MB, 100 MB and 1 GB
 * under <tmpdir>/china-filing-bench (kept between runs; delete the folder to rebuild), then runs
 * `node dist/cli.js inspect <apk> --format json` for each under /usr/bin/time -v and prints the wall
 * time and peak RSS, next to `apksigner verify --print-certs` (which also checks every digest, so it
 * reads the whole file) when apksigner is installed.
 *
 * Needs: dist/cli.js (npm run package), aapt2, zipalign, apksigner (apt-get install -y apksigner
 * zipalign aapt android-framework-res), GNU time (/usr/bin/time). Usage:
 *   node scripts/bench-apksigner.mjs [--sizes 1M,100M,1G] [--runs 3] [--reader]
 * --reader measures readArtifact itself (src/artifacts/read.ts bundled by esbuild into the work
 * folder, called by a three-line script) instead of the CLI: for when dist/ is missing or stale.
 */
import { spawnSync } from 'node:child_process'
import { createWriteStream, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const CLI = path.join(ROOT, 'dist/cli.js')
const KEYSTORE = path.join(ROOT, '__tests__/fixtures/android/keys/rsa.p12')
const FRAMEWORK = '/usr/share/android-framework-res/framework-res.apk'
const WORK = path.join(os.tmpdir(), 'china-filing-bench')
const UNITS = { K: 1024, M: 1024 ** 2, G: 1024 ** 3 }

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback
}
const SIZES = option('sizes', '1M,100M,1G')
  .split(',')
  .map((label) => {
    const m = /^(\d+)([KMG])$/i.exec(label.trim())
    if (!m) fail(`--sizes: "${label}" is not a size like 1M or 1G`)
    return { label: label.trim().toUpperCase(), bytes: Number(m[1]) * UNITS[m[2].toUpperCase()] }
  })
const RUNS = Number(option('runs', '3'))
const READER = process.argv.includes('--reader')

function fail(message) {
  console.error(`bench: ${message}`)
  process.exit(2)
}

function have(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options })
  if (result.status !== 0) {
    fail(`${command} ${args.join(' ')} failed (${result.status ?? result.signal}):\n${result.stderr}`)
  }
  return result
}

/** Writes `bytes` random bytes in 1 MiB chunks, so the script itself stays small. */
async function randomFile(file, bytes) {
  const out = createWriteStream(file)
  for (let left = bytes; left > 0; left -= UNITS.M) {
    if (!out.write(randomBytes(Math.min(UNITS.M, left)))) await new Promise((r) => out.once('drain', r))
  }
  await new Promise((resolve, reject) => out.end((error) => (error ? reject(error) : resolve())))
}

async function buildApk({ label, bytes }) {
  const dir = path.join(WORK, label)
  const apk = path.join(WORK, `padded-${label}.apk`)
  if (existsSync(apk)) return apk
  mkdirSync(path.join(dir, 'assets'), { recursive: true })
  writeFileSync(
    path.join(dir, 'AndroidManifest.xml'),
    `<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android"
    package="com.example.bench" android:versionCode="1" android:versionName="1.0">
    <uses-sdk android:minSdkVersion="24" android:targetSdkVersion="29" />
    <application android:label="Bench" android:hasCode="false" />
</manifest>
`,
  )
  // A few KiB of manifest, resources and signatures come on top of the padding.
  await randomFile(path.join(dir, 'assets', 'padding.bin'), Math.max(0, bytes - 16 * 1024))
  const unsigned = path.join(dir, 'unsigned.apk')
  const aligned = path.join(dir, 'aligned.apk')
  run('aapt2', [
    'link',
    '--manifest',
    path.join(dir, 'AndroidManifest.xml'),
    '-I',
    FRAMEWORK,
    '-A',
    path.join(dir, 'assets'),
    '-0',
    'bin',
    '-o',
    unsigned,
  ])
  run('zipalign', ['-f', '-p', '4', unsigned, aligned])
  run('apksigner', [
    'sign',
    '--v4-signing-enabled',
    'false',
    '--ks',
    KEYSTORE,
    '--ks-pass',
    'pass:android',
    '--out',
    apk,
    aligned,
  ])
  run('rm', ['-rf', dir])
  return apk
}

/** Bundles src/artifacts/read.ts and writes a script that prints readArtifact's result as JSON. */
async function readerScript() {
  const { build } = await import('esbuild')
  await build({
    entryPoints: [path.join(ROOT, 'src/artifacts/read.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: path.join(WORK, 'read-artifact.mjs'),
    // CommonJS dependencies inside an ESM bundle still call require().
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    logLevel: 'warning',
  })
  const script = path.join(WORK, 'read-artifact-cli.mjs')
  writeFileSync(
    script,
    "import { readArtifact } from './read-artifact.mjs'\nconsole.log(JSON.stringify([await readArtifact(process.argv[2])]))\n",
  )
  return script
}

/** Runs a command under GNU time -v; returns wall seconds, peak RSS in MiB and stdout. */
function timed(command, args) {
  const result = spawnSync('/usr/bin/time', ['-v', command, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  if (result.status !== 0) fail(`${command} ${args.join(' ')} failed:\n${result.stderr}`)
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(
    result.stderr,
  )
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)
  if (!wall || !rss) fail(`cannot read /usr/bin/time output:\n${result.stderr}`)
  return {
    seconds: Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]),
    rssMiB: Number(rss[1]) / 1024,
    stdout: result.stdout,
  }
}

/** The median of `RUNS` runs (by wall time), with the first, cold-cache run discarded. */
function measure(command, args) {
  timed(command, args)
  const runs = Array.from({ length: RUNS }, () => timed(command, args)).sort((a, b) => a.seconds - b.seconds)
  return runs[Math.floor(runs.length / 2)]
}

function mib(bytes) {
  return `${(bytes / UNITS.M).toFixed(1)} MiB`
}

async function main() {
  if (!READER && !existsSync(CLI))
    fail(`${path.relative(ROOT, CLI)} is missing: run npm run package first, or pass --reader`)
  if (!existsSync('/usr/bin/time')) fail('/usr/bin/time (GNU time) is missing: apt-get install -y time')
  for (const tool of ['aapt2', 'zipalign', 'apksigner']) {
    if (!have(tool))
      fail(`${tool} is missing: apt-get install -y apksigner zipalign aapt android-framework-res`)
  }
  if (!existsSync(FRAMEWORK)) fail(`${FRAMEWORK} is missing: apt-get install -y android-framework-res`)
  mkdirSync(WORK, { recursive: true })
  const script = READER ? await readerScript() : undefined
  const subject = script
    ? { name: 'readArtifact', args: (apk) => [script, apk] }
    : { name: 'inspect', args: (apk) => [CLI, 'inspect', apk, '--format', 'json'] }

  const rows = []
  for (const size of SIZES) {
    process.stderr.write(`building ${size.label} APK in ${WORK} ...\n`)
    const apk = await buildApk(size)
    const bytes = statSync(apk).size
    process.stderr.write(`measuring ${path.basename(apk)} (${mib(bytes)}) ...\n`)
    const ours = measure(process.execPath, subject.args(apk))
    const [identity] = JSON.parse(ours.stdout)
    const sha256 = identity?.signers?.[0]?.sha256
    if (!sha256) fail(`${subject.name} found no signer in ${apk}:\n${ours.stdout}`)
    const theirs = measure('apksigner', ['verify', '--print-certs', apk])
    const agrees = theirs.stdout.toUpperCase().includes(`SHA-256 DIGEST: ${sha256}`)
    rows.push({ size: mib(bytes), ours, theirs, agrees })
  }

  const table = [
    [
      'APK size',
      `${subject.name} wall`,
      `${subject.name} peak RSS`,
      'apksigner wall',
      'apksigner peak RSS',
      'wall ratio',
      'same SHA-256',
    ],
    ...rows.map((r) => [
      r.size,
      `${r.ours.seconds.toFixed(2)} s`,
      `${r.ours.rssMiB.toFixed(0)} MiB`,
      `${r.theirs.seconds.toFixed(2)} s`,
      `${r.theirs.rssMiB.toFixed(0)} MiB`,
      `${(r.theirs.seconds / r.ours.seconds).toFixed(1)}x faster`,
      r.agrees ? 'yes' : 'NO',
    ]),
  ]
  const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)))
  const line = (row) => `| ${row.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`
  console.log(`node ${process.version}, median of ${RUNS} warm runs; apksigner also verifies every digest`)
  console.log(line(table[0]))
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`)
  for (const row of table.slice(1)) console.log(line(row))
  if (rows.some((r) => !r.agrees)) process.exitCode = 1
}

await main()
