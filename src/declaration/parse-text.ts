/**
 * Declaration text to a validated declaration, synchronously: the plain-YAML reader first, the `yaml`
 * library for anything else. The CLI and the action use load.ts's asynchronous parseDeclaration, which
 * loads the library only when a file needs it; this is for callers that have the library loaded
 * anyway (the tests, the fuzzer) and want one call.
 */
import { MAX_DECLARATION_NODES, validateDeclaration, type LoadResult } from './load.js'
import { readPlainYaml } from './plain-yaml.js'
import { readWithYamlLibrary } from './yaml-library.js'

export function parseDeclarationText(text: string, file: string): LoadResult {
  const read = readPlainYaml(text, MAX_DECLARATION_NODES) ?? readWithYamlLibrary(text, file)
  return validateDeclaration(read, text, file)
}
