// Builds the committed ESM bundles: dist/index.js (the action, Node 24) and dist/cli.js (the CLI,
// Node 20+). No node_modules at run time, so `node dist/cli.js` works on a fresh clone.
//
// Each program (the action, and each CLI command: scripts/esbuild-plugins.mjs PROGRAMS) is a split
// build of its own: every `await import()` in the source becomes a chunk under dist/chunks/, so a
// command parses and runs only the code it uses (`--version` loads no parser, `inspect` no zod or
// yaml, the action no Octokit unless it publishes). The chunks are then merged
// (scripts/merge-chunks.mjs), so that what a program always loads is one file, not 20 to 30: Node
// spends about 0.3 ms on each module file. Measured with `npm run bench` (README, Performance).
// Source maps (dist/**/*.js.map) lead from the bundles back to src/ and node_modules/.
import { build as esbuildBuild } from 'esbuild'
import { writeLicenses } from './licenses.mjs'
import { PROGRAMS, programBuild } from './esbuild-plugins.mjs'
import { mergeChunks } from './merge-chunks.mjs'
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

// Some dependencies (@actions/* transitive CJS) call require(), and our builtins are read through it
// (scripts/esbuild-plugins.mjs); give the ESM bundle one. A builtin comes from process.getBuiltinModule
// (Node 20.16 and 22.3 on); anything else, or an older Node, goes to a real require created on the first
// call (createRequire costs a few milliseconds). Only calls are made through it: no bundled code reads
// require.resolve or require.cache.
const banner =
  "import { createRequire as __cfgCreateRequire } from 'node:module'; let __cfgRequire; const require = (id) => process.getBuiltinModule?.(id) ?? (__cfgRequire ??= __cfgCreateRequire(import.meta.url))(id);"

const { version } = JSON.parse(await readFile('package.json', 'utf8'))

// Every build's metafile lists the files it bundled: dist/licenses.txt is generated from those, so it
// names exactly the packages whose code ships in dist/ (issue 9 item 3).
const metafiles = []
async function build(options) {
  const result = await esbuildBuild({ ...options, metafile: true })
  metafiles.push(result.metafile)
  return result
}

/**
 * The banner's require() is needed only where code calls it: esbuild routes every require of the
 * bundled CommonJS code through its __require helper, which lives in one shared chunk. Every other
 * chunk goes without it, so loading it costs no node:module import and no createRequire call (issue
 * 10). The line stays, empty, so that the chunk's source map still fits.
 */
function withoutUnusedBanner(text) {
  if (!text.startsWith(banner)) return text
  const body = text.slice(banner.length)
  return /\brequire\b/.test(body) ? text : body
}

await rm('dist', { recursive: true, force: true })
const common = {
  define: { __PACKAGE_VERSION__: JSON.stringify(version) },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  // A dependency using a name a lazy builtin does not export (scripts/esbuild-plugins.mjs) fails here.
  logOverride: { 'import-is-undefined': 'error' },
  charset: 'utf8',
}
// The programs: split, then merged. Programs share no chunk (a process runs one program), so each
// only pays for the lazy parts it has.
for (const program of PROGRAMS) {
  const split = await build({
    ...common,
    ...programBuild(program),
    outdir: 'dist',
    banner: { js: banner },
    write: false,
    sourcemap: 'inline',
    sourcesContent: false,
  })
  const outputFiles = split.outputFiles.map((file) => ({
    path: file.path,
    text: withoutUnusedBanner(file.text),
  }))
  const entries = Object.keys(program.entryPoints).map((name) => `dist/${name}.js`)
  for (const file of await mergeChunks({ ...split, outputFiles }, entries, { sourcemap: true })) {
    await mkdir(path.dirname(file.path), { recursive: true })
    await writeFile(file.path, file.text)
  }
}
// dist/cli.js on its own: it answers --version and starts the program for the command
// (dist/chunks/cli-<program>.js), importing nothing up front.
await build({
  ...common,
  entryPoints: { cli: 'src/cli/index.ts' },
  outdir: 'dist',
  plugins: [
    {
      name: 'cli-programs',
      setup(cliBuild) {
        cliBuild.onResolve({ filter: /^\.\/programs\/[\w-]+\.js$/ }, (args) => ({
          path: `./chunks/cli-${path.basename(args.path)}`,
          external: true,
        }))
      },
    },
  ],
})
// The shebang goes on the CLI entry only (a banner would put it on every chunk).
const cli = await readFile('dist/cli.js', 'utf8')
await writeFile('dist/cli.js', `#!/usr/bin/env node\n${cli}`)
await chmod('dist/cli.js', 0o755)
await writeLicenses(metafiles, 'dist/licenses.txt')
