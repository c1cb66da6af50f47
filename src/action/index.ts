/**
 * The action's bundle entry (dist/index.js): only calls run().
 *
 * Not `await run()`: the chunks the action loads on demand (publishing, SARIF) import shared code from
 * this file (scripts/merge-chunks.mjs), and a module still suspended in a top-level await cannot be
 * imported until it finishes, which here would wait for run() itself. run() reports its own errors.
 */
import { run } from './main.js'

run().catch((error: unknown) => {
  // run() reports its own failures; this only keeps a fault in that reporting from passing the step.
  process.exitCode = 1
  process.stderr.write(
    `china-filing-gate: internal error: ${String((error as Error)?.message ?? error).split('\n')[0]}\n`,
  )
})
