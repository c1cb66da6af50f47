/**
 * scripts/merge-chunks.mjs's plan on small split builds written out as metafiles: which chunks go
 * into which unit, which stay shared, and the build it refuses. The committed bundles are checked by
 * __tests__/cli/startup.test.ts and run by every test of dist/.
 */
import { describe, it, expect } from '@jest/globals'
import type { Metafile } from 'esbuild'
import { planMerge } from '../../scripts/merge-chunks.mjs'

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

  it('refuses a build whose merged files would import each other', () => {
    // lazy.js is imported both lazily and statically: merging util.js into main.js would make
    // main.js import lazy.js, which imports util.js from main.js.
    expect(() =>
      planMerge(
        metafile({
          'main.js': [['util.js', 'lazy.js'], ['lazy.js']],
          'lazy.js': [['util.js']],
          'util.js': [[]],
        }),
        ['main.js'],
      ),
    ).toThrow(/cycle of static imports: (main|lazy)\.js -> (main|lazy)\.js -> \1\.js/)
  })
})
