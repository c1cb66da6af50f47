/**
 * Node builtins a command may not need, loaded when first used rather than at start-up: `node:crypto`,
 * `node:zlib` and `node:stream` bring Node's stream layer, about half of what `inspect` added to bare
 * Node's start-up (issue 10). A static import would load them with the bundle
 * (scripts/esbuild-plugins.mjs reads builtins through require() at module load).
 */
import { createRequire } from 'node:module'

interface LazyBuiltins {
  'node:crypto': typeof import('node:crypto')
  'node:stream': typeof import('node:stream')
  'node:zlib': typeof import('node:zlib')
}

export function loadBuiltin<Id extends keyof LazyBuiltins>(id: Id): LazyBuiltins[Id] {
  // process.getBuiltinModule: Node 20.16 and 22.3 on; an older Node gets a require().
  return (process.getBuiltinModule?.(id) ?? createRequire(import.meta.url)(id)) as LazyBuiltins[Id]
}
