/**
 * Runs the bundled action (`node dist/index.js`) as GitHub would: INPUT_* variables, GITHUB_OUTPUT,
 * GITHUB_STEP_SUMMARY, an event payload file, a ref. Returns what a workflow would see.
 */
import { spawn } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { tempDir } from './temp-dir.js'

export interface ActionRun {
  code: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  /** Workflow commands printed: ::error file=...::message etc. */
  annotations: { level: string; properties: Record<string, string>; message: string }[]
}

export interface ActionRunOptions {
  workspace: string
  inputs?: Record<string, string>
  eventName?: string
  event?: Record<string, unknown>
  ref?: string
  sha?: string
  apiUrl?: string
  env?: Record<string, string>
  /** A descriptor for the action's stdout (a file, /dev/null) instead of a pipe; `stdout` is then empty. */
  stdout?: number
  /** Node options before the entry, such as `--require` of a preload. */
  nodeArgs?: string[]
}

function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!)
    if (!m) continue
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!)
    outputs[m[1]!] = value.join('\n')
  }
  return outputs
}

const unescape = (s: string) =>
  s.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%')

export async function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const dir = await tempDir('cfg-action-')
  const outputFile = path.join(dir, 'output.txt')
  const summaryFile = path.join(dir, 'summary.md')
  const eventFile = path.join(dir, 'event.json')
  await writeFile(outputFile, '')
  await writeFile(summaryFile, '')
  await writeFile(eventFile, JSON.stringify(options.event ?? {}))
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    // The suite's own temp folder (__tests__/setup/temp-setup.mjs), so the leftover check sees the action's.
    TMPDIR: process.env.TMPDIR ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: options.eventName ?? 'push',
    GITHUB_REF: options.ref ?? 'refs/heads/main',
    GITHUB_SHA: options.sha ?? '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REPOSITORY: 'octo/shop',
    GITHUB_SERVER_URL: 'https://github.com',
    RUNNER_TEMP: dir,
    ...(options.apiUrl ? { GITHUB_API_URL: options.apiUrl } : {}),
    INPUT_TOKEN: 'ghs_secret_test_token',
    ...Object.fromEntries(
      Object.entries(options.inputs ?? {}).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]),
    ),
    ...options.env,
  }
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), path.resolve('dist/index.js')], {
    cwd: options.workspace,
    env,
    stdio: ['ignore', options.stdout ?? 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout?.on('data', (c) => (stdout += c))
  child.stderr?.on('data', (c) => (stderr += c))
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)))
  const annotations = stdout
    .split('\n')
    .map((line) => /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({
      level: m[1]!,
      properties: Object.fromEntries(
        (m[2] ?? '')
          .split(',')
          .filter(Boolean)
          .map((p) => {
            const [k, ...v] = p.split('=')
            return [k!, unescape(v.join('='))]
          }),
      ),
      message: unescape(m[3]!),
    }))
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(await readFile(outputFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8'),
    annotations,
  }
}
