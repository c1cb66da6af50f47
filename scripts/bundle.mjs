// Builds the committed ESM bundles: dist/index.js (the action, Node 24) and dist/cli.js (the CLI,
// Node 20+). No node_modules at run time, so `node dist/cli.js` works on a fresh clone.
//
// Code splitting (issue 10): each `await import()` in the source becomes its own chunk under
// dist/chunks/, so a command parses and runs only the code it uses (`--version` loads no parser,
// `inspect` no zod or yaml, the action no Octokit unless it publishes). One bundle per entry would
// make every start pay for compiling all of it: measured with `npm run bench` (README, Performance).
import { build as esbuildBuild } from 'esbuild'
import { writeLicenses } from './licenses.mjs'
import { splitBuild } from './esbuild-plugins.mjs'
import { chmod, readdir, readFile, rm, writeFile } from 'node:fs/promises'

// Some dependencies (@actions/* transitive CJS) call require(); give the ESM bundle a real one, created
// on the first call (createRequire costs a few milliseconds that `--version` should not pay). Only
// calls are made through it: no bundled code reads require.resolve or require.cache.
const banner =
  "import { createRequire as __cfgCreateRequire } from 'node:module'; let __cfgRequire; const require = (id) => (__cfgRequire ??= __cfgCreateRequire(import.meta.url))(id);"

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
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  charset: 'utf8',
}
// The action and the CLI's commands, split into chunks. The CLI's main() is an entry of its own
// (dist/chunks/main.js) so that dist/cli.js can be built apart, below.
await build({ ...common, ...splitBuild, outdir: 'dist', banner: { js: banner } })
// dist/cli.js on its own, importing nothing up front: `--version` is then one small file (shared
// chunks cost Node 20's module loader a few milliseconds each), and every other command imports
// dist/chunks/main.js.
await build({
  ...common,
  entryPoints: { cli: 'src/cli/index.ts' },
  outdir: 'dist',
  plugins: [
    {
      name: 'cli-main-chunk',
      setup(cliBuild) {
        cliBuild.onResolve({ filter: /^\.\/main\.js$/ }, () => ({ path: './chunks/main.js', external: true }))
      },
    },
  ],
})
// The banner's require() is needed only where code calls it: esbuild routes every require of the
// bundled CommonJS code through its __require helper, which lives in one shared chunk. Every other file
// goes without it, so loading it costs no node:module import and no createRequire call (issue 10).
for (const file of await readdir('dist', { recursive: true })) {
  if (!file.endsWith('.js')) continue
  const text = await readFile(`dist/${file}`, 'utf8')
  const body = text.startsWith(banner) ? text.slice(banner.length) : text
  if (body !== text && !/\brequire\b/.test(body)) await writeFile(`dist/${file}`, body.replace(/^\n/, ''))
}
// The shebang goes on the CLI entry only (a banner would put it on every chunk).
const cli = await readFile('dist/cli.js', 'utf8')
await writeFile('dist/cli.js', `#!/usr/bin/env node\n${cli}`)
await chmod('dist/cli.js', 0o755)
await writeLicenses(metafiles, 'dist/licenses.txt')
