/**
 * What each command loads before it does anything (issue 10), read from the committed bundles: the
 * static imports of an entry are compiled at start-up, the dynamic ones only when a command reaches
 * them. Which source files and packages a bundle file holds is read from its source map.
 */
import { describe, it, expect } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { cli as runMain } from '../helpers/cli.js'
import { runAction } from '../helpers/run-action.js'
import { tempDir } from '../helpers/temp-dir.js'
import { PROGRAMS as BUILDS } from '../../scripts/esbuild-plugins.mjs'

// The bundles are CommonJS (scripts/bundle.mjs): a static import is a require() statement of its own
// at the top of the file, a dynamic one a require() behind a promise.
const STATIC_IMPORT = /^(?:var \w+ = )?require\("(\.\.?\/[^"]+)"\);?$/gm
const DYNAMIC_IMPORT = /\bPromise\.resolve\(\)\.then\(\(\) => (?:__toESM\()?require\("(\.\.?\/[^"]+)"\)/g

/** The files a module loads at start: it and its static imports, transitively. */
function staticGraph(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen
  seen.add(file)
  for (const m of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT))
    staticGraph(path.resolve(path.dirname(file), m[1]!), seen)
  return seen
}

/** The source files (src/…, node_modules/…) a bundle file was built from, from its source map. */
function sourcesOf(file: string): string[] {
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { sources: string[] }
  // Sources named `namespace:path` are made up by the build (scripts/esbuild-plugins.mjs,
  // scripts/merge-chunks.mjs): a few lines that re-export what other files hold.
  const sources = map.sources
    .filter((source) => !source.includes(':'))
    .map((source) => path.relative(process.cwd(), path.resolve(path.dirname(file), source)))
  // A path that leaves the repository would be a map rebased from the wrong folder.
  for (const source of sources) expect(`${file}: ${source}`).not.toMatch(/: \.\.\//)
  return sources
}

function packagesOf(files: Iterable<string>): Set<string> {
  const packages = new Set<string>()
  for (const file of files)
    for (const source of sourcesOf(file)) {
      const m = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(source)
      if (m) packages.add(m[1]!)
    }
  return packages
}

/** The chunk that `file` or its static imports load dynamically for `name` (e.g. src/cli/inspect.ts). */
function dynamicChunk(file: string, name: string): string {
  for (const loaded of staticGraph(file)) {
    const chunk = [...readFileSync(loaded, 'utf8').matchAll(DYNAMIC_IMPORT)]
      .map((m) => m[1]!)
      .find((m) => path.basename(m) === `${name}.js` || path.basename(m).startsWith(`${name}-`))
    if (chunk) return path.resolve(path.dirname(loaded), chunk)
  }
  throw new Error(`${file} loads no ${name} chunk`)
}

/** Every file of a program: its entry and all it may load, statically or dynamically. */
function programFiles(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen
  seen.add(entry)
  const text = readFileSync(entry, 'utf8')
  for (const m of [...text.matchAll(STATIC_IMPORT), ...text.matchAll(DYNAMIC_IMPORT)])
    programFiles(path.resolve(path.dirname(entry), m[1]!), seen)
  return seen
}

const cli = path.resolve('dist/cli.js')
const action = path.resolve('dist/index.js')
/** The CLI's programs as the build makes them: dist/chunks/cli-<name>.js, one per src/cli/programs/ file. */
const PROGRAMS = BUILDS.filter((program) => program.name !== 'action').map((program) =>
  path.resolve('dist', `${Object.keys(program.entryPoints)[0]}.js`),
)

describe('start-up loads only what the command uses', () => {
  // The graphs above are read with two patterns: if esbuild wrote a require() in another form, they
  // would shrink and every "does not load" below would pass unchecked.
  it('reads every relative require() of the bundles as static or dynamic', () => {
    let requires = 0
    for (const file of [cli, ...programFiles(action), ...PROGRAMS.flatMap((p) => [...programFiles(p)])]) {
      const text = readFileSync(file, 'utf8')
      const all = text.match(/\brequire\("\.\.?\//g)?.length ?? 0
      const read = [...text.matchAll(STATIC_IMPORT), ...text.matchAll(DYNAMIC_IMPORT)].length
      expect(`${file}: ${read} of ${all}`).toBe(`${file}: ${all} of ${all}`)
      requires += all
    }
    expect(requires).toBeGreaterThan(50)
  })

  it('the CLI entry (--version) loads nothing but itself', () => {
    expect([...staticGraph(cli)]).toEqual([cli])
  })

  it('each CLI command starts one file of its own, and the action one file', () => {
    for (const program of PROGRAMS)
      expect([...staticGraph(dynamicChunk(cli, path.basename(program, '.js')))]).toEqual([program])
    expect([...staticGraph(action)]).toEqual([action])
  })

  // scripts/merge-chunks.mjs moves code between the files of a program: a module in two of them would
  // run twice in one process, with two copies of its classes and its state.
  it('no source file is bundled into two files of one program', () => {
    for (const entry of [action, ...PROGRAMS]) {
      const seen = new Map<string, string>()
      for (const file of programFiles(entry))
        for (const source of sourcesOf(file)) {
          expect(`${source} in ${seen.get(source) ?? file}`).toBe(`${source} in ${file}`)
          seen.set(source, file)
        }
    }
  })

  it('inspect loads neither the declaration schema (zod) nor the YAML library', () => {
    const packages = packagesOf(staticGraph(dynamicChunk(cli, 'cli-inspect')))
    for (const heavy of ['zod', 'yaml', 'picomatch', 'semver']) expect(packages).not.toContain(heavy)
  })

  // Plain declarations are read by src/declaration/plain-yaml.ts and valid ones accepted by
  // src/declaration/valid.ts; the YAML library and zod are for the declarations that need them.
  it('check and the action load the YAML library, zod and semver only for a run that needs them', () => {
    for (const entry of [dynamicChunk(cli, 'cli-check'), action]) {
      const packages = packagesOf(staticGraph(entry))
      expect(packages).not.toContain('yaml')
      expect(packages).not.toContain('zod')
      // Tag globs are matched only in a release run with a tag (loadTagMatcher in src/release/version.ts).
      expect(packages).not.toContain('picomatch')
      // Versions are compared only for a tag, a release version or an artifact (loadSemver); other
      // ranges than plain ones are checked by the schema (src/declaration/shape.ts).
      expect(packages).not.toContain('semver')
      expect(packagesOf(staticGraph(dynamicChunk(entry, 'semver')))).toContain('semver')
      expect(packagesOf(staticGraph(dynamicChunk(entry, 'diagnose')))).toContain('semver')
      expect(packagesOf(staticGraph(dynamicChunk(entry, 'yaml-library')))).toContain('yaml')
      expect(packagesOf(staticGraph(dynamicChunk(entry, 'diagnose')))).toContain('zod')
    }
  })

  // The source scan walks the tree first; the Gradle, Xcode, plist and JSON5 parsers load on the first
  // identity file it finds (src/sources/detectors.ts), so a declaration kept apart from the code skips them.
  it('check and the action load the source detectors only when the scan finds an identity file', () => {
    const sourcesIn = (files: Iterable<string>) => [...files].flatMap(sourcesOf)
    for (const entry of [dynamicChunk(cli, 'cli-check'), action]) {
      const loaded = sourcesIn(staticGraph(entry))
      expect(loaded).toContain('src/sources/scan.ts')
      for (const detector of ['gradle', 'xcode', 'info-plist', 'json5', 'harmony', 'mini-programs'])
        expect(loaded).not.toContain(`src/sources/${detector}.ts`)
      expect(sourcesIn(staticGraph(dynamicChunk(entry, 'detectors')))).toContain('src/sources/gradle.ts')
    }
  })

  // Node 20 starts its ES module loader for an ES module, 12 to 15 ms (scripts/bundle.mjs); and the code
  // was written, and is tested, as strict mode code.
  it('every bundle file is strict CommonJS, and dist/package.json says so', () => {
    expect(JSON.parse(readFileSync('dist/package.json', 'utf8'))).toEqual({ type: 'commonjs' })
    for (const file of [cli, ...programFiles(action), ...PROGRAMS.flatMap((p) => [...programFiles(p)])]) {
      const text = readFileSync(file, 'utf8').replace(/^#!.*\n/, '')
      expect(`${file}: ${text.slice(0, 13)}`).toBe(`${file}: "use strict";`)
      expect(`${file}: ${/^(?:import|export)\b.*$/m.exec(text)?.[0]}`).toBe(`${file}: undefined`)
    }
  })

  it('the action starts without Octokit or an HTTP client', () => {
    const packages = packagesOf(staticGraph(action))
    expect(packages).toContain('@actions/core')
    for (const heavy of ['@actions/github', '@actions/http-client', 'undici', 'tunnel', '@octokit/core'])
      expect(packages).not.toContain(heavy)
  })

  it('publishing still bundles Octokit, in a chunk of its own', () => {
    const publish = dynamicChunk(action, 'publish')
    expect(packagesOf(staticGraph(dynamicChunk(publish, 'github')))).toContain('@octokit/core')
  })
})

/**
 * A preload that records the Node internals a process loads after Node's own start-up, and what it
 * recorded once the process has ended.
 */
async function moduleRecorder(): Promise<{ preload: string; loaded: () => string[] }> {
  const dir = await tempDir('cfg-startup-')
  const preload = path.join(dir, 'record.cjs')
  const record = path.join(dir, 'loaded.json')
  writeFileSync(
    preload,
    `const before = new Set(process.moduleLoadList)
process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(record)}, JSON.stringify(process.moduleLoadList.filter((m) => !before.has(m)))))
`,
  )
  const loaded = () =>
    (JSON.parse(readFileSync(record, 'utf8')) as string[]).map((m) => m.replace(/^NativeModule /, ''))
  return { preload, loaded }
}

/** The Node internals a run of dist/cli.js loads, with stdout and stderr as pipes (as in CI). */
async function nodeModulesLoaded(args: string[]): Promise<string[]> {
  const { preload, loaded } = await moduleRecorder()
  const result = spawnSync(process.execPath, ['--require', preload, cli, ...args], {
    encoding: 'utf8',
    env: {},
  })
  expect(result.stderr).toBe('')
  return loaded()
}

// Node's stream layer (the first touch of process.stdout), node:fs/promises (streams, readline and the
// file watchers with it) and the socket and terminal modules were a sixth of what check added to bare
// Node (src/stdio.ts, src/promised-fs.ts). Node 20 loads its ES module loader, and fs/promises with it,
// for an ES module entry only: the bundles are CommonJS (scripts/bundle.mjs). Node 22 and later load
// the loader before any program, so there the check holds whatever the bundles are. inspect inflates
// an APK's small entries in JavaScript (src/artifacts/inflate.ts): node:zlib would load the stream
// layer itself.
describe('the CLI writes and reads without the stream layer of Node', () => {
  const filesAndTerminals = ['net', 'tty', 'readline', 'internal/fs/promises', 'internal/modules/esm/loader']
  it.each([
    [['--version'], ['stream', ...filesAndTerminals]],
    [
      ['check', '--config', 'examples/china-filing.yml'],
      ['stream', ...filesAndTerminals],
    ],
    [
      ['check', '--config', 'examples/non-compliant/china-filing.yml', '--format', 'json'],
      ['stream', ...filesAndTerminals],
    ],
    // A certificate as signing tools make it is read without node:crypto (src/artifacts/public-key.ts).
    [
      ['inspect', '__tests__/fixtures/android/rsa-v123.apk'],
      ['crypto', 'zlib', 'stream', ...filesAndTerminals],
    ],
    [
      ['inspect', '__tests__/fixtures/android/ec-v123.apk'],
      ['crypto', 'zlib', 'stream', ...filesAndTerminals],
    ],
    [
      ['inspect', '__tests__/fixtures/harmony/release.app'],
      ['crypto', ...filesAndTerminals],
    ],
  ])('%j loads none of %j', async (args, unwanted) => {
    const loaded = await nodeModulesLoaded(args)
    // The recorder sees what a command does load (its argument parser; --version parses none), so an
    // absence means something.
    if (args[0] !== '--version') expect(loaded).toContain('internal/util/parse_args/parse_args')
    for (const module of unwanted) expect(loaded).not.toContain(module)
  })

  // @actions/core prints workflow commands with process.stdout.write (src/action/stdout.ts) and its job
  // summary module takes fs.promises when it loads (the action writes its summary itself).
  it('the action loads none of them either', async () => {
    const { preload, loaded } = await moduleRecorder()
    const run = await runAction({
      workspace: path.resolve('examples'),
      eventName: 'workflow_dispatch',
      inputs: { token: '' },
      nodeArgs: ['--require', preload],
    })
    for (const module of ['stream', ...filesAndTerminals]) expect(loaded()).not.toContain(module)
    // It ran: the summary and the outputs are written.
    expect(run.summary).toMatch(/^## China filing: ✅ pass/)
    expect(run.outputs.verdict).toBe('pass')
  })
})

// dist/cli.js starts one program per command (src/cli/index.ts): each must answer as main() does.
describe('the bundled CLI routes every command to a program that answers it', () => {
  const config = path.resolve('examples/china-filing.yml')
  it.each([
    [[]],
    [['help']],
    [['help', 'inspect']],
    [['--help']],
    [['-h']],
    [['chek']],
    [['__proto__']],
    [['check', '--help']],
    [['check', '--config', config, '--today', '2026-11-30', '--format', 'json']],
    [['check', '--confg', config]],
    [['inspect', '--help']],
    [['inspect', 'missing.apk']],
    [['init', '--help']],
    [['schema']],
    [['explain', 'filing-required']],
    [['explain', 'no-such-rule']],
  ])('%j', async (args) => {
    const bundled = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: {} })
    expect({ code: bundled.status, stdout: bundled.stdout, stderr: bundled.stderr }).toEqual(
      await runMain(args),
    )
  })
})

// The entry settles the program without a top-level await (the bundles are CommonJS): a program that
// cannot load still fails closed, with one line and no stack trace.
describe('the bundled CLI when a program cannot load', () => {
  it('blocks with an internal error, exit code 1', async () => {
    const copy = await tempDir('cfg-dist-')
    cpSync('dist', copy, { recursive: true })
    rmSync(path.join(copy, 'chunks/cli-check.js'))
    const run = spawnSync(
      process.execPath,
      [path.join(copy, 'cli.js'), 'check', '--config', 'examples/china-filing.yml'],
      { encoding: 'utf8', env: {} },
    )
    expect(run.status).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(
      /^china-filing: internal error: Cannot find module '\.\/chunks\/cli-check\.js'\. The gate could not decide, so it blocks\. Please report this at \S+\/issues with the command you ran\.\n$/,
    )
  })
})
