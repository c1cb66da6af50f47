/**
 * dist/licenses.txt lists every package whose code is in the bundles. The test bundles the programs
 * itself (esbuild, metafile, nothing written), finds the package of every input that put bytes
 * into an output, and expects each one in the committed file with its licence text.
 */
import { describe, it, expect } from '@jest/globals'
import { build } from 'esbuild'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { PROGRAMS, programBuild } from '../../scripts/esbuild-plugins.mjs'

/** The nearest package.json above a bundled file: the package that file belongs to. */
function packageOf(input: string): { name: string; version: string } | undefined {
  if (!input.includes('node_modules/')) return undefined
  let dir = path.dirname(input)
  while (dir.includes('node_modules')) {
    const manifest = path.join(dir, 'package.json')
    if (existsSync(manifest)) {
      const json = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string }
      // Some packages keep a {"type": "module"} package.json in dist/: the package is the one with a name.
      if (json.name && json.version) return { name: json.name, version: json.version }
    }
    dir = path.dirname(dir)
  }
  return undefined
}

async function bundledPackages(): Promise<string[]> {
  // scripts/bundle.mjs's own split builds: what ships is what gets listed. (Merging the chunks moves
  // code between files, not in or out; dist/cli.js is built apart and bundles no package.)
  const names = new Set<string>()
  for (const program of PROGRAMS) {
    const { metafile } = await build({
      ...programBuild(program),
      write: false,
      metafile: true,
      outdir: 'out',
      logLevel: 'silent',
    })
    for (const output of Object.values(metafile.outputs))
      for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
        const pkg = bytesInOutput > 0 ? packageOf(input) : undefined
        if (pkg) names.add(`${pkg.name}@${pkg.version}`)
      }
  }
  return [...names].sort()
}

describe('dist/licenses.txt', () => {
  const text = readFileSync('dist/licenses.txt', 'utf8')
  const entries = text.split(/^-{78}\n/m).slice(1)

  it('lists every package esbuild bundles, each with its licence and licence text', async () => {
    const packages = await bundledPackages()
    expect(packages.length).toBeGreaterThan(10)
    const listed = entries.map((e) => e.split('\n')[0])
    expect(listed).toEqual(packages)
    for (const entry of entries) {
      const [, licence, , ...body] = entry.split('\n')
      expect(licence).toMatch(/^License: \S/)
      expect(body.join('\n')).toMatch(/permission|licen[cs]e|copyright/i)
    }
    expect(text).toContain(`${packages.length} packages.`)
  }, 120_000)

  it('names the licences the bundles carry (all permissive)', () => {
    const licences = new Set(entries.map((e) => e.split('\n')[1]!.replace('License: ', '')))
    for (const licence of licences)
      expect(['MIT', 'ISC', 'Apache-2.0', 'BSD-2-Clause', 'BSD-3-Clause']).toContain(licence)
  })
})
