/** What the edge (CLI / action) collected about built artifacts, for the `artifact-identity` rule. */
import type { ArtifactIdentity } from './types.js'

export interface ArtifactResult {
  /** Path relative to the workspace. */
  file: string
  identity?: ArtifactIdentity
  /** Why the artifact could not be read; the gate fails closed on it. */
  error?: string
}

export interface ArtifactFacts {
  /** The globs that were asked for (the `artifacts` input / `--artifact`). */
  patterns: string[]
  /** Globs that matched no file: in release mode the gate cannot vouch for what it did not see. */
  unmatched: string[]
  results: ArtifactResult[]
}
