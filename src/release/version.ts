/**
 * Release tags and versions: which apps a tag releases (its `release.tags` globs) and which semver
 * version it carries. Accepted tag shapes: `v1.2.3`, `1.2.3`, `shop-v1.2.3`, `shop-1.2.3`, `shop@1.2.3`,
 * `shop/v1.2.3` (pre-release and build metadata allowed).
 */
// semver's modules one by one: the package is CommonJS, so `import semver` bundles all of it (issue 10).
import satisfies from 'semver/functions/satisfies.js'
import valid from 'semver/functions/valid.js'
import type picomatchType from 'picomatch'

export const DEFAULT_TAG_GLOB = 'v*'

/** The semver version a tag carries, or undefined when it carries none. */
export function versionFromTag(tag: string): string | undefined {
  const match = /(?:^|[-@/_])v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)$/.exec(tag)
  if (!match) return undefined
  return valid(match[1]!) ?? undefined
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
  return satisfies(version, range, { includePrerelease: true })
}
