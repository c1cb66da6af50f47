/**
 * A workspace holding a declaration and built artifacts from __tests__/fixtures, judged by runCheck
 * as the action judges it (paths confined, no source scan). The folder removes itself after the file.
 */
import { copyFile, mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { runCheck } from '../../src/check.js'
import type { GateResult } from '../../src/gate.js'
import { tempDir } from './temp-dir.js'

export interface ArtifactCheck {
  declaration: string
  /** Fixture paths relative to __tests__/fixtures, copied into `folder` under their own names. */
  fixtures: readonly string[]
  /** Where the artifacts go in the workspace (default `build`). */
  folder?: string
  mode?: 'release' | 'audit'
  today: string
  /** The release tag (release mode only). */
  tag?: string
  /** The artifacts input (default `<folder>/*`). */
  patterns?: string[]
  certificateExpiryDays?: number
  /** Scan the (empty) source tree too (default false). */
  sources?: boolean
}

export async function checkArtifacts(options: ArtifactCheck): Promise<GateResult> {
  const folder = options.folder ?? 'build'
  const mode = options.mode ?? 'release'
  const dir = await tempDir('cfg-art-')
  await writeFile(path.join(dir, 'china-filing.yml'), options.declaration)
  await mkdir(path.join(dir, folder), { recursive: true })
  for (const fixture of options.fixtures)
    await copyFile(path.join('__tests__/fixtures', fixture), path.join(dir, folder, path.basename(fixture)))
  return runCheck({
    workspace: dir,
    config: 'china-filing.yml',
    mode,
    failOn: 'error',
    today: options.today,
    ...(mode === 'release' && options.tag !== undefined ? { tag: options.tag } : {}),
    artifacts: options.patterns ?? [`${folder}/*`],
    confine: true,
    sources: options.sources ?? false,
    ...(options.certificateExpiryDays !== undefined
      ? { certificateExpiryDays: options.certificateExpiryDays }
      : {}),
  })
}
