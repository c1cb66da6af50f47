import type { Finding } from '../findings.js'
import type { AppDeclaration } from '../declaration/schema.js'
import { filedIdentity, identityKeyPath } from '../declaration/identity.js'
import type { SourceIdentity, SourcePlatform, SourceScan } from '../sources/types.js'
import type { IdentityChange } from '../sources/facts.js'
import type { AppScope } from '../scope.js'
import { appLocation, reporter, type Rule, type RuleContext, type RuleMeta } from './rule.js'

const meta: RuleMeta = {
  id: 'source-identity',
  description:
    'The source tree (Gradle applicationId, Xcode bundle id, mini-program appid, HarmonyOS bundleName) must build the identity that was filed.',
  defaultSeverity: 'error',
}
const report = reporter(meta)

/**
 * The filing records the package name / bundle id / AppID (登记表; docs/sources.md); a build made from a tree that
 * says another one is an unfiled app before it is ever built. Changing it needs a 变更备案 first
 * (inferred from the filing recording it, Medium).
 */

const SOURCE_PLATFORMS: readonly SourcePlatform[] = ['android', 'ios', 'harmony', 'wechat', 'alipay']

function filingReference(app: AppDeclaration): string {
  return app.filing.number ? `filing ${app.filing.number}` : `the declaration (filing ${app.filing.status})`
}

const sameLocation = (change: IdentityChange, identity: SourceIdentity) =>
  change.kind === 'identity' &&
  change.file === identity.location.file &&
  change.key === identity.key &&
  (change.after === identity.value || change.location?.line === identity.location.line)

export const sourceIdentity: Rule = {
  meta,
  check(context) {
    const facts = context.sources
    if (!facts) return []
    const findings: Finding[] = []
    // An identity equal to some declared app's id belongs to that app, whichever scan found it.
    const allIds = new Set(
      context.apps.flatMap((s) => SOURCE_PLATFORMS.map((p) => filedIdentity(s.app, p)).filter(Boolean)),
    )
    for (const scope of context.judged) {
      const declared = facts.declared[scope.app.id]
      const scan = declared ?? facts.detected
      if (!scan) continue
      findings.push(...checkApp(context, scope, scan, declared !== undefined, allIds, facts.changes))
    }
    findings.push(...changeFindings(context, facts.changes))
    if (facts.baseProblem && context.mode === 'pull-request') {
      findings.push(report('notice', `cannot compare with the pull request's base: ${facts.baseProblem}`))
    }
    return findings
  },
}

function checkApp(
  context: RuleContext,
  scope: AppScope,
  scan: SourceScan,
  declaredSources: boolean,
  allIds: Set<string | undefined>,
  changes: IdentityChange[],
): Finding[] {
  const { app } = scope
  const findings: Finding[] = []
  const at = { app: app.id }
  for (const platform of SOURCE_PLATFORMS) {
    const filed = filedIdentity(app, platform)
    if (!filed) continue
    const keyPath = identityKeyPath(scope.index, platform)
    const candidates = scan.identities.filter(
      (i) =>
        i.platform === platform &&
        i.release &&
        (declaredSources || i.value === filed || !allIds.has(i.value)),
    )
    if (candidates.some((i) => i.value === filed)) {
      for (const other of candidates.filter((i) => i.value !== filed)) {
        findings.push(
          report(
            'notice',
            `${other.location.file}: ${other.key}${other.variant ? ` (${other.variant})` : ''} builds ${other.value}, which is not filed; that is fine only if this variant is never shipped to mainland China.`,
            { ...at, location: other.location },
          ),
        )
      }
    } else {
      for (const identity of candidates) {
        const change = changes.find((c) => sameLocation(c, identity))
        const where = `${identity.key}${identity.variant ? ` (${identity.variant})` : ''}`
        const message = change?.before
          ? `this PR changes ${where} from ${change.before} to ${identity.value}; ${filingReference(app)} records ${filed}: file an amendment (变更备案) before merging, then update ${keyPath}.`
          : `${identity.location.file}: ${where} is ${identity.value}, but ${filingReference(app)} records ${filed} (${keyPath}). Build with the filed id, or file an amendment (变更备案) and update the declaration.`
        findings.push(report('error', message, { ...at, location: identity.location }))
      }
    }
    for (const unresolved of (scan.unresolved ?? []).filter((u) => u.platform === platform && u.release)) {
      findings.push(
        report(
          'notice',
          `${unresolved.location.file}: ${unresolved.key} is ${unresolved.expression}, which cannot be read without running the build (${unresolved.reason}); check it builds ${filed}, or check the built artifact with the artifacts input.`,
          { ...at, location: unresolved.location },
        ),
      )
    }
  }
  for (const note of scan.notes ?? []) {
    if (!declaredSources && note.kind !== 'parse-error') continue
    const declaredPath = declaredSources && (note.kind === 'invalid-path' || note.kind === 'missing')
    findings.push(
      report(
        declaredPath ? 'error' : 'warning',
        note.message.includes(note.file) ? note.message : `${note.file}: ${note.message}`,
        {
          ...at,
          ...(declaredSources ? { location: appLocation(context, scope, ['sources'], 'key') } : {}),
        },
      ),
    )
  }
  return findings
}

function changeFindings(context: RuleContext, changes: IdentityChange[]): Finding[] {
  const findings: Finding[] = []
  for (const change of changes) {
    const location = change.location ? { location: change.location } : {}
    const app = change.app ? { app: change.app } : {}
    if (change.kind === 'signing') {
      findings.push(
        report(
          'notice',
          `this PR changes the release signing configuration (${change.key}${change.variant ? ` of ${change.variant}` : ''}: ${change.before ?? 'unset'} → ${change.after ?? 'removed'}). The filing records the signing certificate: check the new key's certificate matches (china-filing inspect on a release build), or file an amendment.`,
          { ...app, ...location },
        ),
      )
    } else if (change.kind === 'declaration') {
      findings.push(
        report(
          'warning',
          `this PR changes ${change.key} from ${change.before ?? 'unset'} to ${change.after ?? 'unset'}. The filing records this value: make sure the amendment (变更备案) is approved before a release ships it.`,
          { ...app, ...location },
        ),
      )
    } else if (context.mode === 'pull-request') {
      const owner = context.judged.find((s) =>
        SOURCE_PLATFORMS.some((p) => filedIdentity(s.app, p) === change.after),
      )
      if (owner) {
        findings.push(
          report(
            'notice',
            `this PR changes ${change.key} in ${change.file} from ${change.before ?? 'unset'} to ${change.after}, which is the filed identity of ${owner.app.id}.`,
            {
              app: owner.app.id,
              ...location,
            },
          ),
        )
      }
    }
  }
  return findings
}
