/**
 * The action's bundle entry (dist/index.js): runs run() to the end.
 *
 * Not `await run()`: the bundles are CommonJS, which has no top-level await (scripts/bundle.mjs). Nor
 * could an ES module entry have one: the chunks the action loads on demand (publishing, SARIF) import
 * shared code from this file (scripts/merge-chunks.mjs), and a module still suspended in a top-level
 * await cannot be imported until it finishes, which here would wait for run() itself (Node exits 13).
 */
import { run } from './main.js'
import { runToTheEnd } from '../settle.js'

runToTheEnd('china-filing-gate', () => run())
