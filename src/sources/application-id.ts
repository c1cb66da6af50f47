/**
 * How AGP composes an Android application id from a base and `applicationIdSuffix` values (flavours in
 * dimension order, then the build type): each suffix is appended, with a dot when it has none. The
 * Gradle reader composes ids with it, and source-identity takes a composed id apart with it.
 */

/** `overlay` appended to the suffix so far (`base`). */
export function mergeSuffix(overlay: string, base: string): string {
  if (!overlay) return base
  return overlay.startsWith('.') ? base + overlay : `${base}.${overlay}`
}

/** The id `base` builds with `suffixes`, in order. */
export function composeApplicationId(base: string, suffixes: readonly string[]): string {
  const suffix = suffixes.reduce((merged, next) => mergeSuffix(next, merged), '')
  return suffix ? mergeSuffix(suffix, base) : base
}
