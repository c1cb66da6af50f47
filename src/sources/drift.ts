/**
 * What a pull request changes in the filed identity: the identity files and the declaration at the
 * base commit against the working tree (the head). Feeds the `source-identity` rule's PR messages.
 */
import type { LoadedDeclaration } from '../declaration/load.js'
import { parseDeclaration } from '../declaration/load.js'
import type { AppDeclaration } from '../declaration/schema.js'
import { detectIdentities } from './detect.js'
import type { IdentityChange } from './facts.js'
import type { DetectedSources } from './types.js'
import { ensureCommit, locateCheckout, readFileAtCommit } from './git-base.js'

export interface HeadFile {
  /** Workspace-relative path. */
  file: string
  text: string
}

const identityKey = (i: { platform: string; key: string; variant?: string; target?: string }) =>
  [i.platform, i.key, i.variant ?? '', i.target ?? ''].join('\u0000')

/** Identity and signing values that differ between two versions of one file. */
export function diffDetections(file: string, base: DetectedSources, head: DetectedSources): IdentityChange[] {
  const changes: IdentityChange[] = []
  const baseIds = new Map(base.identities.filter((i) => i.release).map((i) => [identityKey(i), i]))
  for (const now of head.identities.filter((i) => i.release)) {
    const before = baseIds.get(identityKey(now))
    if (before && before.value !== now.value) {
      changes.push({
        file,
        platform: now.platform,
        key: now.key,
        ...(now.variant ? { variant: now.variant } : {}),
        before: before.value,
        after: now.value,
        location: now.location,
        kind: 'identity',
      })
    }
  }
  const baseSigning = new Map(
    base.signing.map((s) => [
      identityKey({
        platform: s.platform,
        key: s.key ?? s.description,
        ...(s.variant ? { variant: s.variant } : {}),
      }),
      s,
    ]),
  )
  for (const now of head.signing) {
    const before = baseSigning.get(
      identityKey({
        platform: now.platform,
        key: now.key ?? now.description,
        ...(now.variant ? { variant: now.variant } : {}),
      }),
    )
    if (before && before.value !== now.value) {
      changes.push({
        file,
        platform: now.platform,
        key: now.key ?? 'signing',
        ...(now.variant ? { variant: now.variant } : {}),
        ...(before.value !== undefined ? { before: before.value } : {}),
        ...(now.value !== undefined ? { after: now.value } : {}),
        location: now.location,
        kind: 'signing',
      })
    }
  }
  return changes
}

/** The filed values of each app that a change of the declaration can move. */
function filedValues(app: AppDeclaration): Map<string, string> {
  const values = new Map<string, string>()
  if (app.filing.number) values.set('filing.number', app.filing.number)
  for (const [platform, entry] of Object.entries(app.platforms)) {
    if (!entry) continue
    for (const [key, value] of Object.entries(entry as Record<string, unknown>)) {
      if (typeof value === 'string') values.set(`platforms.${platform}.${key}`, value)
      else if (value && typeof value === 'object') {
        for (const [field, fingerprint] of Object.entries(value as Record<string, string>))
          values.set(`platforms.${platform}.${key}.${field}`, fingerprint)
      }
    }
  }
  return values
}

export function diffDeclarations(base: LoadedDeclaration, head: LoadedDeclaration): IdentityChange[] {
  const changes: IdentityChange[] = []
  head.data.apps.forEach((app, index) => {
    const before = base.data.apps.find((a) => a.id === app.id)
    if (!before) return
    const old = filedValues(before)
    for (const [key, value] of filedValues(app)) {
      const previous = old.get(key)
      if (
        previous !== undefined &&
        previous.replace(/[\s:]/g, '').toUpperCase() !== value.replace(/[\s:]/g, '').toUpperCase()
      ) {
        changes.push({
          file: head.file,
          platform: key.split('.')[1] ?? 'filing',
          key: `${app.id} ${key}`,
          before: previous,
          after: value,
          location: head.locate(['apps', index, ...key.split('.')]),
          kind: 'declaration',
          app: app.id,
        })
      }
    }
  })
  return changes
}

/** Where the compared files are: the workspace, and the folder the head file paths are relative to. */
export interface ComparedTree {
  /** Absolute workspace root: git runs there, or in the checkout below it that holds `folder`. */
  workspace: string
  /** Absolute folder of the declaration; head file paths are relative to it. */
  folder: string
}

/** Compares the head files and declaration with the base commit; returns a problem when it cannot. */
export async function pullRequestChanges(
  tree: ComparedTree,
  baseSha: string,
  headFiles: readonly HeadFile[],
  declaration: { file: string; text: string; loaded: LoadedDeclaration },
): Promise<{ changes: IdentityChange[]; problem?: string }> {
  // Git never runs in the declaration's folder itself, only at a checkout root (see git-base.ts).
  const { root, prefix } = await locateCheckout(tree.workspace, tree.folder)
  const inRepository = (file: string) => (prefix ? `${prefix}/${file}` : file)
  const problem = await ensureCommit(root, baseSha)
  if (problem) return { changes: [], problem }
  const changes: IdentityChange[] = []
  for (const { file, text } of headFiles) {
    const baseText = await readFileAtCommit(root, baseSha, inRepository(file))
    if (baseText === undefined) continue
    changes.push(...diffDetections(file, detectIdentities(file, baseText), detectIdentities(file, text)))
  }
  const baseDeclarationText = await readFileAtCommit(root, baseSha, inRepository(declaration.file))
  const baseDeclaration =
    baseDeclarationText === undefined
      ? undefined
      : (await parseDeclaration(baseDeclarationText, declaration.file)).declaration
  if (baseDeclaration) changes.push(...diffDeclarations(baseDeclaration, declaration.loaded))
  return { changes }
}
