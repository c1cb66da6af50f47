// Jest globalTeardown: fails the run when a test left anything in the suite's temp folder, whatever it
// named it (issue 7.11). Tool caches are not the tests': Jest's jest_* and the node-compile-cache that
// npm, tsc and eslint keep when the packaging tests run them. Then it
// removes the suite's temp folder either way, so a failing run does not pile up folders either.
import { readdirSync, rmSync } from 'node:fs'

export default function teardown() {
  const root = process.env.CFG_TEST_TMP
  if (!root) return
  const left = readdirSync(root).filter((name) => !name.startsWith('jest_') && name !== 'node-compile-cache')
  rmSync(root, { recursive: true, force: true })
  if (process.env.CFG_TEST_TMP_PARENT) process.env.TMPDIR = process.env.CFG_TEST_TMP_PARENT
  else delete process.env.TMPDIR
  if (left.length > 0)
    throw new Error(
      `the tests left ${left.length} temp folder(s) behind: ${left.slice(0, 10).join(', ')}. Remove them in afterAll or finally.`,
    )
}
