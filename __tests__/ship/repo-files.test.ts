/**
 * The repository files GitHub reads besides workflows: Dependabot covers both ecosystems the project
 * depends on, CODEOWNERS has a default owner, and the issue forms are forms GitHub can render (name,
 * description, body elements of a known type with unique ids, labels on every input).
 */
import { describe, it, expect } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { parse } from 'yaml'
import semver from 'semver'

describe('.github', () => {
  it('dependabot updates npm and github-actions at the root, weekly', () => {
    const config = parse(readFileSync('.github/dependabot.yml', 'utf8')) as {
      version: number
      updates: { 'package-ecosystem': string; directory: string; schedule: { interval: string } }[]
    }
    expect(config.version).toBe(2)
    expect(config.updates.map((u) => [u['package-ecosystem'], u.directory, u.schedule.interval])).toEqual([
      ['npm', '/', 'weekly'],
      ['github-actions', '/', 'weekly'],
    ])
  })

  it('CODEOWNERS gives every path an owner, the rules and facts a compliance reviewer too', () => {
    const lines = readFileSync('.github/CODEOWNERS', 'utf8')
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('#'))
      .map((l) => l.trim().split(/\s+/))
    expect(lines[0]![0]).toBe('*')
    for (const [pattern, ...owners] of lines) {
      expect([pattern, owners.length > 0]).toEqual([pattern, true])
      for (const owner of owners) expect(owner).toMatch(/^@[\w-]+(\/[\w-]+)?$/)
    }
    const rules = lines.find(([p]) => p === '/src/rules/')!
    expect(rules).toContain('@china-filing-gate/compliance')
  })

  const forms = readdirSync('.github/ISSUE_TEMPLATE').filter((f) => f.endsWith('.yml') && f !== 'config.yml')

  it.each(forms)('%s is an issue form GitHub can render', (file) => {
    const form = parse(readFileSync(`.github/ISSUE_TEMPLATE/${file}`, 'utf8')) as {
      name: string
      description: string
      body: { type: string; id?: string; attributes: { label?: string; value?: string } }[]
    }
    expect(form.name).toEqual(expect.any(String))
    expect(form.description).toEqual(expect.any(String))
    const types = ['markdown', 'textarea', 'input', 'dropdown', 'checkboxes']
    for (const element of form.body) expect(types).toContain(element.type)
    const inputs = form.body.filter((e) => e.type !== 'markdown')
    expect(inputs.length).toBeGreaterThan(0)
    for (const input of inputs) expect(input.attributes.label).toEqual(expect.any(String))
    const ids = inputs.map((e) => e.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('blank issues are off and vulnerabilities go to a private advisory', () => {
    const config = parse(readFileSync('.github/ISSUE_TEMPLATE/config.yml', 'utf8')) as {
      blank_issues_enabled: boolean
      contact_links: { url: string }[]
    }
    expect(config.blank_issues_enabled).toBe(false)
    expect(config.contact_links.map((l) => l.url)).toContain(
      'https://github.com/china-filing-gate/china-filing-gate/security/advisories/new',
    )
  })
})

describe('package.json engines', () => {
  const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
    engines: { node: string }
    devEngines: { runtime: { name: string; version: string } }
  }
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
    packages: Record<string, { engines?: { node?: string } | string[] }>
  }
  /** The lowest version of each range branch, e.g. ^20.19.0 || >=24 → 20.19.0, 24.0.0. */
  const floors = (range: string) =>
    new semver.Range(range).set.map(
      (comparators) => semver.minVersion(comparators.map(String).join(' '))!.version,
    )

  it('devEngines is what every locked package (the dev tools) needs, so npm ci warns on nothing inside it', () => {
    expect(manifest.devEngines.runtime.name).toBe('node')
    const needs = Object.entries(lock.packages).flatMap(([name, entry]) =>
      entry.engines && !Array.isArray(entry.engines) && entry.engines.node
        ? [[name, entry.engines.node]]
        : [],
    )
    expect(needs.length).toBeGreaterThan(50)
    for (const floor of floors(manifest.devEngines.runtime.version))
      expect([floor, needs.filter(([, range]) => !semver.satisfies(floor, range!)).map(([n]) => n)]).toEqual([
        floor,
        [],
      ])
  })

  it('engines is the CLI floor, Node 20, and installs no runtime dependencies to constrain it', () => {
    expect(manifest.engines.node).toBe('>=20')
    expect((manifest as { dependencies?: object }).dependencies).toBeUndefined()
  })
})
