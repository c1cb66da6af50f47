/**
 * src/action/stdout.ts stands in for `process.stdout` in the action's bundle. A dependency may write
 * to it as to any stream: text, bytes or text in another encoding, with a callback it waits for.
 */
import { describe, it, expect } from '@jest/globals'
import { stdoutThrough } from '../../src/action/stdout.js'

/** A sink that keeps the bytes it is given, and calls back on the next tick as DescriptorSink does. */
function capture() {
  const chunks: Buffer[] = []
  const sink = {
    write(chunk: string | Uint8Array, done?: (error?: Error | null) => void) {
      chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk))
      if (done) process.nextTick(done, null)
      return true
    },
    get bytes() {
      return Buffer.concat(chunks)
    },
    get text() {
      return this.bytes.toString('utf8')
    },
  }
  return { sink, stdout: stdoutThrough(() => sink) }
}

describe('the action’s process.stdout', () => {
  it('writes text as it is given', () => {
    const { sink, stdout } = capture()
    expect(stdout.write('::notice::示例\n')).toBe(true)
    expect(sink.text).toBe('::notice::示例\n')
  })

  it('writes bytes and encoded text as the UTF-8 text they are', () => {
    const { sink, stdout } = capture()
    const bytes = Buffer.from('xx上海\n', 'utf8')
    stdout.write(bytes.subarray(2))
    stdout.write('6f6b0a', 'hex')
    stdout.write(new Uint8Array([0x68, 0x69, 0x0a]))
    expect(sink.text).toBe('上海\nok\nhi\n')
  })

  it('hands bytes on as they are: a character split across writes, text in Latin-1', () => {
    const { sink, stdout } = capture()
    const shanghai = Buffer.from('上海', 'utf8')
    stdout.write(shanghai.subarray(0, 2))
    stdout.write(shanghai.subarray(2))
    stdout.write('é', 'latin1')
    expect(sink.bytes).toEqual(Buffer.concat([shanghai, Buffer.from([0xe9])]))
  })

  it('calls back on a later tick, with or without an encoding, as a stream does', async () => {
    const { sink, stdout } = capture()
    const calls: string[] = []
    stdout.write('a', () => calls.push('first'))
    stdout.write('b', 'utf8', (error) => calls.push(`second ${String(error)}`))
    expect(calls).toEqual([])
    await new Promise((resolve) => process.nextTick(resolve))
    expect(calls).toEqual(['first', 'second null'])
    expect(sink.text).toBe('ab')
  })

  it('opens its sink on the first write only', () => {
    let opened = 0
    const stdout = stdoutThrough(() => {
      opened++
      return { write: () => true }
    })
    expect(opened).toBe(0)
    stdout.write('x')
    stdout.write('y')
    expect(opened).toBe(1)
  })

  it("leaves every other property to Node's own stream", () => {
    const { stdout } = capture()
    expect(stdout.writableHighWaterMark).toBe(process.stdout.writableHighWaterMark)
    expect(typeof stdout.on).toBe('function')
  })
})
