/**
 * Every `uses:` in the README, examples/workflows and .github/workflows names a major that runs on Node 24.
 * GitHub forced Node 20 actions onto Node 24 from 2026-06-02 and removed Node 20 from runners on
 * 2026-09-16; the first majors declaring `runs.using: node24` are below (from each action's release
 * notes). An action not in the table fails the test, so a new one gets a floor when it is added.
 */
import { describe, it, expect } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'

/** owner/repo (without a sub-path) → the lowest major that runs on Node 24. */
const MINIMUM_MAJOR: Record<string, number> = {
  'actions/checkout': 5,
  'actions/setup-node': 5,
  'actions/upload-artifact': 6,
  'actions/download-artifact': 7,
  'github/codeql-action': 4,
  // This project: @v1 is its first major, and it runs on node24 (action.yml).
  'china-filing-gate/china-filing-gate': 1,
}

const FILES = [
  'README.md',
  ...readdirSync('examples/workflows').map((f) => `examples/workflows/${f}`),
  ...readdirSync('.github/workflows').map((f) => `.github/workflows/${f}`),
]

interface Use {
  file: string
  line: number
  ref: string
}

/**
 * `uses: owner/repo[/path]@ref` in YAML and in the README's YAML snippets; local `./` actions excluded.
 * A full commit SHA counts as the version in its trailing comment (`@<sha> # v6.0.1`), as Dependabot
 * writes it.
 */
function usesIn(file: string, text: string): Use[] {
  return text.split('\n').flatMap((line, i) => {
    const m = /^\s*(?:-\s+)?uses:\s*['"]?([^'"\s#]+)['"]?\s*(?:#\s*(\S+))?/.exec(line)
    if (!m || m[1]!.startsWith('./')) return []
    const sha = /^(.*)@[0-9a-f]{40}$/.exec(m[1]!)
    return [{ file, line: i + 1, ref: sha && m[2] ? `${sha[1]}@${m[2]}` : m[1]! }]
  })
}

function check({ ref }: Use): string | undefined {
  const m = /^([^/@]+\/[^/@]+)(?:\/[^@]*)?@v(\d+)(?:\.\d+){0,2}$/.exec(ref)
  if (!m) return `not pinned to a major tag or a commit SHA with its version in a comment`
  const minimum = MINIMUM_MAJOR[m[1]!]
  if (minimum === undefined) return `${m[1]} has no minimum major in the table: add its first Node 24 major`
  if (Number(m[2]) < minimum) return `below v${minimum}, the first ${m[1]} major that runs on Node 24`
  return undefined
}

describe('action majors', () => {
  const uses = FILES.flatMap((file) => usesIn(file, readFileSync(file, 'utf8')))

  it('finds the uses: lines (checkout in README, examples and CI at least)', () => {
    const checkouts = uses.filter((u) => u.ref.startsWith('actions/checkout@'))
    expect(new Set(checkouts.map((u) => u.file.split('/')[0]))).toEqual(
      new Set(['README.md', 'examples', '.github']),
    )
  })

  it('every uses: is on a Node 24 major', () => {
    const problems = uses.flatMap((u) => {
      const problem = check(u)
      return problem ? [`${u.file}:${u.line}: ${u.ref}: ${problem}`] : []
    })
    expect(problems).toEqual([])
  })

  it('flags a Node 20 major, an unknown action and a branch ref (the check can fail)', () => {
    const bad = usesIn(
      'x.yml',
      [
        '      - uses: actions/checkout@v4',
        '      - uses: someone/else@v9',
        '        uses: github/codeql-action/upload-sarif@main',
        '      - uses: ./',
        `      - uses: actions/upload-artifact@${'a'.repeat(40)} # v4.6.2`,
        `      - uses: actions/upload-artifact@${'b'.repeat(40)} # v7.0.1`,
      ].join('\n'),
    )
    expect(bad.map(check)).toEqual([
      'below v5, the first actions/checkout major that runs on Node 24',
      'someone/else has no minimum major in the table: add its first Node 24 major',
      'not pinned to a major tag or a commit SHA with its version in a comment',
      'below v6, the first actions/upload-artifact major that runs on Node 24',
      undefined,
    ])
  })
})
