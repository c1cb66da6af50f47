/**
 * An identity value found in the source tree (Gradle applicationId, Xcode PRODUCT_BUNDLE_IDENTIFIER,
 * WeChat appid, ...), with the place it was read from so a mismatch can be annotated at that line.
 */
import type { SourceLocation } from '../findings.js'

export type SourcePlatform = 'android' | 'ios' | 'harmony' | 'wechat' | 'alipay'

export interface SourceIdentity {
  platform: SourcePlatform
  /** The setting the value comes from, e.g. `applicationId`, `PRODUCT_BUNDLE_IDENTIFIER`, `appid`. */
  key: string
  /** The effective identity (suffixes already applied). */
  value: string
  /** For Android flavours / build types, iOS configurations: which variant this value belongs to. */
  variant?: string
  /** Whether this value is what a release build ships (release build type / Release configuration). */
  release: boolean
  location: SourceLocation
}

/** A change to the release signing configuration (e.g. Gradle signingConfigs.release keystore). */
export interface SigningConfigHint {
  platform: 'android' | 'ios' | 'harmony'
  description: string
  location: SourceLocation
}

export interface SourceScan {
  identities: SourceIdentity[]
  signing: SigningConfigHint[]
  /** Files that were read, relative to the workspace. */
  files: string[]
}
