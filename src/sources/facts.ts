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
