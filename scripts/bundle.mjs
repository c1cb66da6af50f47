// Builds the committed ESM bundles: dist/index.js (the action, Node 24) and dist/cli.js (the CLI,
// Node 20+). No node_modules at run time, so `node dist/cli.js` works on a fresh clone.
//
// Code splitting (issue 10): each `await import()` in the source becomes its own chunk under
// dist/chunks/, so a command parses and runs only the code it uses (`--version` loads no parser,
// `inspect` no zod or yaml, the action no Octokit unless it publishes). One bundle per entry would
// make every start pay for compiling all of it: measured with `npm run bench` (README, Performance).
import { build as esbuildBuild } from 'esbuild'
import { writeLicenses } from './licenses.mjs'
import { builtinsViaRequire, pureActionsModules } from './esbuild-plugins.mjs'
import { chmod, readFile, rm, writeFile } from 'node:fs/promises'

// Some dependencies (@actions/* transitive CJS) call require(); give the ESM bundle a real one.
const banner =
  "import { createRequire as __cfgCreateRequire } from 'node:module'; const require = __cfgCreateRequire(import.meta.url);"

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
await build({
  entryPoints: { index: 'src/action/index.ts', cli: 'src/cli/index.ts' },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  define: { __PACKAGE_VERSION__: JSON.stringify(version) },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  charset: 'utf8',
  banner: { js: banner },
  plugins: [pureActionsModules, builtinsViaRequire],
})
// The shebang goes on the CLI entry only (a banner would put it on every chunk).
const cli = await readFile('dist/cli.js', 'utf8')
await writeFile('dist/cli.js', `#!/usr/bin/env node\n${cli}`)
await chmod('dist/cli.js', 0o755)
await writeLicenses(metafiles, 'dist/licenses.txt')
