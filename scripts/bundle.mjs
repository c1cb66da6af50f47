// Builds the committed bundles: dist/index.js (the action, Node 24) and dist/cli.js (the CLI, Node 20+).
// No node_modules at run time, so `node dist/cli.js` works on a fresh clone.
//
// Each program (the action, and each CLI command: scripts/esbuild-plugins.mjs PROGRAMS) is a split
// build of its own: every `await import()` in the source becomes a chunk under dist/chunks/, so a
// command parses and runs only the code it uses (`--version` loads no parser, `inspect` no zod or
// yaml, the action no Octokit unless it publishes). The chunks are then merged
// (scripts/merge-chunks.mjs), so that what a program always loads is one file, not 20 to 30: Node
// spends about 0.3 ms on each module file. Measured with `npm run bench` (README, Performance).
//
// The sources are ES modules; the files in dist/ are CommonJS (dist/package.json says so), because
// Node 20 starts its ES module loader for an ES module entry: 12 to 15 ms of a 70 ms start here, a
// sixth of what `inspect` adds to bare Node (Node 24: about 3 ms). A lazy part is then a require()
// behind a promise, not an import().
// Source maps (dist/**/*.js.map) lead from the bundles back to src/ and node_modules/.
import { build as esbuildBuild } from 'esbuild'
import { writeLicenses } from './licenses.mjs'
import { PROGRAMS, programBuild } from './esbuild-plugins.mjs'
import { commonJsOptions, mergeChunks, withoutUnusedBanner } from './merge-chunks.mjs'
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

const { version } = JSON.parse(await readFile('package.json', 'utf8'))

// Every build's metafile lists the files it bundled: dist/licenses.txt is generated from those, so it
// names exactly the packages whose code ships in dist/ (issue 9 item 3).
const metafiles = []
async function build(options) {
  const result = await esbuildBuild({ ...options, metafile: true })
  metafiles.push(result.metafile)
  return result
}

await rm('dist', { recursive: true, force: true })
const common = {
  define: { __PACKAGE_VERSION__: JSON.stringify(version) },
  bundle: true,
  platform: 'node',
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
    write: false,
    sourcemap: 'inline',
    sourcesContent: false,
  })
  const entries = Object.keys(program.entryPoints).map((name) => `dist/${name}.js`)
  for (const file of await mergeChunks(split, entries, { sourcemap: true })) {
    await mkdir(path.dirname(file.path), { recursive: true })
    await writeFile(file.path, file.text)
  }
}
// dist/cli.js on its own: it answers --version and starts the program for the command
// (dist/chunks/cli-<program>.js), loading nothing up front.
const cliBuild = await build({
  ...common,
  ...commonJsOptions(common.define),
  entryPoints: { cli: 'src/cli/index.ts' },
  outdir: 'dist',
  write: false,
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
const [cli] = cliBuild.outputFiles
await writeFile('dist/cli.js', `#!/usr/bin/env node\n${withoutUnusedBanner(cli.text)}`)
await chmod('dist/cli.js', 0o755)
// The repository's package.json says "type": "module" (the sources); the bundles are CommonJS.
await writeFile('dist/package.json', `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`)
await writeLicenses(metafiles, 'dist/licenses.txt')
