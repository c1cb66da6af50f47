/**
 * The bundled action (dist/index.js) run as a child process, as GitHub runs it, against a loopback
 * stand-in for the GitHub API. Asserts what a workflow sees: exit code, outputs, annotations, the
 * job summary, and the API requests made.
 */
import { describe, it, expect, beforeEach, afterEach } from '@jest/globals'
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js'
import { runAction } from '../helpers/run-action.js'
import { appYaml, declarationYaml, positionOf } from '../helpers/declarations.js'
import { tempDir } from '../helpers/temp-dir.js'

const TODAY = '2026-11-29'
const event = async (name: string) =>
  JSON.parse(await readFile(`__tests__/fixtures/events/${name}.json`, 'utf8')) as Record<string, unknown>

async function workspaceWith(declaration?: string): Promise<string> {
  const dir = await tempDir('cfg-ws-')
  if (declaration === undefined)
    await copyFile('examples/china-filing.yml', path.join(dir, 'china-filing.yml'))
  else await writeFile(path.join(dir, 'china-filing.yml'), declaration)
  return dir
}

let github: FakeGitHub
beforeEach(async () => {
  github = await startFakeGitHub()
})
afterEach(async () => {
  await github.close()
})

describe('release: tag push', () => {
  it('judges only the tagged app and titles the check run with its filing number', async () => {
    const tagged = await event('push-tag')
    const run = await runAction({
      workspace: await workspaceWith(),
      eventName: 'push',
      event: tagged,
      ref: 'refs/tags/shop-v2.3.0',
      sha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
      apiUrl: github.url,
      inputs: { 'check-run': 'true', today: TODAY },
    })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.outputs.verdict).toBe('pass')
    // The log says what was verified, not only that it passed.
    expect(run.stdout).toContain('china-filing-gate verified apps shop against china-filing.yml')
    expect(JSON.parse(run.outputs.blocking!)).toEqual([])
    expect(JSON.parse(run.outputs['filing-numbers']!)).toEqual({ shop: '沪ICP备2023012345号-2A' })
    expect(run.outputs['report-file']).toMatch(/china-filing-report\.json$/)
    const report = JSON.parse(await readFile(run.outputs['report-file']!, 'utf8'))
    expect(report.apps.map((a: { id: string; inScope: boolean }) => [a.id, a.inScope])).toEqual([
      ['shop', true],
      ['shop-wechat', false],
      ['shop-global', false],
    ])

    const [create, ...others] = github.requests
    expect(others).toEqual([])
    expect(create).toMatchObject({
      method: 'POST',
      url: '/repos/octo/shop/check-runs',
      authorization: 'token ghs_secret_test_token',
      body: {
        name: 'China filing',
        head_sha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
        status: 'completed',
        conclusion: 'success',
        output: { title: 'shop 2.3.0: 沪ICP备2023012345号-2A' },
      },
    })
    expect(run.summary).toContain('## China filing: ✅ pass')
    expect(run.summary).toContain('| shop (示例商城) | `沪ICP备2023012345号-2A` | approved |')
    // The token is a secret: never printed.
    expect(run.stdout + run.stderr).not.toContain('ghs_secret_test_token')
  })

  it('blocks a version outside release.versions, at the line of versions', async () => {
    const run = await runAction({
      workspace: await workspaceWith(),
      eventName: 'push',
      event: { ...(await event('push-tag')), ref: 'refs/tags/shop-v1.9.0' },
      ref: 'refs/tags/shop-v1.9.0',
      apiUrl: github.url,
      inputs: { 'check-run': 'true', today: TODAY },
    })
    expect(run.code).toBe(1)
    expect(run.outputs.verdict).toBe('fail')
    expect(JSON.parse(run.outputs.blocking!)).toEqual(['shop'])
    const text = await readFile('examples/china-filing.yml', 'utf8')
    const error = run.annotations.find((a) => a.level === 'error')
    expect(error).toMatchObject({
      properties: {
        title: 'release-version (shop)',
        file: 'china-filing.yml',
        line: String(positionOf(text, "versions: '>=2.0.0'").line),
      },
    })
    expect(error!.message).toMatch(/^shop: version 1\.9\.0 is outside release\.versions >=2\.0\.0/)
    expect(github.requests[0]!.body).toMatchObject({
      conclusion: 'failure',
      output: { title: 'Blocked: shop (1 error, 0 warnings)' },
    })
    expect(run.stdout).toMatch(/::error::China filing gate blocked shop: 1 error\./)
  })

  // The failure names the blocked app and counts what blocks it: an error about an app the release
  // does not judge is reported, but is not one of them.
  it("counts only the blocked app's errors in the step's failure", async () => {
    const declaration = `${await readFile('examples/china-filing.yml', 'utf8')}\nwaivers:\n  - { rule: hosting-mainland, app: shop-wechat, reason: OPS-1, expires: 2024-01-01 }\n`
    const run = await runAction({
      workspace: await workspaceWith(declaration),
      eventName: 'push',
      event: { ...(await event('push-tag')), ref: 'refs/tags/shop-v1.9.0' },
      ref: 'refs/tags/shop-v1.9.0',
      inputs: { today: TODAY },
    })
    expect(run.code).toBe(1)
    expect(JSON.parse(run.outputs.blocking!)).toEqual(['shop'])
    const report = JSON.parse(await readFile(run.outputs['report-file']!, 'utf8'))
    const errors = report.findings.filter((f: { severity: string }) => f.severity === 'error')
    expect(errors.map((f: { app: string }) => f.app).sort()).toEqual(['shop', 'shop-wechat'])
    expect(run.stdout).toMatch(/::error::China filing gate blocked shop: 1 error\./)
  })

  it('with fail-on: warning, counts the warnings that block too', async () => {
    // A pending filing is a warning on a pull request; fail-on: warning blocks on it.
    const declaration = (await readFile('examples/china-filing.yml', 'utf8')).replace(
      'status: approved',
      'status: pending',
    )
    const run = await runAction({
      workspace: await workspaceWith(declaration),
      eventName: 'pull_request',
      event: await event('pull-request'),
      inputs: { 'fail-on': 'warning', today: TODAY },
    })
    expect(run.code).toBe(1)
    const report = JSON.parse(await readFile(run.outputs['report-file']!, 'utf8'))
    const judged = new Set(
      report.apps
        .filter((a: { verdict: string }) => a.verdict !== 'skipped')
        .map((a: { id: string }) => a.id),
    )
    const blocking = report.findings.filter(
      (f: { severity: string; app: string | null }) =>
        f.severity === 'warning' && (f.app === null || judged.has(f.app)),
    )
    expect(blocking.length).toBeGreaterThan(0)
    expect(report.findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([])
    expect(run.stdout).toContain(
      `::error::China filing gate blocked ${JSON.parse(run.outputs.blocking!).join(', ')}: 0 errors and ${blocking.length} warning${blocking.length === 1 ? '' : 's'} (fail-on: warning blocks on warnings too).`,
    )
  })

  // A workflow may ship the apps `blocking` does not list: with an artifact the gate cannot read, it
  // cannot say the tagged app's build is the filed one, so the app is blocked with the release.
  it('blocks the tagged app when an artifact cannot be read, and says why on its row', async () => {
    const workspace = await workspaceWith()
    await copyFile('__tests__/fixtures/android/not-a-zip.apk', path.join(workspace, 'app.apk'))
    const run = await runAction({
      workspace,
      eventName: 'push',
      event: await event('push-tag'),
      ref: 'refs/tags/shop-v2.3.0',
      inputs: { artifacts: 'app.apk', today: TODAY },
    })
    expect(run.code).toBe(1)
    expect(run.outputs.verdict).toBe('fail')
    expect(JSON.parse(run.outputs.blocking!)).toEqual(['shop'])
    const report = JSON.parse(await readFile(run.outputs['report-file']!, 'utf8'))
    expect(report.apps.map((a: { id: string; verdict: string }) => [a.id, a.verdict])).toEqual([
      ['shop', 'fail'],
      ['shop-wechat', 'skipped'],
      ['shop-global', 'skipped'],
    ])
    expect(report.findings).toEqual([
      expect.objectContaining({ rule: 'artifact-identity', severity: 'error', file: 'app.apk' }),
      expect.objectContaining({ rule: 'source-identity', severity: 'notice', app: null }),
    ])
    expect(run.summary).toContain(
      '_shop: blocked with this release: a finding about the run (listed below, app —) leaves what it ships unverified._',
    )
    expect(run.stdout).toMatch(/::error::China filing gate blocked shop: 1 error\./)
  })

  it('fails closed when the declaration is missing', async () => {
    const dir = await tempDir('cfg-ws-')
    const run = await runAction({
      workspace: dir,
      eventName: 'push',
      ref: 'refs/tags/v2.3.0',
      inputs: { today: TODAY },
    })
    expect(run.code).toBe(1)
    expect(run.outputs.verdict).toBe('fail')
    expect(run.annotations[0]).toMatchObject({ level: 'error', properties: { title: 'declaration-syntax' } })
    expect(run.annotations[0]!.message).toMatch(/^china-filing\.yml does not exist\./)
    expect(run.summary).toContain('## China filing: ❌ fail')
  })
})

describe('check runs', () => {
  it('warns on a 403 and still reports through annotations; the verdict comes from the findings', async () => {
    github.failWith('POST', /check-runs$/, 403)
    const declaration = (await readFile('examples/china-filing.yml', 'utf8')).replace(
      'region: cn-shanghai',
      'region: cn-hongkong',
    )
    const run = await runAction({
      workspace: await workspaceWith(declaration),
      eventName: 'pull_request',
      event: await event('pull-request'),
      apiUrl: github.url,
      inputs: { 'check-run': 'true', today: TODAY },
    })
    expect(run.code).toBe(1)
    expect(
      run.annotations.some((a) => a.level === 'error' && a.properties.title === 'hosting-mainland (shop)'),
    ).toBe(true)
    expect(run.stdout).toContain(
      '::warning::check run not created: the token may not write checks (403): fork pull requests get a read-only token, and the job needs permissions: checks: write. The annotations and the job summary still report every finding.',
    )
    expect(github.requests.map((r) => `${r.method} ${r.url}`)).toEqual(['POST /repos/octo/shop/check-runs'])
  })

  // An API (or a proxy in front of it) may echo the request's headers in an error's body; the runner
  // masks only the secrets it knows of. The message is cut to a line of 200 characters: the token is
  // placed across that cut, where a prefix of it would survive a redaction made after the cut.
  it.each([401, 422, 500])('never prints the token an API error answered with (%i)', async (status) => {
    const token = 'ghs_secret_test_token'
    const echo = (before: number) => `${'x'.repeat(before)} authorization: token ${token} (echoed)`
    github.failWith('POST', /check-runs$/, status, echo(150))
    github.failWith('GET', /releases\/tags\//, status, echo(180))
    const run = await runAction({
      workspace: await workspaceWith(),
      eventName: 'push',
      event: await event('push-tag'),
      ref: 'refs/tags/shop-v2.3.0',
      apiUrl: github.url,
      inputs: { 'check-run': 'true', 'release-notes': 'true', today: TODAY },
      env: { CHINA_FILING_GATE_API_BACKOFF_MS: '1' },
    })
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/::warning::check run not created: .*authorization: token \*\*\* \(echoed\)/)
    expect(run.stdout).toMatch(/::warning::release notes not updated: /)
    const printed = run.stdout + run.stderr + run.summary
    for (let length = 6; length <= token.length; length++)
      expect(printed).not.toContain(token.slice(0, length))
  })

  // GitHub shows 10 warnings a step: the step's own warning must not be the eleventh.
  it('keeps a warning slot for a check run not created when the findings fill the ten', async () => {
    github.failWith('POST', /check-runs$/, 403)
    const apps = Array.from({ length: 12 }, (_, i) =>
      appYaml({
        id: `app-${i}`,
        status: 'pending',
        number: null,
        platforms: `    platforms:\n      android:\n        package: com.example.app${i}\n        certificate:\n          md5: FC66866CD3CAB411048C250AE8140348`,
      }),
    )
    const run = await runAction({
      workspace: await workspaceWith(declarationYaml(apps)),
      eventName: 'pull_request',
      event: await event('pull-request'),
      apiUrl: github.url,
      inputs: { 'check-run': 'true', today: TODAY },
    })
    expect(run.code).toBe(0)
    const warnings = run.stdout.split('\n').filter((line) => line.startsWith('::warning'))
    expect(warnings).toHaveLength(10)
    expect(warnings.at(-1)).toMatch(
      /^::warning::check run not created: the token may not write checks \(403\)/,
    )
    expect(run.stdout).toMatch(/::notice title=china-filing-gate::3 more findings \(3 warnings\)/)
  })

  it('sends 120 findings in batches of 50, 50 and 20, on the pull request head', async () => {
    const waivers = Array.from(
      { length: 117 },
      (_, i) => `  - { rule: no-such-rule-${i}, reason: test, expires: 2030-01-01 }`,
    ).join('\n')
    const declaration = `${await readFile('examples/china-filing.yml', 'utf8')}\nwaivers:\n${waivers}\n`
    const run = await runAction({
      workspace: await workspaceWith(declaration),
      eventName: 'pull_request',
      event: await event('pull-request'),
      apiUrl: github.url,
      inputs: { 'check-run': 'true', today: TODAY },
    })
    expect(run.code).toBe(1)
    expect(github.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'POST /repos/octo/shop/check-runs',
      'PATCH /repos/octo/shop/check-runs/1000',
      'PATCH /repos/octo/shop/check-runs/1000',
    ])
    const batches = github.requests.map(
      (r) => (r.body!.output as { annotations: unknown[] }).annotations.length,
    )
    // 117 waiver errors, shop-global's "not distributed in mainland China" notice, the notice that the
    // workspace has no git history to compare the pull request with, and the one that it holds no
    // app project to compare the filed ids with: 120 findings.
    const report = JSON.parse(await readFile(run.outputs['report-file']!, 'utf8'))
    expect(report.findings).toHaveLength(120)
    expect(batches).toEqual([50, 50, 20])
    expect(github.requests[0]!.body).toMatchObject({
      head_sha: 'feedfacefeedfacefeedfacefeedfacefeedface',
      conclusion: 'failure',
    })
    // Workflow annotations stay within GitHub's 10 per kind, and say where the rest are.
    // 9 findings and the step's own failure message.
    expect(run.annotations.filter((a) => a.level === 'error')).toHaveLength(10)
    expect(run.annotations.filter((a) => a.level === 'error').at(-1)!.message).toMatch(
      /^China filing gate blocked/,
    )
    expect(run.annotations.at(-2)!.message).toBe(
      '108 more findings (108 errors) are not shown as annotations (GitHub shows 10 per kind and step); the step log (group "Findings not shown as annotations") lists every finding.',
    )
    // The job summary may be cut at GitHub's 1 MiB; the step log always lists the rest, one line each.
    const group = run.stdout
      .split('::group::Findings not shown as annotations\n')[1]!
      .split('::endgroup::')[0]!
    const lines = group.trimEnd().split('\n')
    expect(lines).toHaveLength(108)
    expect(lines.filter((l) => !/^error waiver china-filing\.yml:\d+:\d+: waivers\[\d+\]/.test(l))).toEqual(
      [],
    )
  })
})

describe('pull requests and merge queues', () => {
  it('fails a PR whose Gradle applicationId is not the filed one, at that line, with a failing check run', async () => {
    const workspace = await workspaceWith()
    const gradle = `android {\n    defaultConfig {\n        applicationId = "com.example.demo2"\n    }\n}\n`
    await mkdir(path.join(workspace, 'android/app'), { recursive: true })
    await writeFile(
      path.join(workspace, 'android/app/build.gradle.kts'),
      `plugins { id("com.android.application") }\n${gradle}`,
    )
    const run = await runAction({
      workspace,
      eventName: 'pull_request',
      event: await event('pull-request'),
      apiUrl: github.url,
      inputs: { 'check-run': 'true', today: TODAY },
    })
    expect(run.code).toBe(1)
    const annotation = run.annotations.find((a) => a.properties.title === 'source-identity (shop)')
    expect(annotation).toMatchObject({
      level: 'error',
      properties: { file: 'android/app/build.gradle.kts', line: '4', col: '25' },
    })
    expect(annotation!.message).toMatch(
      /^android\/app\/build\.gradle\.kts: applicationId \(release\) is com\.example\.demo2, but filing 沪ICP备2023012345号-2A records com\.example\.demo/,
    )
    const [create] = github.requests
    expect(create!.body).toMatchObject({
      head_sha: 'feedfacefeedfacefeedfacefeedfacefeedface',
      conclusion: 'failure',
    })
    const annotations = (
      create!.body!.output as {
        annotations: { path: string; start_line: number; annotation_level: string }[]
      }
    ).annotations
    expect(annotations).toContainEqual(
      expect.objectContaining({
        path: 'android/app/build.gradle.kts',
        start_line: 4,
        annotation_level: 'failure',
      }),
    )
  })

  it.each(['pull-request', 'merge-group'])('%s: a pending filing warns and does not block', async (name) => {
    const declaration = (await readFile('examples/china-filing.yml', 'utf8')).replace(
      '      number: 沪ICP备2023012345号-2A\n      status: approved',
      '      status: pending',
    )
    const run = await runAction({
      workspace: await workspaceWith(declaration),
      eventName: name === 'pull-request' ? 'pull_request' : 'merge_group',
      event: await event(name),
      inputs: { today: TODAY },
    })
    expect(run.code).toBe(0)
    expect(run.outputs.verdict).toBe('pass')
    expect(run.annotations.find((a) => a.level === 'warning')).toMatchObject({
      properties: { title: 'filing-approved (shop)' },
    })
    expect(run.stdout).toContain('china-filing-gate: pull-request mode')
  })
})

describe('release notes', () => {
  it('adds a China filing section to the release body, and replaces it on a re-run', async () => {
    github.releases.set('shop-v2.3.0', {
      id: 777,
      tag_name: 'shop-v2.3.0',
      body: "## What's changed\n- Faster checkout\n",
    })
    const workspace = await workspaceWith()
    const options = {
      workspace,
      eventName: 'release',
      event: await event('release'),
      ref: 'refs/tags/shop-v2.3.0',
      apiUrl: github.url,
      inputs: { 'release-notes': 'true', today: TODAY },
    }
    expect((await runAction(options)).code).toBe(0)
    expect((await runAction(options)).code).toBe(0)
    const body = github.releases.get('shop-v2.3.0')!.body
    expect(body.startsWith("## What's changed\n- Faster checkout\n\n<!-- china-filing-gate:start -->")).toBe(
      true,
    )
    expect(body.match(/china-filing-gate:start/g)).toHaveLength(1)
    expect(body).toContain(
      '| 示例商城 (`shop`) | `沪ICP备2023012345号-2A` | huawei-appgallery, xiaomi, oppo, vivo, app-store-cn |',
    )
    expect(github.requests.filter((r) => r.method === 'PATCH').map((r) => r.url)).toEqual([
      '/repos/octo/shop/releases/777',
      '/repos/octo/shop/releases/777',
    ])
  })
})

describe('inputs', () => {
  it('rejects a certificate-expiry-days that is not a whole number of days', async () => {
    const run = await runAction({
      workspace: await workspaceWith(),
      inputs: { 'certificate-expiry-days': 'a month' },
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      '::error::china-filing-gate: input certificate-expiry-days must be a whole number of days from 0 to 3650, not "a month"',
    )
  })

  it('warns of an IPA certificate expiring within certificate-expiry-days (default 30)', async () => {
    // appstore.ipa's distribution certificate ends on 2036-11-26 (China time): 86 days after this date.
    const workspace = await workspaceWith()
    await copyFile('__tests__/fixtures/ios/appstore.ipa', path.join(workspace, 'appstore.ipa'))
    const expiry = async (inputs: Record<string, string>) => {
      const run = await runAction({
        workspace,
        inputs: { artifacts: 'appstore.ipa', today: '2036-09-01', ...inputs },
      })
      const report = JSON.parse(await readFile(run.outputs['report-file']!, 'utf8'))
      return report.findings.filter((f: { rule: string }) => f.rule === 'certificate-expiry')
    }
    expect(await expiry({})).toEqual([])
    expect(await expiry({ 'certificate-expiry-days': '90' })).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message: expect.stringContaining(
          'expires on 2036-11-26 (in 86 days, within certificate-expiry-days 90)',
        ),
      }),
    ])
  })

  it('rejects a version input that is not a semver version, as the CLI does', async () => {
    const run = await runAction({ workspace: await workspaceWith(), inputs: { version: 'banana' } })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('input version must be a semver version such as 2.3.0, not "banana"')
    expect(run.outputs.verdict).toBe('fail')
  })

  it('rejects a bad fail-on value with the input name', async () => {
    const workspace = await workspaceWith()
    const run = await runAction({
      workspace,
      inputs: { 'fail-on': 'fatal', 'report-file': 'out/report.json', 'sarif-file': 'out/gate.sarif' },
    })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      '::error::china-filing-gate: input fail-on must be one of error, warning, never, not "fatal"',
    )
    // A run that could not start still answers where workflows look (issue 7.7).
    expect(run.outputs.verdict).toBe('fail')
    expect(run.summary).toContain('## China filing: ❌ fail')
    expect(run.summary).toContain('input fail-on must be one of error, warning, never, not "fatal"')
    const report = JSON.parse(await readFile(path.join(workspace, 'out/report.json'), 'utf8'))
    expect(report).toMatchObject({ verdict: 'fail', blocking: [], findings: [{ rule: 'usage' }] })
    const sarif = JSON.parse(await readFile(path.join(workspace, 'out/gate.sarif'), 'utf8'))
    expect(sarif.runs[0].results[0].message.text).toContain('not "fatal"')
  })

  it('a bad input on a tag push reports the release it would have been: mode, tag and the today input', async () => {
    const workspace = await workspaceWith()
    const run = await runAction({
      workspace,
      eventName: 'push',
      event: await event('push-tag'),
      ref: 'refs/tags/shop-v2.3.0',
      inputs: { 'fail-on': 'bogus', today: TODAY, 'report-file': 'out/report.json' },
    })
    expect(run.code).toBe(1)
    const report = JSON.parse(await readFile(path.join(workspace, 'out/report.json'), 'utf8'))
    expect(report).toMatchObject({ verdict: 'fail', mode: 'release', tag: 'shop-v2.3.0', today: TODAY })
    expect(run.summary).toContain(`mode **release**`)
  })

  it('a failure after the check ran keeps the real report and summary, and adds the error to them', async () => {
    const workspace = await workspaceWith()
    await mkdir(path.join(workspace, 'gate.sarif'))
    const run = await runAction({
      workspace,
      inputs: { 'report-file': 'out/report.json', 'sarif-file': 'gate.sarif', today: TODAY },
    })
    expect(run.code).toBe(1)
    const why = 'sarif-file "gate.sarif" cannot be written (it is a folder)'
    expect(run.stdout).toContain(`::error::china-filing-gate: ${why}`)
    expect(run.outputs.verdict).toBe('fail')
    const report = JSON.parse(await readFile(path.join(workspace, 'out/report.json'), 'utf8'))
    // The example's apps were judged and stay in the report; the error is one more finding.
    expect(report.apps.map((a: { id: string }) => a.id)).toEqual(['shop', 'shop-wechat', 'shop-global'])
    expect(report.findings.at(-1)).toMatchObject({ rule: 'usage', severity: 'error' })
    expect(report.findings.at(-1).message).toContain(why)
    // One summary, whose findings end with the error.
    expect(run.summary.match(/## China filing: ❌ fail/g)).toHaveLength(1)
    expect(run.summary).toContain(`| ❌ error | usage | — |  | ${why}`)
  })

  it('names the input, not a flag, for an unknown app', async () => {
    const run = await runAction({ workspace: await workspaceWith(), inputs: { apps: 'shoop' } })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('input apps names unknown app "shoop"')
    expect(run.outputs.verdict).toBe('fail')
  })

  it('with fail-on never, succeeds but reports the failing apps as failing', async () => {
    const workspace = await workspaceWith(await readFile('examples/non-compliant/china-filing.yml', 'utf8'))
    const run = await runAction({ workspace, inputs: { 'fail-on': 'never', today: TODAY } })
    expect(run.code).toBe(0)
    expect(run.outputs.verdict).toBe('fail')
    expect(run.summary).toMatch(/^## China filing: ❌ fail \(not enforced\)/)
    expect(run.summary).toMatch(/\| legacy .*❌ fail \|/)
    expect(run.stdout).toContain('not enforced (fail-on: never)')
  })

  it('writes outputs that read back exactly, even when a value contains a whole delimiter line', async () => {
    // A path is the one output value that can hold a line break; this one spells out the fixed
    // delimiter the action writes outputs with, and a forged verdict after it.
    const sarif = 'out\nghadelimiter_china-filing-gate\nverdict<<EOF\nforged\nEOF\nreport.sarif'
    const workspace = await workspaceWith(await readFile('examples/non-compliant/china-filing.yml', 'utf8'))
    const run = await runAction({ workspace, inputs: { 'sarif-file': sarif, today: TODAY } })
    expect(run.code).toBe(1)
    expect(Object.keys(run.outputs).sort()).toEqual([
      'blocking',
      'filing-numbers',
      'report-file',
      'sarif-file',
      'verdict',
    ])
    expect(run.outputs.verdict).toBe('fail')
    expect(run.outputs['sarif-file']).toBe(path.join(workspace, sarif))
    expect(JSON.parse(run.outputs.blocking!)).toEqual(['shop', 'legacy', 'beta', 'pay', 'shop-wechat'])
  })

  // The action appends the job summary itself (src/report/github.ts), with core's checks and messages.
  it('warns, and still decides, when the job summary file cannot be written', async () => {
    const workspace = await workspaceWith(await readFile('examples/non-compliant/china-filing.yml', 'utf8'))
    const missing = path.join(workspace, 'no-such-folder', 'summary.md')
    const run = await runAction({
      workspace,
      inputs: { today: TODAY },
      env: { GITHUB_STEP_SUMMARY: missing },
    })
    expect(run.code).toBe(1)
    expect(run.outputs.verdict).toBe('fail')
    expect(run.annotations).toContainEqual({
      level: 'warning',
      properties: {},
      message: `could not write the job summary: Unable to access summary file: '${missing}'. Check if the file has correct read/write permissions.`,
    })
  })

  it('keeps the config inside the workspace', async () => {
    const run = await runAction({ workspace: await workspaceWith(), inputs: { config: '../../etc/passwd' } })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /::error::china-filing-gate: config "\.\.\/\.\.\/etc\/passwd" is outside the workspace/,
    )
  })
})
