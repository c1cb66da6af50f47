/**
 * scripts/merge-chunks.mjs's plan on small split builds written out as metafiles: which chunks go
 * into which unit, which stay shared, and the build it refuses. The committed bundles are checked by
 * __tests__/cli/startup.test.ts and run by every test of dist/.
 */
import { describe, it, expect } from '@jest/globals'
import { build, type Metafile } from 'esbuild'
import { spawnSync } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { mergeChunks, planMerge } from '../../scripts/merge-chunks.mjs'
import { tempDir } from '../helpers/temp-dir.js'

/** A metafile from `file: [static imports], [dynamic imports]`. */
function metafile(graph: Record<string, [string[], string[]?]>): Metafile {
  const outputs: Metafile['outputs'] = {}
  for (const [file, [statics, dynamics = []]] of Object.entries(graph))
    outputs[file] = {
      bytes: 1,
      inputs: {},
      exports: [],
      imports: [
        ...statics.map((path) => ({ path, kind: 'import-statement' as const })),
        ...dynamics.map((path) => ({ path, kind: 'dynamic-import' as const })),
      ],
    }
  return { inputs: {}, outputs }
}

describe('planMerge', () => {
  it('merges into the entry what it loads, and into a lazy part what only it loads', () => {
    const plan = planMerge(
      metafile({
        'main.js': [['shared.js', 'core.js'], ['lazy.js']],
        'lazy.js': [['shared.js', 'lazy-only.js']],
        'shared.js': [[]],
        'core.js': [[]],
        'lazy-only.js': [[]],
      }),
      ['main.js'],
    )
    expect(plan.emitted).toEqual(['lazy.js', 'main.js'])
    expect(plan.merged.get('main.js')).toEqual(['main.js', 'core.js', 'shared.js'])
    expect(plan.merged.get('lazy.js')).toEqual(['lazy.js', 'lazy-only.js'])
  })

  it('keeps apart a chunk two lazy parts share that the entry does not load', () => {
    const plan = planMerge(
      metafile({
        'main.js': [[], ['a.js', 'b.js']],
        'a.js': [['ab.js']],
        'b.js': [['ab.js']],
        'ab.js': [[]],
      }),
      ['main.js'],
    )
    expect(plan.emitted).toEqual(['a.js', 'ab.js', 'b.js', 'main.js'])
    expect(plan.ownerOf.size).toBe(0)
  })

  it('merges into a lazy part what every way to a deeper part has loaded through it', () => {
    const plan = planMerge(
      metafile({
        'main.js': [[], ['reader.js']],
        'reader.js': [['types.js'], ['ipa.js', 'hap.js']],
        'ipa.js': [['types.js']],
        'hap.js': [['types.js']],
        'types.js': [[]],
      }),
      ['main.js'],
    )
    expect(plan.ownerOf.get('types.js')).toBe('reader.js')
  })

  it('does not merge a chunk into a lazy part another way reaches without it', () => {
    const plan = planMerge(
      metafile({
        'main.js': [[], ['reader.js', 'ipa.js']],
        'reader.js': [['types.js'], ['ipa.js']],
        'ipa.js': [['types.js']],
        'types.js': [[]],
      }),
      ['main.js'],
    )
    expect(plan.ownerOf.has('types.js')).toBe(false)
    expect(plan.emitted).toContain('types.js')
  })

  // A merged file runs the files it imports first: a chunk that ran before one of them stays apart.
  it('keeps a chunk apart rather than run it after a file that used to run after it', () => {
    const plan = planMerge(
      metafile({
        'main.js': [['config.js', 'lazy.js'], ['lazy.js']],
        'lazy.js': [[]],
        'config.js': [[]],
      }),
      ['main.js'],
    )
    // lazy.js is imported statically too, so it stays a file; config.js ran before it.
    expect(plan.emitted).toEqual(['config.js', 'lazy.js', 'main.js'])
  })

  // Two lazy parts that import each other: what their common parent loaded is loaded before both,
  // however the files are named (a cycle used to count as nothing loaded).
  it.each([
    ['a-p.js', 'z-v.js'],
    ['z-v.js', 'a-p.js'],
  ])('merges through a cycle of dynamic imports (%s, %s)', (first, second) => {
    const plan = planMerge(
      metafile({
        'e.js': [[], ['u.js']],
        'u.js': [['h.js'], [first]],
        [first]: [['c.js'], [second]],
        [second]: [['h.js'], [first]],
        'h.js': [['c.js']],
        'c.js': [[]],
      }),
      ['e.js'],
    )
    expect(plan.ownerOf.get('h.js')).toBe('u.js')
    expect(plan.ownerOf.get('c.js')).toBe('u.js')
  })

  it('writes no chunk that no entry reaches', () => {
    const plan = planMerge(metafile({ 'main.js': [[]], 'orphan.js': [[], ['lazy.js']], 'lazy.js': [[]] }), [
      'main.js',
    ])
    expect(plan.emitted).toEqual(['main.js'])
  })

  // A lazy part whose only importer esbuild tree-shook away still gets a chunk: it is no unit, owns
  // nothing, and does not keep a chunk it shares with a real lazy part from merging.
  it('ignores lazy parts no entry reaches', () => {
    const plan = planMerge(
      metafile({
        'main.js': [[], ['r.js']],
        'r.js': [['x.js']],
        'd.js': [['x.js'], ['e.js']],
        'e.js': [['x.js']],
        'x.js': [[]],
      }),
      ['main.js'],
    )
    expect(plan.emitted).toEqual(['main.js', 'r.js'])
    expect(plan.ownerOf.get('x.js')).toBe('r.js')
  })
})

/** A split build of `files` (written to a temporary folder), as scripts/bundle.mjs makes one. */
async function splitBuild(dir: string, files: Record<string, string>) {
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text)
  const split = await build({
    entryPoints: { main: path.join(dir, 'main.js') },
    outdir: path.join(dir, 'out'),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    write: false,
    metafile: true,
    sourcemap: 'inline',
    logLevel: 'silent',
  })
  const entry = path.relative(process.cwd(), path.join(dir, 'out/main.js')).split(path.sep).join('/')
  return { split, entry }
}

describe('mergeChunks', () => {
  it('refuses a top-level await, which the CommonJS bundles cannot hold', async () => {
    const dir = await tempDir('cfg-merge-')
    const { split, entry } = await splitBuild(dir, {
      'shared.js': 'export const shared = () => 1\n',
      'lazy.js': "import { shared } from './shared.js'\nexport const lazy = shared\n",
      'main.js': "import { shared } from './shared.js'\nshared()\nawait import('./lazy.js')\n",
    })
    await expect(mergeChunks(split, [entry], { logLevel: 'silent' })).rejects.toThrow(
      /main\.js has a top-level await, which the CommonJS bundles cannot hold: settle the work with runToTheEnd \(src\/settle\.ts\) instead\./,
    )
  })

  // What Node runs: the merged files as CommonJS, in strict mode, a lazy part sharing the entry's
  // modules (one counter, not two), import.meta.url its own file.
  it('writes strict CommonJS whose lazy parts share the modules the entry loaded', async () => {
    const dir = await tempDir('cfg-merge-')
    const { split, entry } = await splitBuild(dir, {
      'counter.js': 'let count = 0\nexport const next = () => ++count\n',
      'lazy.js': [
        "import { next } from './counter.js'",
        "import { fileURLToPath } from 'node:url'",
        'export const lazy = () => [next(), fileURLToPath(import.meta.url), (function () { return this })()]',
      ].join('\n'),
      'main.js': [
        "import { next } from './counter.js'",
        'next()',
        "import('./lazy.js').then(({ lazy }) => console.log(JSON.stringify(lazy())))",
      ].join('\n'),
    })
    const files = await mergeChunks(split, [entry], { sourcemap: true })
    for (const file of files) {
      await mkdir(path.dirname(file.path), { recursive: true })
      await writeFile(file.path, file.text)
    }
    // As in dist/ (scripts/bundle.mjs): a folder with no type would have Node 20.19 on look for ES syntax.
    await writeFile(path.join(dir, 'out/package.json'), '{ "type": "commonjs" }\n')
    for (const file of files.filter((f) => f.path.endsWith('.js')))
      expect(file.text.startsWith('"use strict";')).toBe(true)
    const lazyFile = files.find((f) => /\/lazy-\w+\.js$/.test(f.path))!.path
    const run = spawnSync(process.execPath, [path.join(dir, 'out/main.js')], {
      encoding: 'utf8',
      cwd: dir,
    })
    expect(run.stderr).toBe('')
    // 2: the counter the entry counted with; null: `this` in a strict function (undefined in JSON).
    expect(JSON.parse(run.stdout)).toEqual([2, path.resolve(lazyFile), null])
  })
})
