import { describe, it, expect } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { createAjv } from '../helpers/ajv.js'

const action = parse(readFileSync('action.yml', 'utf8')) as {
  runs: { using: string; main: string }
  inputs: Record<string, { description: string; default?: string }>
  outputs: Record<string, { description: string }>
}
const readme = readFileSync('README.md', 'utf8')

/** Rows of the Markdown table under a `## heading`: first cell (without backticks) → second cell. */
function tableUnder(heading: string): Map<string, string> {
  const section = readme.split(`\n## ${heading}\n`)[1]!.split('\n## ')[0]!
  const rows = section.split('\n').filter((l) => l.startsWith('| `'))
  return new Map(
    rows.map((row) => {
      const cells = row
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim())
      return [cells[0]!.replace(/`/g, ''), cells[1]!]
    }),
  )
}

const plain = (s: string) => s.replace(/`/g, '').replace(/\s+/g, ' ').trim()

describe('action.yml', () => {
  it('is valid against the SchemaStore action schema and runs on node24', () => {
    const ajv = createAjv()
    const validate = ajv.compile(JSON.parse(readFileSync('__tests__/schemas/github-action.json', 'utf8')))
    expect(validate(action) ? [] : validate.errors).toEqual([])
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })

  it('declares defaults only where an expression is needed (defaults live in the code)', () => {
    const withDefaults = Object.entries(action.inputs)
      .filter(([, i]) => i.default !== undefined)
      .map(([n]) => n)
    expect(withDefaults).toEqual(['token'])
  })

  it('matches the README inputs table, name for name and description for description', () => {
    const table = tableUnder('Inputs')
    expect([...table.keys()]).toEqual(Object.keys(action.inputs))
    for (const [name, input] of Object.entries(action.inputs)) {
      // action.yml ends with "Default …", which the README puts in its own column.
      expect(plain(table.get(name)!)).toBe(plain(input.description).replace(/\s*Default .*$/, ''))
    }
  })

  it('matches the README outputs table', () => {
    const table = tableUnder('Outputs')
    expect([...table.keys()]).toEqual(Object.keys(action.outputs))
    for (const [name, output] of Object.entries(action.outputs)) {
      expect(plain(table.get(name)!)).toBe(plain(output.description))
    }
  })
})
