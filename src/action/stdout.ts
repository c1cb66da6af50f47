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

let sink: TextSink | undefined

function write(text: string): unknown {
  return (sink ??= standardSink(1)).write(text)
}

const actionStdout = new Proxy({} as NodeJS.WriteStream, {
  get(_target, key) {
    if (key === 'write') return write
    const stream = globalThis.process.stdout
    const value: unknown = Reflect.get(stream, key)
    // Bound, so that a method runs on the stream and not on this stand-in.
    return typeof value === 'function' ? value.bind(stream) : value
  },
})

export { actionStdout as 'process.stdout' }
