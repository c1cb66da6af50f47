/**
 * The plain-YAML reader is a fast path, never a second opinion: wherever it answers, its value, its
 * node positions (which every finding's file:line:col comes from) and its line table must be the
 * `yaml` library's. Checked on every YAML file in the repository, on generated YAML and on mutations
 * of the example declaration.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { LineCounter, parseDocument, type Node } from 'yaml'
import { lineStartsOf, MAX_DECLARATION_NODES } from '../../src/declaration/load.js'
import { readPlainYaml, readPlainYamlBytes } from '../../src/declaration/plain-yaml.js'
import { treeOf } from '../../src/declaration/yaml-library.js'

const ROOT = path.resolve(import.meta.dirname, '../..')

/** Whether the plain reader answered; when it did, it must agree with the library in every respect. */
function agrees(text: string): boolean {
  const plain = readPlainYaml(text, MAX_DECLARATION_NODES)
  // A file is read from its bytes (readPlainYamlBytes, load.ts): the same answer, value and tree.
  const bytes = Buffer.from(text, 'utf8')
  if (bytes.toString('utf8') === text) {
    const fromBytes = readPlainYamlBytes(bytes, MAX_DECLARATION_NODES, () => text)
    expect(fromBytes === undefined).toBe(plain === undefined)
    if (plain && fromBytes) {
      expect(fromBytes.value).toEqual(plain.value)
      expect(fromBytes.root).toEqual(plain.root)
    }
  }
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true })
  if (!plain) return false
  expect(doc.errors.map((e) => e.message)).toEqual([])
  expect(doc.warnings.map((e) => e.message)).toEqual([])
  expect(plain.value).toEqual(doc.toJS())
  expect(plain.root).toEqual(treeOf(doc.contents as Node))
  expect(lineStartsOf(text)).toEqual(lineCounter.lineStarts)
  return true
}

const repositoryYaml = execFileSync('git', ['ls-files', '*.yml', '*.yaml'], { cwd: ROOT, encoding: 'utf8' })
  .split('\n')
  .filter(Boolean)

describe('the plain-YAML reader', () => {
  it.each(repositoryYaml)('agrees with the yaml library on %s', (file) => {
    agrees(readFileSync(path.join(ROOT, file), 'utf8'))
  })

  it('reads the shipped declarations itself (the fast path is taken)', () => {
    for (const file of ['examples/china-filing.yml', 'examples/non-compliant/china-filing.yml']) {
      expect(agrees(readFileSync(path.join(ROOT, file), 'utf8'))).toBe(true)
    }
  })

  it('leaves to the library what it does not read exactly (and the library then decides)', () => {
    const leftToLibrary = [
      'a: &x 1\nb: *x\n', // anchors and aliases
      'a: !!str 1\n', // tags
      'a: |\n  text\n', // block scalars
      'a: {b: {c: 1}}\n', // nested flow collections
      'a: {b}\n', // a flow mapping entry without a value
      'a: b\n  c\n', // a multi-line plain scalar
      'a: 1.5\n', // floats
      'a: 0x1F\n', // hex
      'a:\nb: 1\n', // an empty value
      'a: 1\na: 2\n', // a duplicate key
      'a: 1\n"a": 2\n', // the same key, quoted once
      'x: {a: 1, b: 2, a: 3}\n', // a duplicate key in a flow mapping
      '- id: x\n  name: y\n  id: z\n', // a duplicate key in a mapping inside a list
      '"1": a\n\'1\': b\n', // an index-like key twice
      'a:\tb\n', // tabs
      '---\na: 1\n', // document markers
      'a: "\\u0041"\n', // escapes beyond \\ and \"
      'a: [b, ]\n', // a trailing comma
      '"a": b: c\n', // a nested compact mapping (an error)
      '- - a\n', // a compact nested list
      'a: b\r c\n', // a bare carriage return
      '', // an empty file
      '# only a comment\n',
      // A byte order mark starting a line before the document begins: the library drops it.
      '\n\ufeffa: b\n',
      '# c\r\n\ufeffa: b\r\n',
      '\n\ufeff#a: b\n', // a comment once the mark is dropped
      '\n\ufeff[a: b\n', // an error once the mark is dropped
      'a: x\ufeffy\n', // a mark inside a value
      Array.from({ length: 100 }, (_, i) => `${' '.repeat(i)}a:`).join('\n') +
        '\n' +
        ' '.repeat(100) +
        'b: 1\n', // 100 levels
    ]
    for (const text of leftToLibrary) expect(agrees(text)).toBe(false)
  })

  it('leaves a line too long for its scanning patterns to the library, without throwing', () => {
    // Each sticky pattern's backtracking stack overflows (a RangeError) on lines of millions of characters.
    for (const line of [
      `a: ${'x'.repeat(9_000_000)}`,
      `${'k'.repeat(9_000_000)}: v`,
      `a: '${'x'.repeat(9_000_000)}'`,
      `a: [${'x'.repeat(9_000_000)}]`,
    ]) {
      expect(readPlainYaml(`${line}\n`, MAX_DECLARATION_NODES)).toBeUndefined()
      expect(readPlainYamlBytes(Buffer.from(`${line}\n`), MAX_DECLARATION_NODES, () => line)).toBeUndefined()
    }
    // A long line within the bound is still read.
    expect(agrees(`a: ${'x'.repeat(60_000)}\n`)).toBe(true)
  })

  it('reads what declarations are made of', () => {
    const read = [
      'version: 1\n',
      'a: \'it\'\'s\'\nb: "say \\"hi\\""\n',
      'a:\n- x\n- y\nb: 1\n', // an indentless list
      'a: [x, "y", \'z\']  # a comment\n',
      'a:\n  - id: one\n    n: 2\n  -   id: two\n',
      'k: ~\nt: True\nf: FALSE\nd: 2024-03-31\nm: -7\nz: 007\n',
      'a: 1\r\nb:\r\n  c: d\r\n', // CRLF
      '名称: 示例商城\n',
      'a: b#c\n',
      '  a: 1\n  b: 2\n', // an indented root
      'a: { md5: FC66, sha1: "x" }\n',
      'hosting:\n  - { provider: aliyun, region: cn-hangzhou }\n',
    ]
    for (const text of read) expect(agrees(text)).toBe(true)
  })

  const WORDS = [
    'shop',
    'com.example.shop',
    '示例商城',
    'v*',
    '>=2.0.0',
    '2023-11-02',
    '1',
    '-3',
    '+4',
    '0',
    '1.5',
    '1e3',
    '.5',
    '.inf',
    'true',
    'False',
    'null',
    '~',
    'NULL',
    '0x1A',
    '0o17',
    'a b',
    'a#b',
    'a #b',
    'a: b',
    'a:b',
    '-x',
    '- x',
    '?x',
    ':x',
    'x:',
    '*x',
    '&x y',
    '!t x',
    '|',
    '>',
    '%x',
    '@x',
    '`x',
    '[x]',
    '{x: 1}',
    'x]',
    'x,y',
    '',
    ' ',
    "'q'",
    "'it''s'",
    '"d"',
    '"a\\"b"',
    '"a\\\\b"',
    '"a\\nb"',
    "'open",
    '"open',
    '__proto__',
    '<<',
  ]
  const PLAIN_WORDS = ['shop', 'com.example.shop', '示例商城', 'v*', '2023-11-02', '1', 'a b', "'q'", '"d"']
  // Mostly what declarations hold, sometimes anything: a document with one odd word is left to the
  // library as a whole, so the fast path must see enough documents made of ordinary words.
  const word = fc.oneof(
    { arbitrary: fc.constantFrom(...PLAIN_WORDS), weight: 12 },
    { arbitrary: fc.constantFrom(...WORDS), weight: 1 },
  )
  const key = fc.oneof(
    {
      arbitrary: fc.constantFrom('id', 'name', 'kind', 'filing', 'number', '名称', "'quoted'", '"q"'),
      weight: 12,
    },
    { arbitrary: fc.constantFrom(...WORDS), weight: 1 },
  )
  const flowList = fc.array(word, { maxLength: 4 }).map((items) => `[${items.join(', ')}]`)
  const flowMap = fc
    .uniqueArray(fc.tuple(key, word), { maxLength: 3, selector: (pair) => pair[0] })
    .map((pairs) => `{ ${pairs.map(([k, v]) => `${k}: ${v}`).join(', ')} }`)
  // After a value `#x` is part of the scalar (no space before it); after a key it would be a syntax error.
  const comment = fc.constantFrom('', '', ' # note', '  #x', '#x')
  const keyComment = fc.constantFrom('', '', ' # note', '  #x')
  const value: fc.Arbitrary<string> = fc.oneof(word, word, word, flowList, flowMap)
  const space = fc.constantFrom(' ', ' ', '  ')

  /** A block collection as lines, each prefixed with `indent` spaces. */
  const block: (depth: number) => fc.Arbitrary<string[]> = fc.memo((depth) => {
    const child = depth > 2 ? fc.constant<string[] | undefined>(undefined) : fc.option(block(depth + 1))
    const indentStep = fc.constantFrom(2, 2, 4, 1)
    const entry = fc.tuple(key, space, value, comment, child, indentStep, fc.boolean(), keyComment)
    const mapping = fc
      .uniqueArray(entry, { minLength: 1, maxLength: 4, selector: (e) => e[0] })
      .map((entries) =>
        entries.flatMap(([key, gap, v, note, nested, step, indentless]) => {
          if (!nested) return [`${key}:${gap}${v}${note}`]
          const pad = indentless && nested[0]?.startsWith('-') ? '' : ' '.repeat(step)
          return [`${key}:${note}`, ...nested.map((line) => pad + line)]
        }),
      )
    const item = fc.tuple(space, value, comment, child, keyComment)
    const sequence = fc.array(item, { minLength: 1, maxLength: 3 }).map((items) =>
      items.flatMap(([gap, v, note, nested, afterDash]) => {
        if (!nested) return [`-${gap}${v}${note}`]
        // A nested mapping starts on the dash's line (`- id: x`); a nested list on the next line.
        if (!nested[0]!.startsWith('-'))
          return [`- ${nested[0]}`, ...nested.slice(1).map((line) => `  ${line}`)]
        return [`-${afterDash}`, ...nested.map((line) => `  ${line}`)]
      }),
    )
    return fc.oneof(mapping, mapping, sequence)
  })
  const extras = fc.record({
    crlf: fc.boolean(),
    blank: fc.array(fc.nat(20), { maxLength: 3 }),
    comments: fc.array(fc.tuple(fc.nat(20), fc.nat(6)), { maxLength: 3 }),
  })

  it('agrees with the library on generated YAML', () => {
    let answered = 0
    fc.assert(
      fc.property(block(0), extras, (lines, { crlf, blank, comments }) => {
        const all = [...lines]
        for (const at of blank) all.splice(at % (all.length + 1), 0, '')
        for (const [at, indent] of comments) all.splice(at % (all.length + 1), 0, `${' '.repeat(indent)}# c`)
        const text = all.join(crlf ? '\r\n' : '\n') + '\n'
        if (agrees(text)) answered++
      }),
      { numRuns: 3000 },
    )
    // The generator is useful only if the fast path answers for a fair share of its output.
    expect(answered).toBeGreaterThan(200)
  })

  it('agrees with the library on mutations of the example declaration', () => {
    const example = readFileSync(path.join(ROOT, 'examples/china-filing.yml'), 'utf8')
    const edits = fc.array(
      fc.tuple(
        fc.nat(example.length),
        // Non-ASCII too: the bytes reader decodes a value only when it has such a character.
        fc.constantFrom(...' :-#\'"[]{},\n\t&*!|>x0.~\r'.split(''), '上', 'é', '😀', '\u00a0', '\u0085'),
        fc.nat(2),
      ),
      { minLength: 1, maxLength: 3 },
    )
    let answered = 0
    fc.assert(
      fc.property(edits, (changes) => {
        let text = example
        for (const [at, c, kind] of changes) {
          const i = at % (text.length + 1)
          text =
            kind === 0
              ? text.slice(0, i) + c + text.slice(i)
              : kind === 1
                ? text.slice(0, i) + text.slice(i + 1)
                : text.slice(0, i) + c + text.slice(i + 1)
        }
        if (agrees(text)) answered++
      }),
      { numRuns: 3000 },
    )
    expect(answered).toBeGreaterThan(300)
  })
})
