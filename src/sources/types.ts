/**
 * An identity value found in the source tree (Gradle applicationId, Xcode PRODUCT_BUNDLE_IDENTIFIER,
 * WeChat appid, ...), with the place it was read from so a mismatch can be annotated at that line.
 */
import type { SourceLocation } from '../findings.js'

export type SourcePlatform = 'android' | 'ios' | 'harmony' | 'wechat' | 'alipay'

/**
 * WeChat DevTools' `appid` for a project without an AppID (its "tourist mode"; Taro's templates ship
 * it): like an empty value, it says the source sets none.
 */
export const WECHAT_TOURIST_APPID = 'touristappid'

/** A value that says the source sets no id: empty, or WeChat DevTools' placeholder. */
export function isUnsetIdentity(identity: { platform: SourcePlatform; value: string }): boolean {
  return (
    identity.value.trim() === '' ||
    (identity.platform === 'wechat' && identity.value === WECHAT_TOURIST_APPID)
  )
}

/** One written value that went into an effective identity (a base id, a flavour or build-type suffix). */
export interface IdentityPart {
  key: string
  value: string
  location: SourceLocation
}

export interface SourceIdentity {
  platform: SourcePlatform
  /** The setting the value comes from, e.g. `applicationId`, `PRODUCT_BUNDLE_IDENTIFIER`, `appid`. */
  key: string
  /** The effective identity (suffixes already applied). */
  value: string
  /** For Android flavours / build types, iOS configurations: which variant this value belongs to. */
  variant?: string
  /**
   * Whether this value is what a release build ships as the app's own identity (release build type,
   * Release configuration of the application target). Embedded targets (widgets, watch apps, app
   * clips) ship too, but under their own bundle id, which is not the filed one: they are `false`.
   */
  release: boolean
  /** The location of the value token (the base id when suffixes were applied). */
  location: SourceLocation
  /** Xcode: the native target the value belongs to. */
  target?: string
  /**
   * The module that builds the value, workspace-relative: a Gradle module's folder, an
   * `.xcodeproj`, a mini-program or HarmonyOS project folder. Set by the scan; the rule attributes
   * modules to apps and tells the shipped module from samples with it.
   */
  module?: string
  /** When the value is composed (Gradle applicationId + suffixes): every written part, in order. */
  parts?: IdentityPart[]
}

/**
 * An identity setting whose value the detectors cannot know without running the build (a Gradle
 * variable or interpolation, an Xcode `$(VAR)` that is not defined in the project file, an xcconfig).
 * The rule reports these as notices, never as mismatches.
 */
export interface UnresolvedIdentity {
  platform: SourcePlatform
  key: string
  /** The value as written, e.g. `"$base.shop"`, `rootProject.ext.appId`, `$(APP_ID_PREFIX).shop`. */
  expression: string
  /** Why it cannot be resolved, as a sentence for the user. */
  reason: string
  variant?: string
  release: boolean
  location: SourceLocation
  target?: string
  /** See SourceIdentity.module. */
  module?: string
  /**
   * A literal base id when only a suffix is unknown (`applicationId = "a.b"` with a computed
   * suffix): a wrong base is still a wrong id, whatever the suffix.
   */
  base?: IdentityPart
}

/** A change to the release signing configuration (e.g. Gradle signingConfigs.release keystore). */
export interface SigningConfigHint {
  platform: 'android' | 'ios' | 'harmony'
  description: string
  location: SourceLocation
  /** The setting, e.g. `signingConfig`, `storeFile`, `DEVELOPMENT_TEAM`, `certpath`. */
  key?: string
  /** The value as written (a resolved literal, or the expression text when it is computed). */
  value?: string
  /** The build type / configuration / product, or the signing config name the setting belongs to. */
  variant?: string
}

/** Why a file was skipped or gave nothing; the rule turns these into notices (or errors for `invalid-path`). */
export type ScanNoteKind =
  | 'invalid-path'
  | 'missing'
  | 'too-large'
  | 'unreadable'
  | 'parse-error'
  | 'no-identity'
  /** A symbolic link to outside the workspace that the walk did not follow. */
  | 'symlink'
  /** sources.android.variant names no release variant the Gradle file declares: nothing was judged. */
  | 'unknown-variant'

export interface ScanNote {
  kind: ScanNoteKind
  /** Relative to the workspace with forward slashes (or the path as declared, for `invalid-path`). */
  file: string
  message: string
  platform?: SourcePlatform
}

/** What the detectors find in one file's text. */
export interface DetectedSources {
  identities: SourceIdentity[]
  signing: SigningConfigHint[]
  unresolved: UnresolvedIdentity[]
  notes: ScanNote[]
}

export interface SourceScan {
  identities: SourceIdentity[]
  signing: SigningConfigHint[]
  /** Files that were read, relative to the workspace. */
  files: string[]
  /** Always set by `scanSources`; optional so hand-built scans in tests stay short. */
  unresolved?: UnresolvedIdentity[]
  /** Always set by `scanSources`: skipped files, rejected declared paths, parse errors. */
  notes?: ScanNote[]
}
