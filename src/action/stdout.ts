/**
 * `process.stdout` as the action's bundle sees it: scripts/esbuild-plugins.mjs injects this module in
 * place of every `process.stdout` of the action's code and dependencies. @actions/core prints workflow
 * commands (annotations, `::add-mask::`, log lines) with `process.stdout.write`, and on a runner stdout
 * is a pipe: the first touch of `process.stdout` built Node's socket and stream layers, a tenth of the
 * action's start-up (issue 10). Writes go through src/stdio.ts instead, byte for byte as core formats
 * them, in order with everything else the process writes (stdout to a pipe is synchronous on POSIX
 * either way). Only `write` is redirected: any other property (none is read today) comes from Node's
 * own stream, reached as `globalThis.process.stdout`, which the injection leaves alone.
 */
import { standardSink, type TextSink } from '../stdio.js'

type WriteCallback = (error?: Error | null) => void

/**
 * A stand-in for `process.stdout` whose `write` goes to the sink `sinkFor` gives on the first write.
 * `write` takes what a stream's does (text, bytes, text in another encoding, a callback) and hands the
 * bytes and the callback on as they are, so that a dependency that writes a Buffer in pieces, or waits
 * for its callback, sees what Node's stream would do.
 */
export function stdoutThrough(sinkFor: () => TextSink): NodeJS.WriteStream {
  let sink: TextSink | undefined
  const write = (
    chunk: string | Uint8Array,
    encoding?: BufferEncoding | WriteCallback,
    callback?: WriteCallback,
  ) => {
    const done = typeof encoding === 'function' ? encoding : callback
    const data =
      typeof chunk === 'string' && typeof encoding === 'string' && !/^utf-?8$/i.test(encoding)
        ? Buffer.from(chunk, encoding)
        : chunk
    sink ??= sinkFor()
    sink.write(data, done)
    // Never "wait for drain": the write is done (or the reader is gone), and no 'drain' would come.
    return true
  }
  return new Proxy({} as NodeJS.WriteStream, {
    get(_target, key) {
      if (key === 'write') return write
      const stream = globalThis.process.stdout
      const value: unknown = Reflect.get(stream, key)
      // Bound, so that a method runs on the stream and not on this stand-in.
      return typeof value === 'function' ? value.bind(stream) : value
    },
  })
}

const actionStdout = stdoutThrough(() => standardSink(1))

export { actionStdout as 'process.stdout' }
