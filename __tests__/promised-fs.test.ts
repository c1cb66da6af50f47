/**
 * src/promised-fs.ts stands in for node:fs/promises (issue 10). Its OpenFile must close as a FileHandle
 * does: after the calls still running, once, and with no call starting on a closed descriptor (whose
 * number the next open may reuse).
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { open, realpath } from '../src/promised-fs.js'
import { realpath as promisesRealpath } from 'node:fs/promises'
import { tempDir } from './helpers/temp-dir.js'

async function fileWith(content: string): Promise<string> {
  const file = path.join(await tempDir('cfg-promised-fs-'), 'data.bin')
  writeFileSync(file, content)
  return file
}

describe('OpenFile', () => {
  // A read from an empty FIFO blocks until data comes: close() must wait for it (Linux: mkfifo).
  it('closes only after a read still running has finished', async () => {
    if (process.platform !== 'linux') return
    const fifo = path.join(await tempDir('cfg-promised-fs-'), 'fifo')
    execFileSync('mkfifo', [fifo])
    const file = await open(fifo, 'r+')
    const buffer = Buffer.alloc(5)
    const reading = file.read(buffer, 0, 5, -1)
    let closed = false
    const closing = file.close().then(() => (closed = true))
    try {
      await new Promise((resolve) => setTimeout(resolve, 100))
      expect(closed).toBe(false)
    } finally {
      // Written whatever the assertion said: a read left blocked would hang the test worker.
      const writer = await open(fifo, 'w')
      await writer.write(Buffer.from('hello'))
      await writer.close()
    }
    expect((await reading).bytesRead).toBe(5)
    expect(buffer.toString()).toBe('hello')
    await closing
    expect(closed).toBe(true)
  })

  // The next open reuses the lowest free descriptor number: a call on the closed file must not reach it.
  it('refuses a call after close() with EBADF, never reading the file that took its number', async () => {
    const first = await open(await fileWith('first'), 'r')
    await first.close()
    const second = await open(await fileWith('second'), 'r')
    try {
      // The case this test is about: the second file has the closed one's number.
      expect(second.fd).toBe(first.fd)
      await expect(first.read(Buffer.alloc(6), 0, 6, 0)).rejects.toMatchObject({ code: 'EBADF' })
      await expect(first.close()).resolves.toBeUndefined()
      expect((await second.readFile()).toString()).toBe('second')
    } finally {
      await second.close()
    }
  })

  it('refuses a write after close() with EBADF, never writing to the file that took its number', async () => {
    const first = await open(path.join(await tempDir('cfg-promised-fs-'), 'first.txt'), 'w')
    await first.close()
    const target = await fileWith('second')
    const second = await open(target, 'r+')
    try {
      expect(second.fd).toBe(first.fd)
      await expect(first.write(Buffer.from('overwritten'))).rejects.toMatchObject({ code: 'EBADF' })
      expect((await second.readFile()).toString()).toBe('second')
    } finally {
      await second.close()
    }
  })

  it('reads and writes whole files from its position, as FileHandle does', async () => {
    const target = path.join(await tempDir('cfg-promised-fs-'), 'out.txt')
    const out = await open(target, 'w')
    try {
      await out.writeFile('示例 ')
      await out.write(Buffer.from('text'))
    } finally {
      await out.close()
    }
    const back = await open(target, 'r')
    try {
      expect((await back.readFile()).toString('utf8')).toBe('示例 text')
      expect((await back.stat()).size).toBe(Buffer.byteLength('示例 text'))
    } finally {
      await back.close()
    }
  })

  it('resolves real paths as node:fs/promises does', async () => {
    const file = await fileWith('x')
    expect(await realpath(file)).toBe(await promisesRealpath(file))
    await expect(realpath(`${file}.missing`)).rejects.toMatchObject({ code: 'ENOENT' })
  })
})
