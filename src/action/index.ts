/**
 * The action's bundle entry (dist/index.js): runs run() to the end.
 *
 * Not `await run()`: the bundles are CommonJS, which has no top-level await (scripts/bundle.mjs).
 * runToTheEnd keeps what the await gave: a run that rejects or never settles fails the step.
 */
import { run } from './main.js'
import { runToTheEnd } from '../settle.js'

runToTheEnd('china-filing-gate', () => run())
