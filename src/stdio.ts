/**
 * Standard output and error, for the CLI and the action's workflow commands (src/action/stdout.ts).
 * Where the descriptor is a file, a pipe or a socket, text is written with `fs.writeSync`, which is
 * what Node's own stream ends up doing there (stdout writes to files and pipes are synchronous on
 * POSIX), without building that stream: the first touch of `process.stdout` loads Node's stream and
 * socket layers, about a seventh of what `check` added to bare Node's start-up (issue 10).
 *
 * A terminal keeps Node's stream: only it knows whether the descriptor is a TTY (for colour) and how
 * to write wide text to a Windows console. A character device is taken for a possible terminal
 * (`/dev/null` is one too, and loses nothing by it), and so is everything on Windows.
 */
import { fstatSync, writeSync } from 'node:fs'

export interface TextSink {
  /**
   * Writes text (as UTF-8) or bytes, whole; `done` is called once they are handed over, as a stream's
   * write callback is. Node's own stream is a TextSink as it is.
   */
  write(chunk: string | Uint8Array, done?: (error?: Error | null) => void): unknown
  isTTY?: boolean
}

/**
 * Writes whole texts to a descriptor that is not a terminal. Pipes may be non-blocking when the
 * process that created them set them so; a write then takes what fits, and the rest is retried after
 * a millisecond. A reader that has gone away (`EPIPE`, as in `china-filing check | head -1`) ends the
 * output quietly: the verdict is in the exit code, and a stack trace about a closed pipe helps nobody.
 */
class DescriptorSink implements TextSink {
  readonly isTTY = false
  private readerGone = false

  constructor(private readonly fd: number) {}

  write(chunk: string | Uint8Array, done?: (error?: Error | null) => void): boolean {
    const handedOver = this.writeWhole(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk)
    // The bytes are written (or the reader is gone) by now: a stream would call back at this point.
    if (done) process.nextTick(done, null)
    return handedOver
  }

  private writeWhole(bytes: Uint8Array): boolean {
    if (this.readerGone) return false
    let written = 0
    while (written < bytes.length) {
      try {
        written += writeSync(this.fd, bytes, written, bytes.length - written)
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code
        if (code === 'EAGAIN') {
          pauseOneMillisecond()
        } else if (code === 'EPIPE') {
          this.readerGone = true
          return false
        } else {
          throw error
        }
      }
    }
    return true
  }
}

let pause: Int32Array | undefined

function pauseOneMillisecond(): void {
  Atomics.wait((pause ??= new Int32Array(new SharedArrayBuffer(4))), 0, 0, 1)
}

/** Whether a descriptor may be a terminal, so that only Node's own stream can write to it right. */
function mayBeTerminal(fd: number): boolean {
  if (process.platform === 'win32') return true
  try {
    return fstatSync(fd).isCharacterDevice()
  } catch {
    // A closed or unusable descriptor: Node's stream already knows how to stand in for it.
    return true
  }
}

/** Standard output (1) or error (2) as the CLI writes to it. */
export function standardSink(fd: 1 | 2): TextSink {
  // Written `globalThis.process`: the action's bundle puts src/action/stdout.ts, which writes through
  // this function, in place of every plain `process.stdout`, and it must get Node's own stream here.
  if (mayBeTerminal(fd)) return fd === 1 ? globalThis.process.stdout : globalThis.process.stderr
  return new DescriptorSink(fd)
}
