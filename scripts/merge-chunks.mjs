// Merges the chunks of one esbuild split build so that each file Node loads carries all the code that
// is always loaded with it (issue 10).
//
// Why: esbuild splits by "which entry points reach this module", counting every dynamic import as an
// entry point. A program with a dozen lazy parts (report formats, artifact readers, the YAML library)
// then starts by loading 20 to 30 small chunks, and Node spends about 0.3 ms resolving, reading and
// linking each module file: a quarter of a `check`. Rollup's chunk merging only joins chunks free of
// side effects, which esbuild's chunks rarely are.
//
// What: the build's entry and each dynamically imported file is a *unit*. A chunk that exactly one
// unit loads, and that no other unit needs unless that unit has already been loaded on every way to
// it, is merged into that unit's file. Every other file stays as it is. Any module therefore still
// exists once per process: a file that needs a merged chunk imports it from the unit's file, which by
// construction was loaded (and evaluated) before it, so classes stay one class and module state one
// state. The merge itself is esbuild again, bundling its own ES module output; a chunk is merged only
// where that keeps the order in which the split build's files run (keepEvaluationOrder).
//
// The unit's file re-exports each merged chunk's exports under `__cfgN_name` for those other files.
//
// The merged files are CommonJS (scripts/bundle.mjs says why): a static import becomes a require() at
// the top of the file, a dynamic one a require() behind a promise, and `import.meta.url` the file's own
// URL. CommonJS has no top-level await, so a unit cannot suspend while its lazy parts import from it
// (src/action/index.ts, src/cli/index.ts).
import { build } from 'esbuild'
import path from 'node:path'

const STAGE = 'split-chunk'
const ALIAS = 'merged-chunk'
const ENTRY = 'merged-entry'
const EXTERNAL = 'merged-external:'

// CommonJS has no import.meta: the few places that read import.meta.url (src/builtins.ts on Node before
// 20.16, src/cli/docs.ts) get the file's URL, when they read it, from the banner's line, which a file
// without them goes without (withoutUnusedBanner).
const IMPORT_META = '__cfgImportMeta'
const IMPORT_META_LINE = `var ${IMPORT_META} = { get url() { return require("node:url").pathToFileURL(__filename).href } };`
// An ES module is strict mode code, the code it bundles from CommonJS packages included; so is each
// bundle file, whatever esbuild would write on its own.
const STRICT = '"use strict";'
const BANNER = `${STRICT} ${IMPORT_META_LINE}`

/** esbuild options for a CommonJS bundle file: the merged files, and dist/cli.js (scripts/bundle.mjs). */
export function commonJsOptions(define = {}) {
  return {
    format: 'cjs',
    // A dynamic import of a chunk becomes a require() behind a promise: import() would start the ES
    // module loader after all.
    supported: { 'dynamic-import': false },
    define: { ...define, 'import.meta': IMPORT_META },
    banner: { js: BANNER },
  }
}

/** esbuild's import paths are relative to the working directory, like the metafile's keys. */
const key = (file) => path.relative(process.cwd(), file).split(path.sep).join('/')

/** The specifier `from` uses to import `to` (both output keys): always starting with ./ or ../. */
function specifier(from, to) {
  const relative = path.posix.relative(path.posix.dirname(from), to)
  return relative.startsWith('.') ? relative : `./${relative}`
}

/**
 * The plan: which unit each chunk is merged into. `entries` are the output keys of the build's entry
 * points; everything else follows from the metafile.
 */
export function planMerge(metafile, entries) {
  const outputs = metafile.outputs
  const files = Object.keys(outputs).filter((f) => f.endsWith('.js'))
  const importsOf = (file, kind) =>
    outputs[file].imports.filter((i) => i.kind === kind && !i.external).map((i) => i.path)

  const closures = new Map()
  /** The file and everything it imports statically, transitively: what loading it loads. */
  const closure = (file) => {
    let set = closures.get(file)
    if (set) return set
    set = new Set([file])
    closures.set(file, set)
    for (const next of importsOf(file, 'import-statement')) for (const f of closure(next)) set.add(f)
    return set
  }

  // esbuild writes a chunk for every dynamic import, even one in code it tree-shook away: only the
  // files an entry can reach count, as units and as files to write.
  const reachable = new Set()
  const reach = (file) => {
    if (reachable.has(file)) return
    reachable.add(file)
    for (const next of [...importsOf(file, 'import-statement'), ...importsOf(file, 'dynamic-import')])
      reach(next)
  }
  for (const entry of entries) reach(entry)
  const units = new Set(entries)
  for (const file of reachable) for (const target of importsOf(file, 'dynamic-import')) units.add(target)
  const parents = new Map([...units].map((u) => [u, new Set()]))
  for (const unit of units)
    for (const file of closure(unit))
      for (const target of importsOf(file, 'dynamic-import')) parents.get(target).add(unit)

  // The files loaded on every way to a unit: for each parent, what was loaded before it and what it
  // loads itself; a unit reached two ways gets what both ways have in common. Solved as a greatest
  // fixed point (every unit but the entries starts at "everything" and only shrinks), so that a
  // cycle of dynamic imports neither loses nor invents anything.
  const before = new Map([...units].map((u) => [u, entries.includes(u) ? new Set() : new Set(files)]))
  for (let changed = true; changed;) {
    changed = false
    for (const unit of units) {
      if (entries.includes(unit)) continue
      let common = new Set()
      let first = true
      for (const parent of parents.get(unit)) {
        const loaded = new Set([...before.get(parent), ...closure(parent)])
        common = first ? loaded : new Set([...common].filter((f) => loaded.has(f)))
        first = false
      }
      if (common.size !== before.get(unit).size) {
        before.set(unit, common)
        changed = true
      }
    }
  }

  const owners = new Map()
  for (const unit of [...units].sort()) {
    const loaded = before.get(unit)
    for (const file of closure(unit)) {
      if (loaded.has(file) || units.has(file)) continue
      owners.set(file, owners.has(file) ? null : unit)
    }
  }
  const ownerOf = new Map([...owners].filter(([, unit]) => unit !== null))
  keepEvaluationOrder(units, ownerOf, before, (file) => importsOf(file, 'import-statement'))

  const emitted = files.filter((f) => reachable.has(f) && !ownerOf.has(f)).sort()
  const merged = new Map(emitted.map((f) => [f, [f]]))
  for (const [file, unit] of [...ownerOf].sort()) merged.get(unit).push(file)
  refuseCycles(emitted, merged, ownerOf, (file) => importsOf(file, 'import-statement'))
  return { files, emitted, merged, ownerOf, exportsOf: (file) => outputs[file].exports }
}

/**
 * A merged file runs the files it imports before any of the chunks merged into it, so merging a
 * chunk that ran before such a file would change what runs first. When a unit loads, its new files
 * run in the order of a depth-first walk of their static imports; every chunk of the unit that runs
 * before the last file the unit does not own stays a file of its own (its imports run before it
 * too, so it never imports the unit back). Order within the split build itself is esbuild's, which
 * does not always keep the order of the sources either (evanw/esbuild#399).
 */
function keepEvaluationOrder(units, ownerOf, before, staticImports) {
  for (const unit of units) {
    const loaded = before.get(unit)
    const order = []
    const seen = new Set()
    const walk = (file) => {
      if (seen.has(file) || loaded.has(file)) return
      seen.add(file)
      for (const next of staticImports(file)) walk(next)
      order.push(file)
    }
    walk(unit)
    let lastForeign = -1
    order.forEach((file, i) => {
      if (file !== unit && ownerOf.get(file) !== unit) lastForeign = i
    })
    if (lastForeign === -1) continue
    for (const file of order.slice(0, lastForeign)) if (ownerOf.get(file) === unit) ownerOf.delete(file)
  }
}

/**
 * A last check: a merged file must never import a file that imports it back, which would run that
 * file before the code it uses is initialised. keepEvaluationOrder already leaves in a unit only
 * chunks that run after every file the unit imports, which none of those files can import; if a
 * change ever broke that, the build stops here rather than ship it.
 */
function refuseCycles(emitted, merged, ownerOf, staticImports) {
  const depsOf = (file) => {
    const members = merged.get(file)
    const deps = new Set()
    for (const member of members)
      for (const target of staticImports(member))
        if (!members.includes(target)) deps.add(ownerOf.get(target) ?? target)
    return deps
  }
  const state = new Map()
  const visit = (file, trail) => {
    if (state.get(file) === 'done') return
    if (state.get(file) === 'visiting')
      throw new Error(`merging chunks made a cycle of static imports: ${[...trail, file].join(' -> ')}`)
    state.set(file, 'visiting')
    for (const dep of depsOf(file)) visit(dep, [...trail, file])
    state.set(file, 'done')
  }
  for (const file of emitted) visit(file, [])
}

/**
 * Rebuilds each emitted file of a split build (`result` of esbuild with write: false and metafile:
 * true) with the chunks merged into it. Returns the files to write: { path, text } with `path` an
 * output key, plus a `.map` for each when the split build made inline source maps. `logLevel` is
 * esbuild's: a test of a build that must fail passes 'silent', so that the log shows no error.
 */
export async function mergeChunks(result, entries, { sourcemap = false, logLevel = 'warning' } = {}) {
  const texts = new Map(result.outputFiles.map((f) => [key(f.path), f.text]))
  const plan = planMerge(result.metafile, entries)
  // The alias names under which a unit re-exports a merged chunk: __cfg<index>_<name>.
  const chunkIndex = new Map(plan.files.map((f, i) => [f, i]))
  const alias = (file, name) => `__cfg${chunkIndex.get(file)}_${name}`

  // A merged chunk is re-exported only if a file outside its unit imports it.
  const neededOutside = new Set()
  for (const file of plan.files)
    for (const imported of result.metafile.outputs[file].imports) {
      const owner = plan.ownerOf.get(imported.path)
      if (owner && !plan.merged.get(owner).includes(file)) neededOutside.add(imported.path)
    }

  // esbuild heads the code of each merged chunk with `// <chunk path>`, a name that means nothing to a
  // reader: the comment names the source files in it instead (one line, so that the source map still
  // fits).
  const sourcesOf = (chunk) =>
    Object.entries(result.metafile.outputs[chunk].inputs)
      .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
      .map(([input]) => input)
  const describe = (chunk) => sourcesOf(chunk).join(', ') || "esbuild's helpers"
  const nameSources = (output, text) =>
    text.replace(new RegExp(`^// (${ALIAS}:)?(\\S+\\.js)$`, 'gm'), (line, alias, chunk) => {
      if (!result.metafile.outputs[chunk]) return line
      // An import of a chunk merged into another unit: say which sources, from which file.
      return alias
        ? `// ${describe(chunk)}, from ${specifier(output, plan.ownerOf.get(chunk))}`
        : `// ${describe(chunk)}`
    })

  const written = []
  for (const output of plan.emitted) {
    const members = new Set(plan.merged.get(output))
    const merged = await build({
      entryPoints: [`${ENTRY}:${output}`],
      outfile: output,
      bundle: true,
      write: false,
      platform: 'node',
      ...commonJsOptions(),
      target: 'node20',
      charset: 'utf8',
      legalComments: 'none',
      logLevel,
      ...(sourcemap ? { sourcemap: 'linked', sourcesContent: false } : {}),
      plugins: [
        mergePlugin({
          output,
          entry: entryModule(plan, output, members, neededOutside, alias),
          members,
          plan,
          texts,
          alias,
        }),
      ],
    }).catch((error) => {
      throw explainTopLevelAwait(output, error)
    })
    for (const file of merged.outputFiles)
      written.push({
        path: key(file.path),
        text: file.path.endsWith('.js') ? nameSources(output, withoutUnusedBanner(file.text)) : file.text,
      })
  }
  return written
}

/**
 * The module each merged file is built from: the unit's own exports, then each merged chunk that
 * other files import, re-exported under its aliases.
 */
function entryModule(plan, output, members, neededOutside, alias) {
  const ownExports = plan.exportsOf(output)
  return [
    ownExports.length
      ? `export { ${ownExports.join(', ')} } from ${JSON.stringify(`${STAGE}:${output}`)}`
      : `import ${JSON.stringify(`${STAGE}:${output}`)}`,
    ...[...members]
      .filter((file) => file !== output && neededOutside.has(file) && plan.exportsOf(file).length)
      .map(
        (file) =>
          `export { ${plan
            .exportsOf(file)
            .map((name) => `${name} as ${alias(file, name)}`)
            .join(', ')} } from ${JSON.stringify(`${STAGE}:${file}`)}`,
      ),
  ].join('\n')
}

/**
 * How esbuild finds the files while it builds `output`: its members are bundled, a chunk merged into
 * another unit is imported from that unit's file, and every other file (and every dynamic import)
 * stays an import of its own.
 */
function mergePlugin({ output, entry, members, plan, texts, alias }) {
  return {
    name: 'merge-chunks',
    setup(merge) {
      merge.onResolve({ filter: new RegExp(`^${ENTRY}:`) }, (args) => ({ path: args.path, namespace: ENTRY }))
      merge.onLoad({ filter: /.*/, namespace: ENTRY }, () => ({ contents: entry, loader: 'js' }))
      // The split build's files are served from memory under their real paths, so that esbuild
      // rebases the paths of their source maps onto the merged file's folder.
      merge.onResolve({ filter: new RegExp(`^${STAGE}:`) }, (args) => ({
        path: path.resolve(args.path.slice(STAGE.length + 1)),
      }))
      merge.onResolve({ filter: new RegExp(`^${EXTERNAL}`) }, (args) => ({
        path: args.path.slice(EXTERNAL.length),
        external: true,
      }))
      merge.onResolve({ filter: /^\.\.?\// }, (args) => {
        const target = key(path.resolve(path.dirname(args.importer), args.path))
        if (!texts.has(target))
          throw new Error(`${args.importer} imports ${args.path}, which the build did not write`)
        if (args.kind === 'dynamic-import') return { path: specifier(output, target), external: true }
        if (members.has(target)) return { path: path.resolve(target) }
        if (plan.ownerOf.has(target)) return { path: target, namespace: ALIAS }
        return { path: specifier(output, target), external: true }
      })
      // Builtins and anything else that is not one of the build's own files stays as it is.
      merge.onResolve({ filter: /.*/ }, (args) => ({ path: args.path, external: true }))
      merge.onLoad({ filter: /.*/, namespace: 'file' }, (args) => {
        const text = texts.get(key(args.path))
        if (text === undefined) throw new Error(`${key(args.path)} is not a file of the split build`)
        return { contents: text, loader: 'js' }
      })
      // A chunk merged into another unit: its exports, taken from that unit's file.
      merge.onLoad({ filter: /.*/, namespace: ALIAS }, (args) => {
        const names = plan.exportsOf(args.path)
        const from = JSON.stringify(`${EXTERNAL}${specifier(output, plan.ownerOf.get(args.path))}`)
        return {
          contents: names.length
            ? `export { ${names.map((name) => `${alias(args.path, name)} as ${name}`).join(', ')} } from ${from}`
            : `import ${from}`,
          loader: 'js',
        }
      })
    },
  }
}

/** The banner's line keeps "use strict" and drops the rest in a file that does not read import.meta. */
export function withoutUnusedBanner(text) {
  if (!text.startsWith(BANNER))
    throw new Error(`a bundle file does not start with the banner: ${text.slice(0, 80)}`)
  // esbuild writes its own directive for a TypeScript entry: once is enough (the line stays, empty, so
  // that a source map still fits).
  const body = text.slice(BANNER.length).replace(/^\n"use strict";\n/, '\n\n')
  return body.includes(IMPORT_META) ? `${BANNER}${body}` : `${STRICT}${body}`
}

/**
 * esbuild cannot write a top-level await as CommonJS. Say what to do instead: a unit that suspended
 * while its lazy parts import from it would wait for them, and they for it (Node exits 13 with the
 * promise unsettled), so the entries settle their work without one (src/settle.ts).
 */
function explainTopLevelAwait(output, error) {
  if (!/top-level await/i.test(String(error?.message))) return error
  return new Error(
    `${output} has a top-level await, which the CommonJS bundles cannot hold: settle the work with runToTheEnd (src/settle.ts) instead.`,
    { cause: error },
  )
}
