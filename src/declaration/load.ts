/**
 * Reads `china-filing.yml` into a validated declaration that remembers where every value came from,
 * so each finding can point at file:line:column. Nothing in the file is ever executed: YAML custom
 * tags are not resolved, aliases are capped, and the size is bounded before parsing.
 */
import { isUtf8 } from 'node:buffer'
import { constants } from 'node:fs'
import { open, realpath, stat, type OpenFile } from '../promised-fs.js'
import { basename, sep } from 'node:path'
import type { Finding, SourceLocation } from '../findings.js'
import type { Declaration } from './schema.js'
import { isValidDeclaration } from './valid.js'
import {
  readPlainYaml,
  readPlainYamlBytes,
  type PlainYaml,
  type YamlMap,
  type YamlNode,
} from './plain-yaml.js'

/** Real declarations are a few KB; anything near this is a mistake (or an attack on the parser). */
export const MAX_DECLARATION_BYTES = 1024 * 1024
/**
 * Most collection entries (mapping pairs, sequence items, flow collections) a declaration may have: a
 * 1,000-app declaration (the scale `npm run bench` measures) has about 40,000.
 */
export const MAX_DECLARATION_NODES = 100_000

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

export function syntaxFinding(message: string, location?: SourceLocation): Finding {
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
  let handle: OpenFile
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
    return await parseDeclarationBytes(bytes, displayPath)
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

/** Parses declaration bytes (already size-checked); pure, for tests and for base-vs-head comparisons. */
export async function parseDeclarationBytes(bytes: Buffer, file: string): Promise<LoadResult> {
  const start = { file, line: 1, column: 1 }
  if (bytes.includes(0)) {
    return {
      findings: [
        syntaxFinding(`${file} is a binary file, not YAML. Point the config at china-filing.yml.`, start),
      ],
    }
  }
  // isUtf8 refuses what TextDecoder's fatal mode refused.
  if (!isUtf8(bytes)) {
    return {
      findings: [
        syntaxFinding(
          `${file} is not UTF-8 text. Save it as UTF-8 (the filing number contains Chinese characters).`,
          start,
        ),
      ],
    }
  }
  // TextDecoder dropped a leading byte order mark and a replace() a second one: both go, as they did.
  let body = bytes
  for (let i = 0; i < 2 && body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf; i++)
    body = body.subarray(3)
  // The text is decoded only for what needs it: positions, the yaml library, the schema's messages.
  // A 700 KB declaration takes longer to decode than to read (readPlainYamlBytes).
  let text: string | undefined
  const decoded = () => (text ??= body.toString('utf8'))
  return judgeReading(readPlainYamlBytes(body, MAX_DECLARATION_NODES, decoded), decoded, file)
}

/** What a YAML reader makes of the text: its tree and value, or the findings that stop it. */
export type ReadYaml = PlainYaml | { findings: Finding[] }

/**
 * Parses declaration text. Most declarations are plain YAML, which readPlainYaml reads in a fraction
 * of the time the `yaml` library needs to load, and valid, which valid.ts confirms without zod; the
 * library and the zod schema are loaded only for a file that needs them.
 */
export async function parseDeclaration(text: string, file: string): Promise<LoadResult> {
  return judgeReading(readPlainYaml(text, MAX_DECLARATION_NODES), () => text, file)
}

/** The declaration from the plain reader's reading, or from the library's when the plain one gave up. */
async function judgeReading(
  plain: PlainYaml | undefined,
  text: () => string,
  file: string,
): Promise<LoadResult> {
  const read = plain ?? (await import('./yaml-library.js')).readWithYamlLibrary(text(), file)
  if ('findings' in read) return read
  return (
    acceptDeclaration(read, text, file) ??
    (await import('./diagnose.js')).diagnoseDeclaration(read, text(), file)
  )
}

/**
 * The declaration when it is valid as it is; undefined when the schema must say what is wrong
 * (diagnose.ts).
 */
export function acceptDeclaration(read: PlainYaml, text: () => string, file: string): LoadResult | undefined {
  if (!isValidDeclaration(read.value)) return undefined
  return { declaration: { file, data: read.value, locate: locator(read, text, file) }, findings: [] }
}

/**
 * Where a key path is in the file, for findings: file:line:col from the reader's node offsets. The
 * node tree and the line table are made on the first question; a run without findings asks none.
 */
export function locator(
  read: PlainYaml,
  text: () => string,
  file: string,
): (path: KeyPath, part?: 'key' | 'value') => SourceLocation {
  let lineStarts: number[] | undefined
  const at = (offset: number, end?: number): SourceLocation =>
    toLocation(file, (lineStarts ??= lineStartsOf(text())), offset, end)
  return (path, part = 'value') => locateNode(read.root, path, part, at)
}

/** Offsets where each line starts, as the `yaml` library's LineCounter records them. */
export function lineStartsOf(text: string): number[] {
  const starts = [0]
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return starts
}

/** 1-based line and column of an offset (LineCounter.linePos: columns count UTF-16 code units). */
function linePos(lineStarts: readonly number[], offset: number): { line: number; col: number } {
  let low = 0
  let high = lineStarts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (lineStarts[middle]! <= offset) low = middle
    else high = middle - 1
  }
  return { line: low + 1, col: offset - lineStarts[low]! + 1 }
}

export function toLocation(
  file: string,
  lineStarts: readonly number[],
  offset: number,
  end?: number,
): SourceLocation {
  const startPos = linePos(lineStarts, offset)
  const location: SourceLocation = { file, line: startPos.line, column: startPos.col }
  if (end !== undefined && end > offset) {
    const endPos = linePos(lineStarts, end)
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
  root: YamlNode,
  path: KeyPath,
  part: 'key' | 'value',
  at: (offset: number, end?: number) => SourceLocation,
): SourceLocation {
  let node: YamlNode | undefined = root
  let best: YamlNode | undefined = root.kind === 'map' || root.kind === 'seq' ? root : undefined
  let bestKey: YamlNode | undefined
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!
    const last = i === path.length - 1
    if (node?.kind === 'map') {
      const pair: YamlMap['items'][number] | undefined = node.items.find(
        (p) => p.key && String(p.key.value) === String(segment),
      )
      if (!pair) break
      const key = pair.key!
      if (last && part === 'key') return rangeOf(key, at)
      bestKey = key
      node = pair.value
      // A mapping or list value is shown at its key ("platforms:"), a scalar at the value itself.
      best = !pair.value || pair.value.kind === 'map' || pair.value.kind === 'seq' ? key : pair.value
    } else if (node?.kind === 'seq' && typeof segment === 'number') {
      const item: YamlNode | undefined = node.items[segment]
      if (!item) break
      node = item
      best = item
      bestKey = undefined
    } else break
  }
  const target = best ?? bestKey
  return target ? rangeOf(target, at) : at(0)
}

function rangeOf(node: YamlNode, at: (offset: number, end?: number) => SourceLocation): SourceLocation {
  // For a collection, point at its first line rather than spanning the whole block.
  return node.kind === 'map' || node.kind === 'seq' ? at(node.start) : at(node.start, node.end)
}
