// Builds the two committed ESM bundles: dist/index.js (the action, Node 24) and dist/cli.js (the CLI,
// Node 20+). One bundle each, no node_modules at run time, so `node dist/cli.js` works on a fresh clone.
import { build as esbuildBuild } from 'esbuild'
import { writeLicenses } from './licenses.mjs'
import { chmod, readFile, rm } from 'node:fs/promises'

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

const common = {
  define: { __PACKAGE_VERSION__: JSON.stringify(version) },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  charset: 'utf8',
}

await rm('dist', { recursive: true, force: true })
await build({
  ...common,
  entryPoints: ['src/action/index.ts'],
  outfile: 'dist/index.js',
  banner: { js: banner },
})
await build({
  ...common,
  entryPoints: ['src/cli/index.ts'],
  outfile: 'dist/cli.js',
  banner: { js: `#!/usr/bin/env node\n${banner}` },
})
await chmod('dist/cli.js', 0o755)
await writeLicenses(metafiles, 'dist/licenses.txt')
