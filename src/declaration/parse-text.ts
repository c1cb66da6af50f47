/**
 * Declaration text to a validated declaration, synchronously: the same readers and checks as load.ts's
 * asynchronous parseDeclaration, which loads the yaml library and the zod schema only when a file
 * needs them; here both are loaded up front. For callers that have them loaded anyway (the tests,
 * the fuzzer) and want one call.
 */
import { acceptDeclaration, MAX_DECLARATION_NODES, type LoadResult, type ReadYaml } from './load.js'
import { diagnoseDeclaration } from './diagnose.js'
import { readPlainYaml } from './plain-yaml.js'
import { readWithYamlLibrary } from './yaml-library.js'

export function parseDeclarationText(text: string, file: string): LoadResult {
  const read = readPlainYaml(text, MAX_DECLARATION_NODES) ?? readWithYamlLibrary(text, file)
  return checkDeclaration(read, text, file)
}

/** What a YAML reader read, checked: accepted as valid, or diagnosed by the schema. */
export function checkDeclaration(read: ReadYaml, text: string, file: string): LoadResult {
  if ('findings' in read) return read
  return acceptDeclaration(read, () => text, file) ?? diagnoseDeclaration(read, text, file)
}
