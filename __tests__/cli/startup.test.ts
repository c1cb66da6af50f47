/**
 * What each command loads before it does anything (issue 10), read from the committed bundles: the
 * static imports of an entry are compiled at start-up, the dynamic ones only when a command reaches
 * them. esbuild marks each bundled package with a `// node_modules/<package>/...` comment.
 */
import { describe, it, expect } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'

const STATIC_IMPORT = /^import\s+(?:[^'"]*?\s+from\s+)?"(\.\/[^"]+)";?$/gm
const DYNAMIC_IMPORT = /\bimport\("(\.\/[^"]+)"\)/g

/** The files a module loads at start: it and its static imports, transitively. */
function staticGraph(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen
  seen.add(file)
  for (const m of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT))
    staticGraph(path.resolve(path.dirname(file), m[1]!), seen)
  return seen
}

function packagesOf(files: Iterable<string>): Set<string> {
  const packages = new Set<string>()
  for (const file of files)
    for (const m of readFileSync(file, 'utf8').matchAll(/^\/\/ node_modules\/((?:@[^/]+\/)?[^/]+)\//gm))
      packages.add(m[1]!)
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

describe('start-up loads only what the command uses', () => {
  const cli = path.resolve('dist/cli.js')
  const action = path.resolve('dist/index.js')

  it('the CLI entry (--version) loads nothing but itself', () => {
    expect([...staticGraph(cli)]).toEqual([cli])
  })

  it('inspect loads neither the declaration schema (zod) nor the YAML library', () => {
    const main = dynamicChunk(cli, 'main')
    const packages = packagesOf(staticGraph(dynamicChunk(main, 'inspect')))
    for (const heavy of ['zod', 'yaml', 'picomatch', 'semver']) expect(packages).not.toContain(heavy)
  })

  // Plain declarations are read by src/declaration/plain-yaml.ts and valid ones accepted by
  // src/declaration/valid.ts; the YAML library and zod are for the declarations that need them.
  it('check and the action load the YAML library and zod only for a declaration that needs them', () => {
    const main = dynamicChunk(cli, 'main')
    for (const entry of [dynamicChunk(main, 'check'), action]) {
      const packages = packagesOf(staticGraph(entry))
      expect(packages).not.toContain('yaml')
      expect(packages).not.toContain('zod')
      // Tag globs are matched only in a release run with a tag (loadTagMatcher in src/release/version.ts).
      expect(packages).not.toContain('picomatch')
      expect(packagesOf(staticGraph(dynamicChunk(entry, 'yaml-library')))).toContain('yaml')
      expect(packagesOf(staticGraph(dynamicChunk(entry, 'diagnose')))).toContain('zod')
    }
  })

  // The source scan walks the tree first; the Gradle, Xcode, plist and JSON5 parsers load on the first
  // identity file it finds (src/sources/detectors.ts), so a declaration kept apart from the code skips them.
  it('check and the action load the source detectors only when the scan finds an identity file', () => {
    const sourcesOf = (files: Iterable<string>) =>
      [...files].flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/^\/\/ (src\/sources\/[\w-]+\.ts)$/gm)].map((m) => m[1]),
      )
    const main = dynamicChunk(cli, 'main')
    for (const entry of [dynamicChunk(main, 'check'), action]) {
      const loaded = sourcesOf(staticGraph(entry))
      expect(loaded).toContain('src/sources/scan.ts')
      for (const detector of ['gradle', 'xcode', 'info-plist', 'json5', 'harmony', 'mini-programs'])
        expect(loaded).not.toContain(`src/sources/${detector}.ts`)
      expect(sourcesOf(staticGraph(dynamicChunk(entry, 'detectors')))).toContain('src/sources/gradle.ts')
    }
  })

  // An ES import of node:util or node:fs builds the builtin's whole namespace (scripts/esbuild-plugins.mjs).
  it('no bundle file imports a Node builtin with an ES import statement', () => {
    for (const file of [cli, action, ...staticGraph(cli), ...staticGraph(action)])
      expect(readFileSync(file, 'utf8')).not.toMatch(/^import [^;]*from "node:(?!module")/m)
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
