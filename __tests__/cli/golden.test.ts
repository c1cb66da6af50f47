/**
 * Byte-for-byte outputs of the committed bundles on the examples and fixtures: what `check` prints in
 * each format, what `inspect` prints for every fixture, and what the action writes. Start-up work
 * (lazy imports, bundling, the zod import, the date arithmetic) must not change a single byte.
 *
 * The goldens in __tests__/golden/ were generated from the bundles before that work. When a change of
 * output is intended, regenerate them (`npm run goldens`, i.e. UPDATE_GOLDENS=1 on this file, after
 * `npm run package`) and review the diff.
 */
import { describe, it, expect } from '@jest/globals'
import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { runAction } from '../helpers/run-action.js'

const GOLDEN = path.resolve('__tests__/golden')
const UPDATE = process.env.UPDATE_GOLDENS === '1'
// A fixed date: the filing deadlines and grace periods depend on it.
const TODAY = '2026-06-01'

/** Runs dist/cli.js with a plain environment (no colour, no CI variables) and records all it shows. */
function cli(args: string[], cwd = process.cwd()): Promise<string> {
  return new Promise((resolve) =>
    execFile(
      process.execPath,
      [path.resolve('dist/cli.js'), ...args],
      {
        cwd,
        timeout: 60_000,
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TMPDIR: process.env.TMPDIR ?? '' },
      },
      (error, stdout, stderr) =>
        resolve(
          `exit ${error ? String((error as { code?: number }).code) : 0}\n--- stdout\n${stdout}--- stderr\n${stderr}`,
        ),
    ),
  )
}

function compare(name: string, actual: string): void {
  const file = path.join(GOLDEN, `${name}.txt`)
  if (UPDATE) {
    mkdirSync(GOLDEN, { recursive: true })
    writeFileSync(file, actual)
    return
  }
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run goldens`)
  expect(actual).toBe(readFileSync(file, 'utf8'))
}

const DECLARATIONS = {
  example: 'examples/china-filing.yml',
  'non-compliant': 'examples/non-compliant/china-filing.yml',
  'schema-error': 'examples/non-compliant/schema-error.yml',
  'syntax-error': 'examples/non-compliant/syntax-error.yml',
} as const
const FORMATS = ['text', 'json', 'sarif', 'github'] as const

const ARTIFACT = /\.(apk|aab|ipa|hap|app|apks)$/
const fixtures = ['android', 'ios', 'harmony'].flatMap((dir) =>
  readdirSync(path.join('__tests__/fixtures', dir))
    .filter((f) => ARTIFACT.test(f))
    .map((f) => path.join('__tests__/fixtures', dir, f)),
)

describe('check prints the same bytes', () => {
  const cases = Object.entries(DECLARATIONS).flatMap(([name, config]) =>
    FORMATS.map((format) => [name, config, format] as const),
  )
  it.each(cases)('%s (%s) as %s', async (name, config, format) => {
    compare(
      `check-${name}.${format}`,
      await cli(['check', '--config', config, '--today', TODAY, '--format', format]),
    )
  })

  const releases = {
    'release-signed': ['__tests__/fixtures/android/rsa-v123.apk', '__tests__/fixtures/ios/appstore.ipa'],
    'release-other-key': ['__tests__/fixtures/android/ec-v123.apk'],
    'release-every-fixture': fixtures,
  }
  it.each(Object.entries(releases))(
    'the example as a release with artifacts: %s',
    async (name, artifacts) => {
      for (const format of ['text', 'json'] as const)
        compare(
          `check-${name}.${format}`,
          await cli([
            'check',
            '--config',
            DECLARATIONS.example,
            '--tag',
            'shop-v2.3.0',
            '--today',
            TODAY,
            '--format',
            format,
            ...artifacts.flatMap((a) => ['--artifact', a]),
          ]),
        )
    },
  )
})

describe('inspect prints the same bytes', () => {
  // One run over every fixture per format: each file's entry is in the output, at a fraction of the
  // start-ups one run per fixture would cost .ci/run.
  it.each(['json', 'text', 'yaml'])('every fixture as %s', async (format) => {
    compare(`inspect-all.${format}`, await cli(['inspect', ...fixtures, '--format', format]))
  })
})

describe('other commands print the same bytes', () => {
  it.each([
    ['help', ['--help']],
    ['schema', ['schema']],
    ['version', ['--version']],
  ] as const)('%s', async (name, args) => compare(`cli-${name}`, await cli([...args])))
})

describe('the action writes the same bytes', () => {
  it('on a workflow_dispatch with the example declaration', async () => {
    const run = await runAction({
      workspace: path.resolve('examples'),
      eventName: 'workflow_dispatch',
      inputs: { config: 'china-filing.yml', today: TODAY },
    })
    // runAction's temporary folder (RUNNER_TEMP) holds the report file; its name differs per run.
    const tempDir = path.dirname(run.outputs['report-file'] ?? '')
    expect(path.basename(tempDir)).toMatch(/^cfg-action-/)
    const report = readFileSync(run.outputs['report-file']!, 'utf8')
    const text = [
      `exit ${run.code}`,
      '--- stdout',
      run.stdout,
      '--- outputs',
      JSON.stringify(run.outputs, null, 2),
      '--- summary',
      run.summary,
      '--- report-file',
      report,
    ]
      .join('\n')
      .split(tempDir)
      .join('<RUNNER_TEMP>')
    compare('action-example', text)
  })
})
