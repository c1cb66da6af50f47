/** src/settle.ts: the action and the CLI fail closed without a top-level await to do it. */
import { describe, it, expect } from '@jest/globals'
import { EventEmitter } from 'node:events'
import { errorLine, internalErrorMessage, runToTheEnd } from '../src/settle.js'
import { MAX_MESSAGE } from '../src/excerpt.js'

function fakeProcess() {
  const events = new EventEmitter()
  const proc = {
    exitCode: undefined as number | string | null | undefined,
    stderr: { text: '', write: (t: string) => (proc.stderr.text += t) },
    on: (event: 'exit', listener: () => void) => events.on(event, listener),
    exit: () => events.emit('exit'),
  }
  return proc
}

const tick = () => new Promise((resolve) => setImmediate(resolve))

describe('runToTheEnd', () => {
  it('leaves the exit code to run() when it finishes', async () => {
    const proc = fakeProcess()
    runToTheEnd('china-filing-gate', async () => {}, proc)
    await tick()
    proc.exit()
    expect(proc.exitCode).toBeUndefined()
    expect(proc.stderr.text).toBe('')
  })

  it('fails the step when run() rejects, with the first line of the error', async () => {
    const proc = fakeProcess()
    runToTheEnd(
      'china-filing-gate',
      () => Promise.reject(new Error('summary writer broke\n    at stack')),
      proc,
    )
    await tick()
    proc.exit()
    expect(proc.exitCode).toBe(1)
    expect(proc.stderr.text).toBe(
      `china-filing-gate: internal error: summary writer broke. The gate could not decide, so it blocks. Please report this at https://github.com/china-filing-gate/china-filing-gate/issues with the step's log.\n`,
    )
  })

  it('prints one line whatever line break the error has', async () => {
    for (const lineBreak of ['\r', '\r\n', '\u2028']) {
      const proc = fakeProcess()
      runToTheEnd(
        'china-filing-gate',
        () => Promise.reject(new Error(`broke${lineBreak}::error::forged`)),
        proc,
      )
      await tick()
      expect(proc.stderr.text).toBe(
        `china-filing-gate: internal error: broke. The gate could not decide, so it blocks. Please report this at https://github.com/china-filing-gate/china-filing-gate/issues with the step's log.\n`,
      )
    }
  })

  it('escapes control characters in the error it prints', async () => {
    const proc = fakeProcess()
    runToTheEnd(
      'china-filing-gate',
      () => Promise.reject(new Error('bad \u001b]8;;https://x\u0007link')),
      proc,
    )
    await tick()
    // eslint-disable-next-line no-control-regex -- the point is that none is left
    expect(proc.stderr.text).not.toMatch(/[\u001b\u0007]/)
    expect(proc.stderr.text).toContain('bad \\u001b]8;;https://x\\u0007link')
  })

  it('names the program it runs', async () => {
    const proc = fakeProcess()
    runToTheEnd('china-filing', () => Promise.reject(new Error('chunk missing')), proc)
    await tick()
    expect(proc.stderr.text).toBe(
      `china-filing: internal error: chunk missing. The gate could not decide, so it blocks. Please report this at https://github.com/china-filing-gate/china-filing-gate/issues with the command you ran.\n`,
    )
  })

  it('fails the step when Node runs out of work with run() still pending', async () => {
    const proc = fakeProcess()
    runToTheEnd('china-filing-gate', () => new Promise(() => {}), proc)
    await tick()
    proc.exit()
    expect(proc.exitCode).toBe(1)
    expect(proc.stderr.text).toContain('the run stopped before it finished')
  })
})

describe('internalErrorMessage', () => {
  it('says what broke, that the gate blocks, and where to report it, in one escaped line', () => {
    for (const program of ['china-filing', 'china-filing-gate'] as const) {
      const message = internalErrorMessage(program, new Error('bad \u001b[2J\n    at frame'))
      expect(message).toMatch(
        /^internal error: bad \\u001b\[2J\. The gate could not decide, so it blocks\. Please report this at https:\/\/github\.com\/china-filing-gate\/china-filing-gate\/issues with .+\.$/,
      )
      // eslint-disable-next-line no-control-regex -- the point is that none is left
      expect(message).not.toMatch(/[\n\u001b]/)
    }
  })

  it('keeps where to report it, and the whole message within a finding’s bound, for a long error', () => {
    for (const program of ['china-filing', 'china-filing-gate'] as const) {
      const message = internalErrorMessage(program, new Error('x'.repeat(5000)))
      expect(message.length).toBeLessThanOrEqual(MAX_MESSAGE)
      expect(message).toMatch(
        /^internal error: x+…\. The gate could not decide, so it blocks\. Please report this at \S+ with .+\.$/,
      )
    }
  })

  it('describes what it can of a value that cannot be printed, or an error without a message', () => {
    expect(internalErrorMessage('china-filing', Object.create(null))).toMatch(
      /^internal error: a thrown value that cannot be printed\. /,
    )
    expect(internalErrorMessage('china-filing', new TypeError(''))).toMatch(/^internal error: TypeError\. /)
  })

  it('reads a thrown value that is not an Error', () => {
    expect(internalErrorMessage('china-filing', 'just text')).toMatch(/^internal error: just text\. /)
    expect(internalErrorMessage('china-filing', undefined)).toMatch(/^internal error: undefined\. /)
  })
})

describe('errorLine (a warning quoting an error: a failed publish, an unwritable summary)', () => {
  it('keeps the first line, escapes control characters and cuts a long response', () => {
    const error = new Error(`HTTP 502 \u001b[31mBad Gateway\u0007\r\n<html>${'x'.repeat(5000)}</html>`)
    const line = errorLine(error)
    expect(line).toBe('HTTP 502 \\u001b[31mBad Gateway\\u0007')
    expect(errorLine(new Error('y'.repeat(5000)))).toHaveLength(300)
    expect(errorLine('a string', 5)).toBe('a st…')
  })
})
