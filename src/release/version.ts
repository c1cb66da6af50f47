/**
 * Release tags and versions: which apps a tag releases (its `release.tags` globs) and which semver
 * version it carries. Accepted tag shapes: `v1.2.3`, `1.2.3`, `shop-v1.2.3`, `shop-1.2.3`, `shop@1.2.3`,
 * `shop/v1.2.3` (pre-release and build metadata allowed).
 */
import type picomatchType from 'picomatch'

export const DEFAULT_TAG_GLOB = 'v*'

let semver: typeof import('./semver.js') | undefined

/**
 * Loads semver (release/semver.ts). A run with a tag, a release version or an artifact compares
 * versions; runCheck, the CLI and the action await this before they do. Used before it is loaded,
 * semver throws: the run fails closed as an internal error, never passes.
 */
export async function loadSemver(): Promise<void> {
  semver ??= await import('./semver.js')
}

function loadedSemver(): typeof import('./semver.js') {
  if (!semver) throw new Error('semver was used before loadSemver() loaded it')
  return semver
}

/** The version as semver normalises it (`v1.2.3` → `1.2.3`), or null when it is not one. */
export function validVersion(version: string): string | null {
  return loadedSemver().valid(version)
}

/** The semver version a tag carries, or undefined when it carries none. */
export function versionFromTag(tag: string): string | undefined {
  const match = /(?:^|[-@/_])v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)$/.exec(tag)
  if (!match) return undefined
  return validVersion(match[1]!) ?? undefined
}

/**
 * A built artifact's version as semver: as versionFromTag reads it, or one or two numbers made whole
 * (`2.3` is 2.3.0: iOS writes CFBundleShortVersionString with one to three numbers); undefined for
 * anything else (`2.3.0.1`, `2.3 beta`).
 */
export function buildVersion(version: string): string | undefined {
  const numbers = /^(\d+)(?:\.(\d+))?$/.exec(version)
  if (numbers) return validVersion(`${numbers[1]}.${numbers[2] ?? 0}.0`) ?? undefined
  return versionFromTag(version)
}

/** `refs/tags/shop-v1.2.3` → `shop-v1.2.3`; other refs → undefined. */
export function tagFromRef(ref: string | undefined): string | undefined {
  return ref?.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined
}

export function tagGlobs(tags: string | readonly string[] | undefined): string[] {
  if (tags === undefined) return [DEFAULT_TAG_GLOB]
  return typeof tags === 'string' ? [tags] : [...tags]
}

let picomatch: typeof picomatchType | undefined

/**
 * Loads the glob matcher for release tags. Only a release run with a tag matches tags, so the 60 KB
 * matcher loads then and not at every start (issue 10); runCheck awaits this when it is given a tag.
 */
export async function loadTagMatcher(): Promise<void> {
  picomatch ??= (await import('picomatch')).default
}

export function tagMatches(tag: string, globs: readonly string[]): boolean {
  // Fails closed: a tag that cannot be matched must not leave an app out of the release's scope.
  if (!picomatch) throw new Error('the tag matcher was used before loadTagMatcher() loaded it')
  const matcher = picomatch
  return globs.some((glob) => matcher.isMatch(tag, glob, { dot: true }))
}

export function versionInRange(version: string, range: string): boolean {
  return loadedSemver().satisfies(version, range, { includePrerelease: true })
}
