/**
 * Reads `china-filing.yml` into a validated declaration that remembers where every value came from,
 * so each finding can point at file:line:column. Nothing in the file is ever executed: YAML custom
 * tags are not resolved, aliases are capped, and the size is bounded before parsing.
 */
import { constants } from 'node:fs'
import { open, realpath, stat, type FileHandle } from 'node:fs/promises'
import { basename, sep } from 'node:path'
import { LineCounter, parseDocument, isMap, isSeq, isPair, isScalar, type Node, type Document } from 'yaml'
import type { Finding, SourceLocation } from '../findings.js'
import { declarationSchema, type Declaration } from './schema.js'
import { schemaIssueToFinding } from './errors.js'
import { quoteExcerpt } from '../excerpt.js'
import { exceedsNodeBudget, MAX_DECLARATION_NODES } from './complexity.js'

/** Real declarations are a few KB; anything near this is a mistake (or an attack on the parser). */
export const MAX_DECLARATION_BYTES = 1024 * 1024
/** YAML aliases expand multiplicatively ("billion laughs"); a declaration needs few, if any. */
export const MAX_ALIAS_COUNT = 100
/** Beyond this many schema errors the file is probably not a declaration at all. */
const MAX_SCHEMA_FINDINGS = 50

export type KeyPath = readonly (string | number)[]

export interface LoadedDeclaration {
  /** Path as shown to users (relative to the workspace). */
  file: string
  data: Declaration
  /** Where a key path is in the file: the value by default, or the key itself. Falls back to the nearest parent. */
  locate(path: KeyPath, part?: 'key' | 'value'): SourceLocation
}

export interface LoadResult {
  /** Present only when the file parsed and passed the schema. */
  declaration?: LoadedDeclaration
  findings: Finding[]
}

function syntaxFinding(message: string, location?: SourceLocation): Finding {
  return { rule: 'declaration-syntax', severity: 'error', message, ...(location ? { location } : {}) }
}

/**
 * Reads and validates the declaration at `path`; every problem is a finding, never an exception.
 * The file is opened at its real location (symlinks resolved) with O_NOFOLLOW, and never inside a
 * `.git` folder: a `china-filing.yml` symlinked to `.git/config` would otherwise quote the checkout's
 * credential (http.extraheader) in syntax messages. Size and type come from the opened handle.
 */
export async function loadDeclaration(path: string, displayPath: string): Promise<LoadResult> {
  // Even a missing file is reported at its path, so every report names the file to fix or create.
  const start = { file: displayPath, line: 1, column: 1 }
  const cannotRead = async (error: unknown) => {
    const code = (error as NodeJS.ErrnoException).code
    const sibling = code === 'ENOENT' ? await otherExtension(path) : undefined
    const message =
      code === 'ENOENT'
        ? sibling
          ? `${displayPath} does not exist, but ${sibling} does beside it. Rename it to ${basename(path)}, or point the config input / --config at it.`
          : `${displayPath} does not exist. Create it (\`china-filing init\` writes a starter) or set the config input / --config to its path.`
        : `${displayPath} cannot be read (${code ?? String(error)}). Check the path and its permissions.`
    return { findings: [syntaxFinding(message, start)] }
  }
  let real: string
  try {
    real = await realpath(path)
  } catch (error) {
    return cannotRead(error)
  }
  if (real.split(sep).includes('.git') || path.split(sep).includes('.git')) {
    return {
      findings: [
        syntaxFinding(
          `${displayPath} is inside a .git folder${real !== path ? ' (through a symbolic link)' : ''}; the gate never reads git's own files. Point --config / the config input at china-filing.yml in the repository tree.`,
          start,
        ),
      ],
    }
  }
  let handle: FileHandle
  try {
    handle = await open(real, constants.O_RDONLY | constants.O_NOFOLLOW)
  } catch (error) {
    return cannotRead(error)
  }
  try {
    const info = await handle.stat()
    if (!info.isFile()) {
      return {
        findings: [
          syntaxFinding(
            `${displayPath} is not a file. Point --config / the config input at china-filing.yml.`,
            start,
          ),
        ],
      }
    }
    if (info.size > MAX_DECLARATION_BYTES) {
      return {
        findings: [
          syntaxFinding(
            `${displayPath} is ${info.size} bytes; a declaration is at most ${MAX_DECLARATION_BYTES} bytes. Is --config pointing at the right file?`,
            start,
          ),
        ],
      }
    }
    let bytes: Buffer
    try {
      bytes = await handle.readFile()
    } catch (error) {
      return {
        findings: [syntaxFinding(`${displayPath} cannot be read (${(error as Error).message}).`, start)],
      }
    }
    return parseDeclarationBytes(bytes, displayPath)
  } finally {
    await handle.close()
  }
}

/** `china-filing.yaml` beside a missing `china-filing.yml` (and the reverse): the name of the one that exists. */
async function otherExtension(file: string): Promise<string | undefined> {
  const match = /\.(ya?ml)$/i.exec(file)
  if (!match) return undefined
  const other = file.slice(0, -match[1]!.length) + (match[1]!.toLowerCase() === 'yml' ? 'yaml' : 'yml')
  const exists = await stat(other).then(
    (info) => info.isFile(),
    () => false,
  )
  return exists ? basename(other) : undefined
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

/** Parses declaration bytes (already size-checked); pure, for tests and for base-vs-head comparisons. */
export function parseDeclarationBytes(bytes: Buffer, file: string): LoadResult {
  const start = { file, line: 1, column: 1 }
  if (bytes.includes(0)) {
    return {
      findings: [
        syntaxFinding(`${file} is a binary file, not YAML. Point the config at china-filing.yml.`, start),
      ],
    }
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return {
      findings: [
        syntaxFinding(
          `${file} is not UTF-8 text. Save it as UTF-8 (the filing number contains Chinese characters).`,
          start,
        ),
      ],
    }
  }
  return parseDeclarationText(text.replace(/^\uFEFF/, ''), file)
}

export function parseDeclarationText(text: string, file: string): LoadResult {
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
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true })
  const at = (offset: number, end?: number): SourceLocation => toLocation(file, lineCounter, offset, end)

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

  let raw: unknown
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
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

  const locate = (path: KeyPath, part: 'key' | 'value' = 'value'): SourceLocation =>
    locateNode(doc, path, part, at)
  const result = declarationSchema.safeParse(raw)
  if (!result.success) {
    // Describe issues only until the cap is reached: each description walks the document (issue 12.8).
    const findings: Finding[] = []
    let described = 0
    for (const issue of result.error.issues) {
      if (findings.length >= MAX_SCHEMA_FINDINGS) break
      findings.push(...schemaIssueToFinding(issue, raw, file, locate))
      described++
    }
    const more = result.error.issues.length - described + Math.max(0, findings.length - MAX_SCHEMA_FINDINGS)
    if (more > 0) {
      findings.splice(MAX_SCHEMA_FINDINGS)
      findings.push({
        rule: 'declaration-schema',
        severity: 'error',
        message: `and ${more} more schema errors. Fix the ones above first; is this file a china-filing declaration?`,
        location: { file, line: 1, column: 1 },
      })
    }
    return { findings }
  }
  return { declaration: { file, data: result.data, locate }, findings: [] }
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

function toLocation(file: string, lineCounter: LineCounter, offset: number, end?: number): SourceLocation {
  const startPos = lineCounter.linePos(offset)
  const location: SourceLocation = { file, line: startPos.line, column: startPos.col }
  if (end !== undefined && end > offset) {
    const endPos = lineCounter.linePos(end)
    location.endLine = endPos.line
    location.endColumn = endPos.col
  }
  return location
}

/**
 * Walks the YAML node tree along a key path. When the path ends at a key that is missing, the
 * location is the nearest parent's key, which is where the user has to add it.
 */
function locateNode(
  doc: Document,
  path: KeyPath,
  part: 'key' | 'value',
  at: (offset: number, end?: number) => SourceLocation,
): SourceLocation {
  let node: unknown = doc.contents
  let best: Node | undefined = isMap(node) || isSeq(node) ? (node as Node) : undefined
  let bestKey: Node | undefined
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!
    const last = i === path.length - 1
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment),
      )
      if (!pair) break
      const key = pair.key as Node
      if (last && part === 'key') return rangeOf(key, at)
      bestKey = key
      node = pair.value
      // A mapping or list value is shown at its key ("platforms:"), a scalar at the value itself.
      best = isMap(pair.value) || isSeq(pair.value) || !pair.value ? key : (pair.value as Node)
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined
      if (!item) break
      node = item
      best = item
      bestKey = undefined
    } else break
  }
  const target = best ?? bestKey
  return target ? rangeOf(target, at) : at(0)
}

function rangeOf(node: Node, at: (offset: number, end?: number) => SourceLocation): SourceLocation {
  const range = node.range
  if (!range) return at(0)
  // For a collection, point at its first line rather than spanning the whole block.
  const end = isMap(node) || isSeq(node) ? undefined : range[1]
  return at(range[0], end)
}
