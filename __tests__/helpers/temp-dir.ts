/**
 * Temp folders that remove themselves: each is deleted in an afterAll of the test file that made it,
 * so a run leaves no cfg-* folders behind (issue 7.11; the suite's globalTeardown checks it).
 */
import { afterAll } from '@jest/globals'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

const made: string[] = []

afterAll(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
})

/** A new folder in the system temp folder, named `${prefix}XXXXXX`, removed after the test file. */
export async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix))
  made.push(dir)
  return dir
}
