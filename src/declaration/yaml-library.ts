/**
 * Declarations that are not plain YAML (see plain-yaml.ts) are read by the `yaml` library: anchors,
 * tags, block scalars, flow mappings, and every syntax error, with the library's own diagnosis. Loaded
 * only for such a file, so a plain declaration never pays for the library (issue 10).
 */
import { parseDocument, isMap, isSeq, isPair, isScalar, type Node } from 'yaml'
import type { SourceLocation } from '../findings.js'
import { quoteExcerpt } from '../excerpt.js'
import { exceedsNodeBudget } from './complexity.js'
import { lineStartsOf, MAX_DECLARATION_NODES, syntaxFinding, toLocation, type ReadYaml } from './load.js'
import type { YamlNode } from './plain-yaml.js'

/** YAML aliases expand multiplicatively ("billion laughs"); a declaration needs few, if any. */
export const MAX_ALIAS_COUNT = 100

export function readWithYamlLibrary(text: string, file: string): ReadYaml {
  if (exceedsNodeBudget(text)) {
    return {
      findings: [
        syntaxFinding(
          `${file} has more than ${MAX_DECLARATION_NODES} YAML entries; a declaration has a few hundred. Is the config pointing at the right file?`,
          { file, line: 1, column: 1 },
        ),
      ],
    }
  }
  // logLevel error: the library's warnings are not printed to stderr; what matters becomes a finding.
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, strict: true, logLevel: 'error' })
  const lineStarts = lineStartsOf(text)
  const at = (offset: number, end?: number): SourceLocation => toLocation(file, lineStarts, offset, end)

  const syntax = doc.errors.map((error) =>
    syntaxFinding(
      error.code === 'DUPLICATE_KEY'
        ? `duplicate key ${quoteExcerpt(keyAt(text, error.pos[0]))}: each key may appear once in a mapping. Remove or merge the second one.`
        : `YAML syntax error: ${firstLine(error.message)}. Fix the YAML at this place (indentation, quotes, a missing ':').`,
      at(error.pos[0], error.pos[1]),
    ),
  )
  if (syntax.length > 0) return { findings: syntax }

  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    return {
      findings: [
        syntaxFinding(
          `${file} is empty. Declare version: 1, holder and apps (\`china-filing init\` writes a starter).`,
          { file, line: 1, column: 1 },
        ),
      ],
    }
  }

  // A list or mapping as a key (`? [a, b]`) has no place in a declaration, and turning it into a
  // JavaScript object would stringify it (with a Node warning on stderr): an error at the key.
  const complexKey = firstCollectionKey(doc.contents as Node)
  if (complexKey) {
    return {
      findings: [
        syntaxFinding(
          'a mapping key here is a list or mapping; declaration keys are plain names (version, holder, apps, …). Write the key as a name.',
          at(complexKey[0], complexKey[1]),
        ),
      ],
    }
  }

  let value: unknown
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
  } catch (error) {
    if (error instanceof ReferenceError && /alias/i.test(error.message)) {
      return {
        findings: [
          syntaxFinding(
            `YAML aliases expand too far (more than ${MAX_ALIAS_COUNT}). Write the values out instead of nesting aliases.`,
            { file, line: 1, column: 1 },
          ),
        ],
      }
    }
    return {
      findings: [
        syntaxFinding(`YAML cannot be read: ${firstLine((error as Error).message)}.`, {
          file,
          line: 1,
          column: 1,
        }),
      ],
    }
  }
  return { root: treeOf(doc.contents as Node), value }
}

/** The range of the first mapping key that is a collection, depth first, or undefined. */
function firstCollectionKey(root: Node): [number, number] | undefined {
  const stack: unknown[] = [root]
  while (stack.length > 0) {
    const node = stack.pop()
    if (isMap(node)) {
      for (const pair of node.items) {
        if ((isMap(pair.key) || isSeq(pair.key)) && pair.key.range)
          return [pair.key.range[0], pair.key.range[1]]
        stack.push(pair.value)
      }
    } else if (isSeq(node)) stack.push(...node.items)
  }
  return undefined
}

/** The library's node tree as the locator walks it: collections, scalars and their offsets. */
export function treeOf(node: Node): YamlNode {
  const start = node.range?.[0] ?? 0
  const end = node.range?.[1] ?? start
  if (isMap(node)) {
    return {
      kind: 'map',
      start,
      items: node.items.filter(isPair).map((pair) => ({
        key: isScalar(pair.key) ? (treeOf(pair.key) as YamlNode & { kind: 'scalar' }) : undefined,
        value: pair.value ? treeOf(pair.value as Node) : undefined,
      })),
    }
  }
  if (isSeq(node)) return { kind: 'seq', start, items: node.items.map((item) => treeOf(item as Node)) }
  if (isScalar(node)) return { kind: 'scalar', start, end, value: node.value }
  return { kind: 'other', start, end }
}

/**
 * The key written at `offset`: YAML reports a duplicate key's position as its first character only, so
 * the key is read up to the `:` that ends it (a quoted key up to its closing quote).
 */
function keyAt(text: string, offset: number): string {
  const end = text.indexOf('\n', offset)
  // A key is short; reading at most 200 characters keeps a hostile one-line file cheap.
  const line = text.slice(offset, Math.min(end === -1 ? text.length : end, offset + 200))
  const quoted = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*')/.exec(line)
  if (quoted) return quoted[1]!.slice(1, -1)
  const colon = line.search(/:(\s|$)/)
  return (colon === -1 ? line : line.slice(0, colon)).trim()
}

/**
 * The yaml library's message without what it quotes from the file ("Unexpected scalar token in YAML
 * stream: \"…\""): the file may be anything, a symlinked .git/config included (issue 12.3). The
 * location already shows where the problem is.
 */
function firstLine(message: string): string {
  return message
    .split('\n')[0]!
    .replace(/:?\s*"(?:[^"\\]|\\.)*"?/g, '')
    .replace(/\.$/, '')
}
