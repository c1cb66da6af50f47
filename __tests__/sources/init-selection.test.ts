/**
 * `init` writes what ships (issue 7.9): every app of a monorepo, the release/production variant
 * rather than the first flavour, never an extension target or a sample module, and a report of what
 * it left out and why.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { initCommand } from '../../src/cli/init.js'
import { parseDeclarationText } from '../../src/declaration/parse-text.js'

const made: string[] = []
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })))
})

async function init(files: Record<string, string>): Promise<{ stdout: string; yaml: string }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cfg-init-'))
  made.push(dir)
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true })
    await writeFile(path.join(dir, file), text)
  }
  let stdout = ''
  const io = { cwd: dir, stdout: { write: (s: string) => (stdout += s) }, stderr: { write: () => true } }
  const code = await initCommand([], io as never)
  expect(code).toBe(0)
  return { stdout, yaml: await readFile(path.join(dir, 'china-filing.yml'), 'utf8') }
}

const gradle = (body: string) => `plugins { id("com.android.application") }\nandroid {\n${body}\n}\n`

describe('init writes what ships', () => {
  it("does not write another variant's id when the shipped variant's is not a valid package name", async () => {
    const { stdout, yaml } = await init({
      'app/build.gradle.kts': gradle(`    defaultConfig { applicationId = "com.example.chat" }
    flavorDimensions += "env"
    productFlavors {
        create("prod") { dimension = "env"; applicationIdSuffix = ".cn-store" }
        create("dev") { dimension = "env"; applicationIdSuffix = ".dev" }
    }`),
    })
    expect(yaml).not.toContain('com.example.chat.dev')
    expect(yaml).toContain('no app identity was found in this tree')
    expect(stdout).toContain(
      'android com.example.chat.cn-store (app/build.gradle.kts:3, prodRelease): not a valid id: an Android package name must be dot-separated identifiers like com.example.shop',
    )
    expect(stdout).toContain(
      'android com.example.chat.dev (app/build.gradle.kts:3, devRelease): another variant of the same app; prodRelease, the one that ships, has no valid id, so none was written',
    )
  })

  it("leaves out WeChat DevTools' touristappid and says why (Taro templates)", async () => {
    const { stdout, yaml } = await init({ 'project.config.json': '{ "appid": "touristappid" }\n' })
    expect(yaml).not.toContain('touristappid')
    expect(stdout).toContain(
      "wechat touristappid (project.config.json:1): WeChat DevTools' placeholder for a project without an AppID (not set)",
    )
  })

  it('between equally shipped variants, writes the valid id, not the shorter invalid one', async () => {
    const { yaml } = await init({
      'app/build.gradle.kts': gradle(`    defaultConfig { applicationId = "com.example.chat" }
    flavorDimensions += "market"
    productFlavors {
        create("cn") { dimension = "market"; applicationIdSuffix = ".c-n" }
        create("china") { dimension = "market"; applicationIdSuffix = ".china" }
    }`),
    })
    expect(yaml).toMatch(
      /package: com\.example\.chat\.china # from app\/build\.gradle\.kts:\d+ \(chinaRelease\)/,
    )
  })

  it('picks the production flavour, not the first one, and says what it left out', async () => {
    const { stdout, yaml } = await init({
      'app/build.gradle.kts': gradle(`    defaultConfig { applicationId = "com.example.chat" }
    flavorDimensions += "who"
    productFlavors {
        create("alpha") { dimension = "who"; applicationId = "com.example.chat.alpha" }
        create("prod") { dimension = "who"; applicationId = "com.example.chat" }
    }`),
    })
    expect(yaml).toMatch(/package: com\.example\.chat # from app\/build\.gradle\.kts:\d+ \(prodRelease\)/)
    expect(stdout).toContain('Left out:\n  android com.example.chat.alpha (app/build.gradle.kts:')
    expect(stdout).toContain('another variant of the same app; prodRelease was written')
  })

  it('writes every app of a monorepo, and leaves out a catalog sample', async () => {
    const { stdout, yaml } = await init({
      'apps/toot/app/build.gradle.kts': gradle('    defaultConfig { applicationId = "com.example.toot" }'),
      'apps/bubbles/android/app/build.gradle.kts': gradle(
        '    defaultConfig { applicationId = "com.example.bubbles" }',
      ),
      'apps/toot/app-catalog/build.gradle.kts': gradle(
        '    defaultConfig { applicationId = "com.example.catalog" }',
      ),
    })
    expect(yaml.match(/^ {2}- id: /gm)).toHaveLength(2)
    expect(yaml).toContain('package: com.example.toot')
    expect(yaml).toContain('package: com.example.bubbles')
    expect(yaml).not.toContain('com.example.catalog')
    expect(stdout).toContain(
      'com.example.catalog (apps/toot/app-catalog/build.gradle.kts:3, release): a sample, catalog or benchmark module',
    )
    // The starter parses (its TODOs are for the user to fill in).
    expect(
      parseDeclarationText(yaml, 'china-filing.yml').findings.some((f) => f.rule === 'declaration-syntax'),
    ).toBe(false)
  })
})
