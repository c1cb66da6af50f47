/**
 * The file calls the gate makes, as promises over Node's callback API rather than from
 * `node:fs/promises`. Loading `node:fs/promises` loads Node's whole stream stack, `readline` and the
 * file watchers with it (their `FileHandle` offers `readLines()` and `watch()`), about a sixth of what
 * `check` adds to bare Node's start-up; the callbacks reach the same libuv calls (issue 10).
 *
 * Same results and error codes as `node:fs/promises`: `realpath` is the native one, as theirs is
 * (the callback `fs.realpath` is a JavaScript walk that can answer differently, on Windows for one).
 */
import fs from 'node:fs'
import { promisify } from 'node:util'

export type { Stats } from 'node:fs'

export const access = promisify(fs.access)
export const appendFile = promisify(fs.appendFile)
export const lstat = promisify(fs.lstat)
export const mkdir = promisify(fs.mkdir)
export const mkdtemp = promisify(fs.mkdtemp)
export const readdir = promisify(fs.readdir)
export const readFile = promisify(fs.readFile)
export const realpath = promisify(fs.realpath.native)
export const rm = promisify(fs.rm)
export const stat = promisify(fs.stat)

const openDescriptor = promisify(fs.open)
const closeDescriptor = promisify(fs.close)
const fstat = promisify(fs.fstat)
const readDescriptor = promisify(fs.read)
const writeDescriptor = promisify(fs.write)
const writeWholeFile = promisify(fs.writeFile)

/**
 * An open file, with the part of `FileHandle`'s interface the gate uses. Unlike a `FileHandle`, it is
 * not closed when garbage-collected: every user closes it in a `finally`. As with a `FileHandle`,
 * `close()` waits for the calls still running and may be called more than once; only the first closes
 * the descriptor, and no call starts after it (the number may since have been given to another file).
 */
export class OpenFile {
  private closing: Promise<void> | undefined
  /** Calls still running: close() waits for them, as FileHandle's does. */
  private readonly pending = new Set<Promise<unknown>>()

  /** @param path what the descriptor was opened from, for an error that names the file. */
  constructor(
    readonly fd: number,
    readonly path: string,
  ) {}

  /** Runs a call on the descriptor, refused once close() has begun (the number may be reused). */
  private use<T>(call: () => Promise<T>): Promise<T> {
    if (this.closing) return Promise.reject(Object.assign(new Error('file closed'), { code: 'EBADF' }))
    const running = call()
    this.pending.add(running)
    const done = () => this.pending.delete(running)
    running.then(done, done)
    return running
  }

  /** Reads up to `length` bytes at `position` into `buffer` at `offset`. */
  read(
    buffer: Buffer,
    offset: number,
    length: number,
    position: number,
  ): Promise<{ bytesRead: number; buffer: Buffer }> {
    return this.use(() => readDescriptor(this.fd, buffer, offset, length, position))
  }

  /** Reads from the current position to the end. */
  readFile(): Promise<Buffer> {
    return this.use(() => readFile(this.fd))
  }

  /**
   * Writes all of `data` at the current position: a short write is continued, not dropped, and each
   * part goes through use(), so a write after close() is refused and close() waits for a running one.
   */
  async write(data: Uint8Array): Promise<void> {
    for (let done = 0; done < data.length;) {
      const { bytesWritten } = await this.use(() => writeDescriptor(this.fd, data, done, data.length - done))
      // A descriptor that takes nothing (a full device) would otherwise be asked forever. Thrown as
      // Node's own error for a full device, so that it is reported with the file and the fix.
      if (bytesWritten === 0)
        throw Object.assign(new Error(`ENOSPC: no bytes written, write '${this.path}'`), {
          code: 'ENOSPC',
          syscall: 'write',
          path: this.path,
        })
      done += bytesWritten
    }
  }

  /** Writes all of `data` at the current position. */
  writeFile(data: string | Uint8Array): Promise<void> {
    return this.use(() => writeWholeFile(this.fd, data))
  }

  stat(): Promise<fs.Stats> {
    return this.use(() => fstat(this.fd))
  }

  /** Closes the descriptor once the calls still running have finished; later calls share that close. */
  close(): Promise<void> {
    this.closing ??= Promise.allSettled([...this.pending]).then(() => closeDescriptor(this.fd))
    return this.closing
  }
}

export async function open(path: string, flags: string | number, mode?: number): Promise<OpenFile> {
  return new OpenFile(await openDescriptor(path, flags, mode), path)
}
