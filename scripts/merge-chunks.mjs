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
// state. The merge itself is esbuild again, bundling its own ES module output, so names and the order
// of evaluation are esbuild's.
//
// The unit's file re-exports each merged chunk's exports under `__cfgN_name` for those other files; a
// unit must therefore not suspend in a top-level await while its lazy parts load (src/action/index.ts).
import { build } from 'esbuild'
import path from 'node:path'

const STAGE = 'split-chunk'
const ALIAS = 'merged-chunk'
const ENTRY = 'merged-entry'
const EXTERNAL = 'merged-external:'

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

  const units = new Set(entries)
  for (const file of files) for (const target of importsOf(file, 'dynamic-import')) units.add(target)
  const parents = new Map([...units].map((u) => [u, new Set()]))
  for (const unit of units)
    for (const file of closure(unit))
      for (const target of importsOf(file, 'dynamic-import')) parents.get(target).add(unit)

  // The files loaded on every way to a unit: for each parent, what was loaded before it and what it
  // loads itself; a unit reached two ways gets what both ways have in common. A cycle of dynamic
  // imports counts as nothing loaded, which only merges less.
  const before = new Map()
  const loadedBefore = (unit, visiting = new Set()) => {
    if (before.has(unit)) return before.get(unit)
    if (entries.includes(unit) || visiting.has(unit)) return new Set()
    visiting.add(unit)
    let common
    for (const parent of parents.get(unit)) {
      const loaded = new Set([...loadedBefore(parent, visiting), ...closure(parent)])
      common = common ? new Set([...common].filter((f) => loaded.has(f))) : loaded
    }
    visiting.delete(unit)
    const result = common ?? new Set()
    before.set(unit, result)
    return result
  }

  const owners = new Map()
  for (const unit of [...units].sort()) {
    const loaded = loadedBefore(unit)
    for (const file of closure(unit)) {
      if (loaded.has(file) || units.has(file)) continue
      owners.set(file, owners.has(file) ? null : unit)
    }
  }
  const ownerOf = new Map([...owners].filter(([, unit]) => unit !== null))
  const emitted = files.filter((f) => !ownerOf.has(f)).sort()
  const merged = new Map(emitted.map((f) => [f, [f]]))
  for (const [file, unit] of [...ownerOf].sort()) merged.get(unit).push(file)
  refuseCycles(emitted, merged, ownerOf, (file) => importsOf(file, 'import-statement'))
  return { files, emitted, merged, ownerOf, exportsOf: (file) => outputs[file].exports }
}

/**
 * The argument above keeps the merged files' static imports free of cycles: a file that imports a
 * merged chunk imports a unit loaded before it. If a split build ever broke that (a unit's file
 * imported statically as well), a cycle would run a file before the code it uses is initialised:
 * stop the build rather than ship that.
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
 * output key, plus a `.map` for each when the split build made inline source maps.
 */
export async function mergeChunks(result, entries, { sourcemap = false } = {}) {
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

  // esbuild heads the code of each merged chunk with `// split-chunk:<chunk>`, a name that means
  // nothing to a reader: the comment names the source files in it instead (one line, so that the
  // source map still fits).
  const sourcesOf = (chunk) =>
    Object.entries(result.metafile.outputs[chunk].inputs)
      .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
      .map(([input]) => input)
  const nameSources = (text) =>
    text.replace(new RegExp(`^// ${STAGE}:(\\S+)$`, 'gm'), (line, chunk) =>
      result.metafile.outputs[chunk] ? `// ${sourcesOf(chunk).join(', ') || "esbuild's helpers"}` : line,
    )

  const written = []
  for (const output of plan.emitted) {
    const members = new Set(plan.merged.get(output))
    const ownExports = plan.exportsOf(output)
    const entry = [
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

    const merged = await build({
      entryPoints: [`${ENTRY}:${output}`],
      outfile: output,
      bundle: true,
      write: false,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      charset: 'utf8',
      legalComments: 'none',
      logLevel: 'warning',
      ...(sourcemap ? { sourcemap: 'linked', sourcesContent: false } : {}),
      plugins: [
        {
          name: 'merge-chunks',
          setup(merge) {
            merge.onResolve({ filter: new RegExp(`^${ENTRY}:`) }, (args) => ({
              path: args.path,
              namespace: ENTRY,
            }))
            merge.onLoad({ filter: /.*/, namespace: ENTRY }, () => ({ contents: entry, loader: 'js' }))
            merge.onResolve({ filter: new RegExp(`^${STAGE}:`) }, (args) => ({
              path: args.path.slice(STAGE.length + 1),
              namespace: STAGE,
            }))
            merge.onResolve({ filter: new RegExp(`^${EXTERNAL}`) }, (args) => ({
              path: args.path.slice(EXTERNAL.length),
              external: true,
            }))
            merge.onResolve({ filter: /^\.\.?\// }, (args) => {
              const target = path.posix.normalize(
                path.posix.join(path.posix.dirname(args.importer), args.path),
              )
              if (!texts.has(target))
                throw new Error(`${args.importer} imports ${args.path}, which the build did not write`)
              if (args.kind === 'dynamic-import') return { path: specifier(output, target), external: true }
              if (members.has(target)) return { path: target, namespace: STAGE }
              if (plan.ownerOf.has(target)) return { path: target, namespace: ALIAS }
              return { path: specifier(output, target), external: true }
            })
            // Builtins and anything else that is not one of the build's own files stays as it is.
            merge.onResolve({ filter: /.*/ }, (args) => ({ path: args.path, external: true }))
            merge.onLoad({ filter: /.*/, namespace: STAGE }, (args) => ({
              contents: texts.get(args.path),
              loader: 'js',
            }))
            // A chunk merged into another unit: its exports, taken from that unit's file.
            merge.onLoad({ filter: /.*/, namespace: ALIAS }, (args) => {
              const unit = plan.ownerOf.get(args.path)
              const names = plan.exportsOf(args.path)
              const from = JSON.stringify(`${EXTERNAL}${specifier(output, unit)}`)
              return {
                contents: names.length
                  ? `export { ${names.map((name) => `${alias(args.path, name)} as ${name}`).join(', ')} } from ${from}`
                  : `import ${from}`,
                loader: 'js',
              }
            })
          },
        },
      ],
    })
    for (const file of merged.outputFiles)
      written.push({
        path: key(file.path),
        text: file.path.endsWith('.js') ? nameSources(file.text) : file.text,
      })
  }
  return written
}
