import type { Finding } from '../findings.js'
import { tagGlobs, versionFromTag, versionInRange } from '../release/version.js'
import { appAt, appLocation, reporter, type Rule, type RuleMeta } from './rule.js'

const meta: RuleMeta = {
  id: 'release-version',
  description:
    "A release tag must carry a semver version inside the app's release.versions, and match some app's release.tags.",
  defaultSeverity: 'error',
}
const report = reporter(meta)

export const releaseVersion: Rule = {
  meta,
  check(context) {
    if (context.mode !== 'release') return []
    const findings: Finding[] = []
    const { tag } = context
    // The apps the tag (or the apps input) selected: an app judged only because the release ships
    // its build (shippedIn) is not the one the tag versions; its build's own version is checked
    // against its release.versions by artifact-identity.
    const inScope = context.apps.filter((s) => s.inScope && !s.shippedIn)
    if (tag !== undefined && inScope.length === 0) {
      const globs = [...new Set(context.apps.flatMap((s) => tagGlobs(s.app.release?.tags)))]
      findings.push(
        report(
          'error',
          `tag ${tag} matches no app's release.tags (${globs.join(', ')}), so the gate cannot tell which app this release ships. Set release.tags on the app, or the apps input.`,
          { location: context.declaration.locate(['apps'], 'key') },
        ),
      )
      return findings
    }

    const version = context.version ?? (tag !== undefined ? versionFromTag(tag) : undefined)
    for (const scope of context.judged) {
      if (scope.shippedIn) continue
      const { app } = scope
      const range = app.release?.versions
      if (tag !== undefined && context.version === undefined && version === undefined) {
        findings.push(
          report(
            'error',
            `${app.id}: release tag ${tag} carries no semver version (expected e.g. v2.3.0, ${app.id}-v2.3.0 or ${app.id}@2.3.0). Tag releases with a version, or pass the version input.`,
            { app: app.id, location: appLocation(context, scope, ['release'], 'key') },
          ),
        )
        continue
      }
      if (range === undefined) continue
      const at = appAt(context, scope, ['release', 'versions'])
      if (version === undefined) {
        findings.push(
          report(
            'error',
            `${app.id}: the filing covers versions ${range}, but this release has no version to check (no tag and no version input). Run on a version tag or pass version.`,
            at,
          ),
        )
      } else if (!versionInRange(version, range)) {
        findings.push(
          report(
            'error',
            `${app.id}: version ${version} is outside release.versions ${range}, the versions this declaration says the filing covers. Release a version inside the range, or, once you have confirmed the filing covers this version (a change of identity needs a 变更备案), widen release.versions.`,
            at,
          ),
        )
      }
    }
    return findings
  },
}
