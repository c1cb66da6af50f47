/** src/cli/program.ts: a fault of ours inside a command blocks, in one line that can be reported. */
import { describe, it, expect } from '@jest/globals'
import { EXIT, runCli, type Io } from '../../src/cli/program.js'

function captureIo() {
  const io = {
    out: '',
    err: '',
    stdout: { write: (text: string) => (io.out += text) },
    stderr: { write: (text: string) => (io.err += text) },
    env: {},
    cwd: process.cwd(),
  }
  return io satisfies Io
}

describe('runCli, when a command fails for a reason that is not the user’s', () => {
  it('blocks with exit 1 and says where to report it', async () => {
    const io = captureIo()
    const code = await runCli(['check'], io, {
      check: () => {
        throw new TypeError("Cannot read properties of undefined (reading 'apps')")
      },
    })
    expect(code).toBe(EXIT.blocked)
    expect(io.out).toBe('')
    expect(io.err).toBe(
      "china-filing: internal error: Cannot read properties of undefined (reading 'apps'). The gate could not decide, so it blocks. Please report this at https://github.com/china-filing-gate/china-filing-gate/issues with the command you ran.\n",
    )
  })

  it('prints one line with no raw control character, whatever the error quotes', async () => {
    const io = captureIo()
    const code = await runCli(['inspect'], io, {
      inspect: async () => {
        throw new Error(
          'entry \u001b]8;;https://x\u0007name\u001b]8;;\u0007 broke\n    at readEntry (zip.ts:1:1)',
        )
      },
    })
    expect(code).toBe(EXIT.blocked)
    expect(io.err.split('\n')).toHaveLength(2)
    // eslint-disable-next-line no-control-regex -- the point is that none is left
    expect(io.err).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/)
    expect(io.err).toContain('entry \\u001b]8;;https://x\\u0007name')
    expect(io.err).not.toContain('readEntry')
  })

  it('blocks when routed a command its program does not run', async () => {
    const io = captureIo()
    expect(await runCli(['init'], io, {})).toBe(EXIT.blocked)
    expect(io.err).toMatch(
      /^china-filing: internal error: this program cannot run init .*Please report this at /,
    )
  })
})
