// esbuild plugins shared by scripts/bundle.mjs and the licence test, so both bundle the same code.
import { readdirSync, readFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import path from 'node:path'

// @actions/core imports its OIDC client (and with it @actions/http-client, undici and tunnel: 800 KB)
// and its platform helpers (@actions/exec) at the top of core.js, for getIDToken() and `platform`,
// which we never call, and its job summary writer, which takes `fs.promises` when it loads (bringing
// Node's streams and readline) and which the action replaces by its own (src/report/github.ts).
// Their modules only define classes and constants, so they are declared free of side effects:
// esbuild then drops them when nothing uses their exports, and the action starts without the HTTP
// stack. Octokit (loaded lazily, only to publish) brings its own copy when needed.
export const pureActionsModules = {
  name: 'pure-actions-core-modules',
  setup(build) {
    build.onResolve({ filter: /^\.\/(oidc-utils|platform|summary)\.js$/ }, (args) => {
      if (!/[\\/]@actions[\\/]core[\\/]lib$/.test(args.resolveDir)) return undefined
      return { path: path.join(args.resolveDir, args.path), sideEffects: false }
    })
  },
}

// Written for ES module bundles, where an `import … from 'node:util'` makes Node build the builtin's
// module namespace, which reads every export, the lazy ones too (`node:util` alone then loaded streams,
// worker_threads, net and the diff engine: about 10 ms of a 45 ms Node start, issue 10). The bundles are
// CommonJS now, where esbuild's own require() would read the exports lazily as well; the plugin stays
// because it also makes src/ write `node:` specifiers and gives the lazy builtins below their hook.
// Dropping it needs `npm run bench -- --baseline` to show no change.
//
// Each builtin our sources import statically becomes a small ES module that takes the object from
// `require()` (the CommonJS bundle's own) and exports only the names src/ imports from it:
// `export const parseArgs = builtin.parseArgs`. (esbuild's own CommonJS interop would copy every
// property descriptor, which also wakes the lazy exports.) A dependency's ES import of a builtin
// (@actions/core's `import * as crypto from "crypto"`, which would also load Web Crypto) becomes a
// CommonJS module, `module.exports = require("crypto")`: esbuild copies its property descriptors, and
// the action pays for crypto, not for every lazy part of it. A dynamic `import('node:…')` is left to
// esbuild, which makes it a require() behind a promise in the CommonJS bundles.
//
// Builtins in LAZY_DEPENDENCY_BUILTINS (imported by a dependency) and LAZY_SOURCE_BUILTINS (by src/) are
// not loaded at all until code calls them: they become ES modules whose exports are functions that
// require the builtin on first call. @actions/core imports `crypto` only for the delimiter of a file
// command, which the action writes itself (report/github.ts), and `node:crypto` is about 2 ms of a run.
// src/builtins.ts imports `node:module` for Node before 20.16 only, and on Node 20 `node:module` loads
// the ES module loader and the source map reader with it. Code that uses a name not listed fails the
// build: esbuild's import-is-undefined is an error in scripts/bundle.mjs.
const BUILTIN = 'cfg-builtin'
const BUILTIN_CJS = 'cfg-builtin-cjs'
const BUILTIN_LAZY = 'cfg-builtin-lazy'
const LAZY_DEPENDENCY_BUILTINS = { crypto: ['randomUUID'] }
const LAZY_SOURCE_BUILTINS = { module: ['createRequire'] }
const LAZY_BUILTINS = { ...LAZY_DEPENDENCY_BUILTINS, ...LAZY_SOURCE_BUILTINS }
const BUILTINS = new Set(builtinModules)
const IMPORT = /^import\s+(?:(\w+)\s*,?\s*)?(?:\{([^}]*)\}\s*|\*\s+as\s+(\w+)\s*)?from\s+'(node:[\w/]+)'/gm

/** For each builtin, the names src/ imports from it ('default' for a default import). */
function builtinImports(sourceRoot) {
  const names = new Map()
  for (const file of readdirSync(sourceRoot, { recursive: true })) {
    if (!String(file).endsWith('.ts')) continue
    const text = readFileSync(path.join(sourceRoot, String(file)), 'utf8')
    for (const [statement, defaultName, named, namespace, builtin] of text.matchAll(IMPORT)) {
      if (namespace)
        throw new Error(`${file}: \`${statement}\`: import the builtin's default or named exports`)
      const set = names.get(builtin) ?? new Set()
      if (defaultName) set.add('default')
      for (const specifier of (named ?? '').split(',')) {
        const name = specifier.trim()
        if (!name || name.startsWith('type ')) continue
        if (!/^\w+$/.test(name))
          throw new Error(`${file}: \`${statement}\`: write named imports without renaming`)
        set.add(name)
      }
      names.set(builtin, set)
    }
  }
  return names
}

export const builtinsViaRequire = {
  name: 'builtins-via-require',
  setup(build) {
    const sourceRoot = path.resolve('src')
    const imports = builtinImports(sourceRoot)
    build.onResolve({ filter: /^[\w:/]+$/ }, (args) => {
      if (args.kind !== 'import-statement') return undefined
      if (!args.path.startsWith('node:') && !BUILTINS.has(args.path)) return undefined
      const name = args.path.replace(/^node:/, '')
      if (args.importer.startsWith(sourceRoot + path.sep)) {
        if (!args.path.startsWith('node:'))
          throw new Error(`${args.importer}: import '${args.path}' as 'node:${args.path}'`)
        if (Object.hasOwn(LAZY_SOURCE_BUILTINS, name)) return { path: name, namespace: BUILTIN_LAZY }
        return { path: args.path, namespace: BUILTIN }
      }
      if (args.namespace !== 'file') return undefined
      if (Object.hasOwn(LAZY_DEPENDENCY_BUILTINS, name)) return { path: name, namespace: BUILTIN_LAZY }
      return { path: args.path, namespace: BUILTIN_CJS }
    })
    build.onLoad({ filter: /.*/, namespace: BUILTIN_LAZY }, (args) => ({
      contents: [
        'let builtin',
        `const load = () => (builtin ??= require(${JSON.stringify(args.path)}))`,
        ...LAZY_BUILTINS[args.path].map(
          (name) => `export function ${name}(...args) { return load().${name}(...args) }`,
        ),
      ].join('\n'),
      loader: 'js',
    }))
    build.onLoad({ filter: /.*/, namespace: BUILTIN_CJS }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(args.path)})`,
      loader: 'js',
    }))
    build.onLoad({ filter: /.*/, namespace: BUILTIN }, (args) => {
      const names = [...(imports.get(args.path) ?? [])]
      const exports = names.map((name) =>
        name === 'default' ? 'export default builtin' : `export const ${name} = builtin.${name}`,
      )
      return {
        contents: [`const builtin = require(${JSON.stringify(args.path)})`, ...exports].join('\n'),
        loader: 'js',
      }
    })
  },
}

/**
 * The programs of scripts/bundle.mjs: the action, and one per CLI command (src/cli/programs/). Each is
 * a split build of its own, so that a program's chunks depend only on its own lazy parts, and the
 * chunks are then merged (scripts/merge-chunks.mjs). The licence test bundles the same builds, so the
 * packages it lists are the ones that ship.
 */
export const PROGRAMS = [
  { name: 'action', entryPoints: { index: 'src/action/index.ts' } },
  // One per file of src/cli/programs/: dist/chunks/cli-<name>.js, which src/cli/routes.ts starts.
  ...readdirSync('src/cli/programs')
    .filter((file) => file.endsWith('.ts'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.ts'.length)
      return { name, entryPoints: { [`chunks/cli-${name}`]: `src/cli/programs/${file}` } }
    }),
]

/**
 * esbuild options for one program's split build. Its chunks go in a folder of their own
 * (dist/chunks/<program>/): the merge rewrites a chunk for its program, so two programs' chunks
 * with the same content before the merge may differ after it.
 */
export function programBuild({ name, entryPoints }) {
  return {
    entryPoints,
    splitting: true,
    chunkNames: `chunks/${name}/[name]-[hash]`,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    plugins: [pureActionsModules, builtinsViaRequire],
    // The action's workflow commands are written without Node's stream layer (src/action/stdout.ts).
    ...(name === 'action' ? { inject: ['src/action/stdout.ts'] } : {}),
  }
}
