/** What the edge collected about the source tree, for the `source-identity` rule. */
import type { SourceLocation } from '../findings.js'
import type { SourceScan } from './types.js'

/** An identity value (or release signing setting) that a pull request changes between base and head. */
export interface IdentityChange {
  /** Workspace-relative file. */
  file: string
  platform: string
  /** `applicationId`, `PRODUCT_BUNDLE_IDENTIFIER`, `signingConfig`, or a declaration key path. */
  key: string
  variant?: string
  before?: string
  after?: string
  /** Where the new value is (head). */
  location?: SourceLocation
  /** What kind of value changed. */
  kind: 'identity' | 'signing' | 'declaration'
  /** The app the change concerns, when known (declaration changes). */
  app?: string
}

export interface SourceFacts {
  /** Scans of the files each app names in `sources:`, by app id. */
  declared: Record<string, SourceScan>
  /** The auto-detected scan of the tree, for apps without `sources:`. */
  detected?: SourceScan
  /** Pull-request mode: what changed between the base and the head. */
  changes: IdentityChange[]
  /** Why the base could not be compared, when it could not (shallow clone, no base SHA). */
  baseProblem?: string
}

/**
 * The scan of the files an app names in `sources:`, or undefined when it names none. Looked up as an
 * own key: `constructor` is a valid app id, and a plain object's `declared.constructor` is Object,
 * which made the app look declared (its scan a function) and skipped its auto-detected sources.
 */
export function declaredScanOf(facts: SourceFacts, appId: string): SourceScan | undefined {
  return Object.hasOwn(facts.declared, appId) ? facts.declared[appId] : undefined
}

/**
 * Facts scanned from a declaration's folder (`config: mobile/china-filing.yml` scans `mobile/`) with
 * every file and location made relative to the workspace (`mobile/android/app/build.gradle.kts`), so
 * annotations, SARIF and reports point at real files (issue 12.8). `prefix` is the folder, relative
 * to the workspace with forward slashes; '' or '.' leaves the facts as they are.
 */
export function rebaseSourceFacts(facts: SourceFacts, prefix: string): SourceFacts {
  if (prefix === '' || prefix === '.') return facts
  const file = (f: string) => `${prefix}/${f}`
  const at = <T extends { location: SourceLocation }>(item: T): T => ({
    ...item,
    location: { ...item.location, file: file(item.location.file) },
  })
  const part = <T extends { parts?: { location: SourceLocation }[]; base?: { location: SourceLocation } }>(
    item: T,
  ): T => ({
    ...item,
    ...(item.parts ? { parts: item.parts.map(at) } : {}),
    ...(item.base ? { base: at(item.base) } : {}),
  })
  const scan = (s: SourceScan): SourceScan => ({
    ...s,
    identities: s.identities.map((i) => part(at({ ...i, ...(i.module ? { module: file(i.module) } : {}) }))),
    signing: s.signing.map(at),
    files: s.files.map(file),
    ...(s.unresolved
      ? {
          unresolved: s.unresolved.map((u) =>
            part(at({ ...u, ...(u.module ? { module: file(u.module) } : {}) })),
          ),
        }
      : {}),
    ...(s.notes
      ? {
          notes: s.notes.map((n) =>
            n.kind === 'invalid-path'
              ? n
              : {
                  ...n,
                  file: n.file === '.' ? prefix : file(n.file),
                  // Messages start with the file they are about: name it from the workspace too.
                  message: n.message.startsWith(n.file)
                    ? file(n.file) + n.message.slice(n.file.length)
                    : n.message,
                },
          ),
        }
      : {}),
  })
  return {
    ...facts,
    declared: Object.fromEntries(Object.entries(facts.declared).map(([id, s]) => [id, scan(s)])),
    ...(facts.detected ? { detected: scan(facts.detected) } : {}),
    changes: facts.changes.map((c) => ({
      ...c,
      file: file(c.file),
      ...(c.location ? { location: { ...c.location, file: file(c.location.file) } } : {}),
    })),
  }
}
