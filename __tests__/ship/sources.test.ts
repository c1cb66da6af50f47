/**
 * Docs are self-contained: every source the rule pages, `explain` and the catalogues cite is in
 * docs/sources.md (title, publisher, URL, date read), every citation link resolves to an entry there,
 * and nothing points at research notes outside the repository (`domain.md`).
 */
import { describe, it, expect } from '@jest/globals'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { STORES } from '../../src/catalog/stores.js'

const SOURCES = readFileSync('docs/sources.md', 'utf8')
const cited = SOURCES.slice(SOURCES.indexOf('## Cited sources'))
const citedEnd = cited.indexOf('\n## ', 3)
const citedSection = citedEnd === -1 ? cited : cited.slice(0, citedEnd)

/** `<a id="hw-kb"></a>**HW-KB**: …` → key HW-KB, anchor hw-kb, the entry's text. */
const entries = [...citedSection.matchAll(/<a id="([^"]+)"><\/a>\*\*([^*]+)\*\*:([\s\S]*?)(?=\n\n|$)/g)].map(
  (m) => ({ anchor: m[1]!, key: m[2]!, text: m[3]!.replace(/\s+/g, ' ') }),
)
const keys = new Set(entries.map((e) => e.key))
const anchors = new Set(entries.map((e) => e.anchor))

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    return statSync(full).isDirectory() ? files(full) : [full]
  })
}

describe('docs/sources.md', () => {
  it('has the keys the docs have always cited, each with title, publisher, URL and date read', () => {
    for (const key of ['MIIT-解读', '登记表', 'HW-KB', 'Apple-ASC-API']) expect(keys).toContain(key)
    expect(entries.length).toBeGreaterThanOrEqual(20)
    for (const entry of entries) {
      expect([entry.key, /Publisher: /.test(entry.text)]).toEqual([entry.key, true])
      expect([entry.key, /https?:\/\/|No URL|GitHub issue/.test(entry.text)]).toEqual([entry.key, true])
      expect([entry.key, /Read( through [^.]*)? 20\d\d-\d\d/.test(entry.text)]).toEqual([entry.key, true])
    }
  })
})

describe('citations', () => {
  const docs = files('docs').filter((f) => f.endsWith('.md'))

  it('nothing in docs/ or src/ points at domain.md, which is not in the repository', () => {
    const hits = [...docs, ...files('src')].filter((f) => readFileSync(f, 'utf8').includes('domain.md'))
    expect(hits).toEqual([])
  })

  it.each(files('docs/rules').filter((f) => f !== 'docs/rules/README.md'))(
    '%s links every citation to its docs/sources.md entry',
    (file) => {
      const text = readFileSync(file, 'utf8')
      const links = [...text.matchAll(/\]\(\.\.\/sources\.md#([^)]+)\)/g)].map((m) => m[1]!)
      expect(links.filter((a) => !anchors.has(a))).toEqual([])
      // A key in brackets that is not a link is a citation a reader cannot follow.
      const bare = [...text.matchAll(/\[([^\]\n]+)\](?!\()/g)].map((m) => m[1]!).filter((k) => keys.has(k))
      expect(bare).toEqual([])
    },
  )

  it('the rule pages cite through links (declaration-syntax and waiver cite nothing outside the project)', () => {
    const linked = files('docs/rules').filter((f) => readFileSync(f, 'utf8').includes('](../sources.md#'))
    expect(linked.length).toBeGreaterThanOrEqual(10)
  })

  it('every link into sources.md from anywhere in docs/ resolves', () => {
    const broken = docs.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/sources\.md#([^)\s]+)\)/g)]
        .map((m) => m[1]!)
        .filter((a) => !anchors.has(a))
        .map((a) => `${file}: #${a}`),
    )
    expect(broken).toEqual([])
  })

  it('the link checks can fail: an unknown anchor and a bare key are caught', () => {
    expect(anchors.has('no-such-source')).toBe(false)
    expect([...'see [HW-KB] doc_0121'.matchAll(/\[([^\]\n]+)\](?!\()/g)].map((m) => m[1])).toEqual(['HW-KB'])
  })

  it('every mainland store in the catalogue cites a docs/sources.md key', () => {
    const uncited = STORES.filter((s) => s.mainland)
      .filter((s) => ![...keys].some((k) => s.source.includes(k)))
      .map((s) => `${s.id}: ${s.source}`)
    expect(uncited).toEqual([])
  })
})
