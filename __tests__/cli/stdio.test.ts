/**
 * How dist/cli.js writes its output (src/stdio.ts): straight to the descriptor when it is a pipe or
 * a file, without Node's stream layer (issue 10). What a user sees must not change: every byte
 * arrives, through a pipe read slowly, a non-blocking pipe or a file, and a reader that goes away
 * early leaves the exit code the gate's, with no stack trace.
 */
import { describe, expect, it } from '@jest/globals'
import { spawn, spawnSync } from 'node:child_process'
import { closeSync, openSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { tempDir } from '../helpers/temp-dir.js'
import { appYaml, declarationYaml } from '../helpers/declarations.js'
import { runAction, type ActionRunOptions } from '../helpers/run-action.js'

const CLI = path.resolve('dist/cli.js')

/** 2,000 compliant apps: a passing check whose JSON report is about 400 KB, more than any pipe holds. */
async function largeDeclaration(): Promise<string> {
  const apps = Array.from({ length: 2000 }, (_, i) =>
    appYaml({ id: `app${i}`, number: `沪ICP备2023012345号-${i + 1}A` }).replace(
      'package: com.example.shop',
      `package: com.example.shop${i}`,
    ),
  )
  const file = path.join(await tempDir('cfg-stdio-'), 'china-filing.yml')
  writeFileSync(file, declarationYaml(apps))
  return file
}

interface Run {
  code: number | null
  stdout: Buffer
  stderr: string
}

/**
 * Runs the CLI with stdout as the given descriptor or a pipe. `readAfterMs` leaves the pipe unread for
 * a while, so the writer meets a full pipe; `closeReader` closes it before the CLI writes anything.
 */
function run(
  args: string[],
  options: { stdout?: number; readAfterMs?: number; closeReader?: boolean; nodeArgs?: string[] } = {},
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), CLI, ...args], {
      stdio: ['ignore', options.stdout ?? 'pipe', 'pipe'],
      env: {},
    })
    const out: Buffer[] = []
    let stderr = ''
    child.stderr!.setEncoding('utf8').on('data', (text: string) => (stderr += text))
    if (child.stdout) {
      if (options.closeReader) child.stdout.destroy()
      else {
        child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
        if (options.readAfterMs) {
          child.stdout.pause()
          setTimeout(() => child.stdout!.resume(), options.readAfterMs)
        }
      }
    }
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out), stderr }))
  })
}

/** The JSON report is whole: it parses, and it names every one of the 2,000 apps. */
function expectWholeReport(stdout: Buffer): void {
  const report = JSON.parse(stdout.toString('utf8')) as { verdict: string; apps: unknown[] }
  expect(report.verdict).toBe('pass')
  expect(report.apps).toHaveLength(2000)
}

describe('dist/cli.js output', () => {
  it('arrives whole through a pipe that is read only after it has filled', async () => {
    const config = await largeDeclaration()
    const result = await run(['check', '--config', config, '--format', 'json'], { readAfterMs: 500 })
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expectWholeReport(result.stdout)
  })

  // A parent may hand over a pipe it made non-blocking; a write then takes only what fits. The preload
  // makes the CLI's stdout non-blocking the way Node itself does (opening the descriptor as a socket)
  // and reports the descriptor's flags, so that the test fails if the pipe it runs on is not one.
  it('arrives whole through a non-blocking pipe (Linux)', async () => {
    if (process.platform !== 'linux') return
    const dir = await tempDir('cfg-stdio-')
    const preload = path.join(dir, 'nonblocking.cjs')
    writeFileSync(
      preload,
      `const socket = new (require('node:net').Socket)({ fd: 1, readable: false, writable: true })
socket.unref()
const flags = /flags:\\s*(\\d+)/.exec(require('node:fs').readFileSync('/proc/self/fdinfo/1', 'utf8'))[1]
process.stderr.write(\`nonblocking: \${(parseInt(flags, 8) & 0o4000) !== 0}\\n\`)
`,
    )
    const config = await largeDeclaration()
    const result = await run(['check', '--config', config, '--format', 'json'], {
      readAfterMs: 300,
      nodeArgs: ['--require', preload],
    })
    expect(result.stderr).toBe('nonblocking: true\n')
    expect(result.code).toBe(0)
    expectWholeReport(result.stdout)
  })

  it('arrives whole in a file', async () => {
    const config = await largeDeclaration()
    const file = path.join(path.dirname(config), 'report.json')
    const fd = openSync(file, 'w')
    try {
      const result = await run(['check', '--config', config, '--format', 'json'], { stdout: fd })
      expect(result.stderr).toBe('')
      expect(result.code).toBe(0)
    } finally {
      closeSync(fd)
    }
    expectWholeReport(readFileSync(file))
  })

  it('ends quietly when its reader has gone (check | head): the exit code is still the verdict', async () => {
    const config = await largeDeclaration()
    const result = await run(['check', '--config', config, '--format', 'json'], { closeReader: true })
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
  })

  // Node's spawn gives a child socket pairs; a shell pipeline gives it a pipe(2), as a terminal's `|` does.
  it('arrives whole through a shell pipe, and ends quietly when the shell pipe closes', async () => {
    const config = await largeDeclaration()
    const dir = path.dirname(config)
    // The paths go to the shell as its positional parameters, never into the script's text.
    const cli = '"$0" "$1" check --config "$2" --format json'
    const paths = [process.execPath, CLI, config, dir]
    const whole = spawnSync('sh', ['-c', `${cli} | cat > "$3/whole.json"`, ...paths], {
      encoding: 'utf8',
      env: {},
    })
    expect(whole.stderr).toBe('')
    expectWholeReport(readFileSync(path.join(dir, 'whole.json')))
    const cut = spawnSync('sh', ['-c', `(${cli}; echo $? > "$3/status") | head -c 10`, ...paths], {
      encoding: 'utf8',
      env: {},
    })
    expect(cut.stdout).toBe('{\n  "verdi')
    expect(cut.stderr).toBe('')
    expect(readFileSync(path.join(dir, 'status'), 'utf8').trim()).toBe('0')
  })

  it('keeps Chinese text intact', async () => {
    const result = await run(['check', '--config', 'examples/china-filing.yml'])
    expect(result.code).toBe(0)
    expect(result.stdout.toString('utf8')).toContain('shop  示例商城  沪ICP备2023012345号-2A  PASS')
  })
})

/**
 * The action's bundle routes @actions/core's `process.stdout.write` through src/stdio.ts
 * (src/action/stdout.ts). Where stdio.ts falls back to Node's own stream (a terminal, a character
 * device, Windows), the action must still get that stream, not itself.
 */
describe('dist/index.js (the action) output', () => {
  // The example, as a workflow_dispatch run with no token: nothing is published.
  const example = (options: Partial<ActionRunOptions> = {}) =>
    runAction({
      workspace: path.resolve('examples'),
      eventName: 'workflow_dispatch',
      inputs: { token: '' },
      ...options,
    })

  it('runs with its stdout on /dev/null (a character device, taken for a terminal)', async () => {
    const fd = openSync('/dev/null', 'w')
    try {
      const run = await example({ stdout: fd })
      expect(run.stderr).toBe('')
      expect(run.code).toBe(0)
      expect(run.outputs.verdict).toBe('pass')
    } finally {
      closeSync(fd)
    }
  })

  it("runs on Windows, where Node's own stream writes", async () => {
    const preload = path.join(await tempDir('cfg-stdio-win-'), 'windows.cjs')
    writeFileSync(preload, "Object.defineProperty(process, 'platform', { value: 'win32' })\n")
    const run = await example({ nodeArgs: ['--require', preload] })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('China filing gate passed (3 apps judged).')
  })

  it('writes its log to a file as to a pipe', async () => {
    const piped = await example()
    // Not two empty logs compared: the piped run printed its verdict.
    expect(piped.stdout).toContain('China filing gate passed')
    const file = path.join(await tempDir('cfg-stdio-file-'), 'log.txt')
    const fd = openSync(file, 'w')
    try {
      expect((await example({ stdout: fd })).code).toBe(0)
    } finally {
      closeSync(fd)
    }
    expect(readFileSync(file, 'utf8')).toBe(piped.stdout)
  })
})
