/** What the edge collected about the source tree, for the `source-identity` rule. */
import type { SourceLocation } from '../findings.js'
import type { SourceScan } from './types.js'

/** An identity value that a pull request changes between its base and head. */
export interface IdentityChange {
  file: string
  platform: string
  key: string
  before?: string
  after?: string
  location?: SourceLocation
}

export interface SourceFacts {
  scan: SourceScan
  /** Pull-request mode: identity values that differ between base and head. */
  changes: IdentityChange[]
}
