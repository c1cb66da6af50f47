// Jest globalSetup: the suite gets a temp folder of its own (TMPDIR, read by os.tmpdir() in the
// workers and in the action/CLI processes they spawn), so temp-teardown.mjs can check that the tests
// removed every folder they made, without seeing other runs on the same machine (issue 7.11).
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export default function setup() {
  const root = mkdtempSync(path.join(os.tmpdir(), 'jest-run-'))
  process.env.CFG_TEST_TMP_PARENT = process.env.TMPDIR ?? ''
  process.env.CFG_TEST_TMP = root
  process.env.TMPDIR = root
}
