import type { Finding } from '../findings.js'
import { escapeControls } from '../excerpt.js'
import { editDistance } from '../declaration/suggest.js'
import type { AppDeclaration } from '../declaration/schema.js'
import { filedIdentity, identityKeyPath } from '../declaration/identity.js'
import {
  isUnsetIdentity,
  WECHAT_TOURIST_APPID,
  type IdentityPart,
  type SourceIdentity,
  type SourcePlatform,
  type SourceScan,
  type UnresolvedIdentity,
} from '../sources/types.js'
import { composeApplicationId } from '../sources/application-id.js'
import { declaredScanOf, type IdentityChange } from '../sources/facts.js'
import { isSecondaryModule, pathSegments } from '../sources/module-roles.js'
import type { AppScope } from '../scope.js'
import { appLocation, reporter, type Rule, type RuleContext, type RuleMeta } from './rule.js'
import { listSome } from '../artifacts/bounded-text.js'

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

/**
 * A value from a file, as quoted in a message: control characters escaped (a newline must not start
 * a workflow command) and at most `max` characters (a 1 MB value made a 1 MB annotation).
 */
function quote(value: string, max = 120): string {
  const shown = escapeControls(value.slice(0, max + 1))
  return shown.length > max ? `${shown.slice(0, max)}… (${value.length} characters)` : shown
}

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
    // An app without sources: is judged on what the auto-detected scan found; when it found nothing
    // (most apps of a large declaration) there is nothing to compare, no module to attribute and no
    // scan to filter per app; when no app declares sources either, no app is looked at (issue 10).
    const detected = facts.detected
    const detectedAny =
      detected !== undefined && (detected.identities.length > 0 || (detected.unresolved?.length ?? 0) > 0)
    const attribution = detected && detectedAny ? attributeModules(context, detected) : undefined
    const lookAtApps = detectedAny || hasKeys(facts.declared)
    // Filed ids no source was compared with, by platform: said once, never silently passed.
    const uncompared = new Map<SourcePlatform, string[]>()
    for (const scope of context.judged) {
      const declared = lookAtApps ? declaredScanOf(facts, scope.app.id) : undefined
      const scan =
        declared ??
        (attribution && facts.detected ? ownedScan(facts.detected, attribution, scope) : undefined)
      if (scan) findings.push(...checkApp(context, scope, scan, declared !== undefined, facts.changes))
      for (const platform of SOURCE_PLATFORMS) {
        if (filedIdentity(scope.app, platform) === undefined || (scan && compared(scan, platform))) continue
        const apps = uncompared.get(platform)
        if (apps) apps.push(scope.app.id)
        else uncompared.set(platform, [scope.app.id])
      }
    }
    // A platform the scan already said something about (a file it could not read, a limit) has its
    // finding; the walk's own limit (a note without a platform) speaks for every platform.
    const notes = facts.detected?.notes ?? []
    const said = new Set(notes.filter((n) => n.platform !== undefined).map((n) => n.platform))
    const walkStopped = notes.some((n) => n.platform === undefined && n.kind === 'too-large')
    for (const platform of uncompared.keys())
      if (said.has(platform) || walkStopped) uncompared.delete(platform)
    findings.push(...uncomparedFindings(uncompared))
    if (facts.detected) findings.push(...scanNoteFindings(context, facts.detected, attribution))
    findings.push(...changeFindings(context, facts.changes))
    if (facts.baseProblem && context.mode === 'pull-request') {
      findings.push(report('notice', `cannot compare with the pull request's base: ${facts.baseProblem}`))
    }
    return findings
  },
}

/** Whether a scan found what an app builds for a platform, or said why it could not (its notes). */
function compared(scan: SourceScan, platform: SourcePlatform): boolean {
  const isIt = (item: { platform: SourcePlatform; release?: boolean }) =>
    item.platform === platform && item.release !== false
  return (
    scan.identities.some(isIt) ||
    (scan.unresolved ?? []).some(isIt) ||
    (scan.notes ?? []).some((n) => n.platform === platform)
  )
}

const PROJECT_KIND: Record<SourcePlatform, string> = {
  android: 'Android (Gradle)',
  ios: 'iOS (Xcode)',
  harmony: 'HarmonyOS',
  wechat: 'WeChat mini program',
  alipay: 'Alipay mini program',
}

/**
 * One notice for the filed ids no source file was compared with: the source tree holds no such
 * project (it lives in another repository, or is generated, as XcodeGen and Tuist projects are), or
 * the scan did not reach it. A pass then vouches for the declaration and the artifacts, not for the
 * sources, and the report says so rather than nothing.
 */
function uncomparedFindings(uncompared: Map<SourcePlatform, string[]>): Finding[] {
  if (uncompared.size === 0) return []
  const what = [...uncompared].map(([platform, apps]) => `${PROJECT_KIND[platform]}: ${listSome(apps, ', ')}`)
  const generated = uncompared.has('ios')
    ? ' (a generated Xcode project, from XcodeGen or Tuist, has none to read)'
    : ''
  return [
    report(
      'notice',
      `no source project was found in the source tree for these filed ids, so they were not compared with sources: ${what.join('; ')}. If a project is in this repository, name its files under the app's sources:; otherwise the built artifacts are what is checked${generated}.`,
    ),
  ]
}

/** Whether an object has an own enumerable key, without listing them. */
function hasKeys(object: object): boolean {
  for (const key in object) if (Object.hasOwn(object, key)) return true
  return false
}

// ---------------------------------------------------------------------------------------------------
// Which app each auto-detected module belongs to (monorepos)

type Attribution = Map<string, string | undefined>

const moduleKey = (platform: SourcePlatform, module: string | undefined, file: string) =>
  `${platform}\u0000${module ?? file}`

const segmentsOf = pathSegments
const normalizeName = (s: string) => s.toLowerCase().replace(/[-_.\s]/g, '')

/**
 * Each auto-detected module (a Gradle module, an .xcodeproj, a mini-program project) goes to one app,
 * never to all of them (issue 8.6): the app whose filed id it builds; else the app whose declared
 * `sources:` are nearest; else the app named by a folder on its path (`apps/tusky`); else the only
 * app without `sources:`; else the app whose filed id it is closest to (a typo of one of them).
 * A module that fits no app is left out (undefined) and reported once as such.
 */
function attributeModules(context: RuleContext, scan: SourceScan): Attribution {
  const owners: Attribution = new Map()
  const sources = context.sources
  const undeclared = context.apps.filter((s) => !sources || !declaredScanOf(sources, s.app.id))
  const declared = context.apps.filter((s) => sources && declaredScanOf(sources, s.app.id))
  const values = new Map<string, { platform: SourcePlatform; module: string; ids: Set<string> }>()
  for (const item of [...scan.identities, ...(scan.unresolved ?? [])]) {
    const key = moduleKey(item.platform, item.module, item.location.file)
    const entry = values.get(key) ?? {
      platform: item.platform,
      module: item.module ?? item.location.file,
      ids: new Set<string>(),
    }
    if ('value' in item) entry.ids.add(item.value)
    values.set(key, entry)
  }
  for (const [key, { platform, module, ids }] of values) {
    const byId = context.apps.find((s) => {
      const filed = filedIdentity(s.app, platform)
      return filed !== undefined && ids.has(filed)
    })
    if (byId) {
      owners.set(key, byId.app.id)
      continue
    }
    const moduleSegments = segmentsOf(module)
    let nearest: { app: string; depth: number } | undefined
    for (const scope of declared) {
      for (const hint of Object.values(scope.app.sources ?? {})) {
        const hintPath = typeof hint === 'string' ? hint : hint.path
        const hintSegments = segmentsOf(hintPath)
        let depth = 0
        while (depth < hintSegments.length && hintSegments[depth] === moduleSegments[depth]) depth++
        if (depth > 0 && (!nearest || depth > nearest.depth)) nearest = { app: scope.app.id, depth }
      }
    }
    if (nearest) {
      // Inside a declared app's folder: that app reads its own declared files; the module is not another app's.
      owners.set(key, nearest.app)
      continue
    }
    const byFolder = undeclared.filter((s) =>
      moduleSegments.some((segment) => normalizeName(segment) === normalizeName(s.app.id)),
    )
    if (byFolder.length === 1) {
      owners.set(key, byFolder[0]!.app.id)
      continue
    }
    const candidates = undeclared.filter((s) => filedIdentity(s.app, platform) !== undefined)
    if (candidates.length === 1) {
      owners.set(key, candidates[0]!.app.id)
      continue
    }
    // Of several apps with this platform, a release judges one (its tag's): a module that builds
    // neither filed id belongs to the app being released, or a wrong id would pass unjudged.
    const judged = candidates.filter((s) => s.inScope)
    if (judged.length === 1) {
      owners.set(key, judged[0]!.app.id)
      continue
    }
    const closest = closestApp(judged.length > 0 ? judged : candidates, platform, [...ids])
    owners.set(key, closest)
  }
  return owners
}

/** The app whose filed id is nearest (edit distance) to what the module builds; undefined on a tie. */
function closestApp(candidates: AppScope[], platform: SourcePlatform, ids: string[]): string | undefined {
  let best: { app: string; distance: number } | undefined
  let tie = false
  for (const scope of candidates) {
    const filed = filedIdentity(scope.app, platform)!
    for (const id of ids) {
      // Ids are short; 256 code units bound the cost of a hostile one.
      const distance = editDistance(id.slice(0, 256), filed.slice(0, 256))
      if (distance > Math.max(2, Math.floor(filed.length / 5))) continue
      if (!best || distance < best.distance) {
        best = { app: scope.app.id, distance }
        tie = false
      } else if (distance === best.distance && best.app !== scope.app.id) tie = true
    }
  }
  return best && !tie ? best.app : undefined
}

function ownedScan(scan: SourceScan, owners: Attribution, scope: AppScope): SourceScan {
  const owned = (item: { platform: SourcePlatform; module?: string; location: { file: string } }) =>
    owners.get(moduleKey(item.platform, item.module, item.location.file)) === scope.app.id
  return {
    ...scan,
    identities: scan.identities.filter(owned),
    unresolved: (scan.unresolved ?? []).filter(owned),
    notes: [],
  }
}

/**
 * Notes of the auto-detected scan, once for the run: a file skipped for a limit (size, walk entries,
 * variants) is an error in release mode and a warning otherwise (issue 12.6: never silence); a
 * parse error is a warning; modules no app could be matched with are a notice.
 */
/** A scan note as a message that names its file (most notes' messages start with it already). */
function noteText(note: { file: string; message: string }): string {
  return note.message.includes(note.file) ? note.message : `${note.file}: ${note.message}`
}

function scanNoteFindings(context: RuleContext, scan: SourceScan, owners?: Attribution): Finding[] {
  const findings: Finding[] = []
  for (const note of scan.notes ?? []) {
    // A project found without an id (Alipay's mini.project.json holds none; an Android module that
    // sets its id only in androidComponents): the id is not compared, and that is said, for the
    // platforms an app this run judges files an id on (it counts as compared: uncomparedFindings
    // would say no project was found).
    if (note.kind === 'no-identity') {
      const platform = note.platform
      if (platform && context.judged.some((s) => filedIdentity(s.app, platform) !== undefined))
        findings.push(
          report(
            'notice',
            `${noteText(note)}; the filed ${PROJECT_KIND[platform]} id was not compared with the sources.`,
          ),
        )
      continue
    }
    const limit = note.kind === 'too-large' || note.kind === 'unreadable'
    if (!limit && !['parse-error', 'invalid-path', 'symlink'].includes(note.kind)) continue
    const severity =
      note.kind === 'symlink' ? 'notice' : limit && context.mode === 'release' ? 'error' : 'warning'
    findings.push(report(severity, noteText(note)))
  }
  if (owners && context.apps.length > 1) {
    // A judged app with a filed id on a platform but no module of its own there: an unattributed
    // module of that platform may be the one that ships it, so it is not a mere notice (fail closed).
    const owned = new Set<string>()
    for (const item of [...scan.identities, ...(scan.unresolved ?? [])]) {
      const owner = owners.get(moduleKey(item.platform, item.module, item.location.file))
      if (owner !== undefined) owned.add(`${owner}\u0000${item.platform}`)
    }
    const orphaned = (platform: SourcePlatform) =>
      context.apps.some(
        (s) =>
          s.inScope &&
          filedIdentity(s.app, platform) !== undefined &&
          !owned.has(`${s.app.id}\u0000${platform}`),
      )
    const reported = new Set<string>()
    for (const identity of scan.identities.filter((i) => i.release)) {
      const key = moduleKey(identity.platform, identity.module, identity.location.file)
      if (owners.get(key) !== undefined || reported.has(key)) continue
      reported.add(key)
      const severity = !orphaned(identity.platform)
        ? 'notice'
        : context.mode === 'release'
          ? 'error'
          : 'warning'
      findings.push(
        report(
          severity,
          `${identity.location.file}: ${identity.key} builds ${quote(identity.value)}, which no app in the declaration files for ${identity.platform}; it was not judged against any app. If it ships, name it under that app's sources:.`,
          { location: identity.location },
        ),
      )
    }
  }
  return findings
}

// ---------------------------------------------------------------------------------------------------
// One app

/** `PRODUCT_BUNDLE_IDENTIFIER of target Shop (Release)`, `applicationId (prodRelease)`. */
function describeSetting(item: { key: string; variant?: string; target?: string }): string {
  if (item.target) return `${item.key} of target ${item.target}${item.variant ? ` (${item.variant})` : ''}`
  return `${item.key}${item.variant ? ` (${item.variant})` : ''}`
}

function checkApp(
  context: RuleContext,
  scope: AppScope,
  scan: SourceScan,
  declaredSources: boolean,
  changes: IdentityChange[],
): Finding[] {
  const { app } = scope
  const findings: Finding[] = []
  const at = { app: app.id }
  for (const platform of SOURCE_PLATFORMS) {
    // Each detected id is compared with this app's filed id for ITS platform only (issue 8.1: an
    // Android id equal to the iOS bundle id must not pass a mistyped Android package).
    const filed = filedIdentity(app, platform)
    if (!filed) continue
    const release = scan.identities.filter((i) => i.platform === platform && i.release)
    const unresolved = (scan.unresolved ?? []).filter((u) => u.platform === platform && u.release)
    // Nothing found for this platform, nothing to say (most apps of a large declaration, issue 10).
    if (release.length === 0 && unresolved.length === 0) continue
    const keyPath = identityKeyPath(scope.index, platform)
    // An empty value is "not set" (uni-app's `"appid": ""`), never a mismatch with a blank; so is
    // WeChat DevTools' placeholder for a project without an AppID.
    const tourist = (i: SourceIdentity) => i.platform === 'wechat' && i.value === WECHAT_TOURIST_APPID
    const blank = release.filter(isUnsetIdentity)
    const candidates = release.filter((i) => !isUnsetIdentity(i))
    for (const identity of blank) {
      const what = tourist(identity)
        ? `"${WECHAT_TOURIST_APPID}", WeChat DevTools' placeholder for a project without an AppID: it is not set`
        : 'not set (empty)'
      findings.push(
        report(
          context.mode === 'release' ? 'error' : 'notice',
          `${identity.location.file}: ${describeSetting(identity)} is ${what}; ${filingReference(app)} records ${filed} (${keyPath}). Set it to the filed id before a release.`,
          { ...at, location: identity.location },
        ),
      )
    }
    const moduleOf = (i: { module?: string; location: { file: string } }) => i.module ?? i.location.file
    const matchingModules = new Set(candidates.filter((i) => i.value === filed).map(moduleOf))
    const mismatches = candidates.filter((i) => i.value !== filed && !matchingModules.has(moduleOf(i)))
    // Modules that could be the shipped one: without sources:, a sample/catalog module is judged
    // only when no other module builds (or may build) the app.
    const primaryExists =
      matchingModules.size > 0 ||
      unresolved.some((u) => !isSecondaryModule(moduleOf(u))) ||
      mismatches.some((i) => !isSecondaryModule(i.module))
    for (const identity of candidates.filter((i) => i.value !== filed)) {
      const module = moduleOf(identity)
      const shipped =
        !matchingModules.has(module) &&
        (declaredSources || matchingModules.size === 0) &&
        (declaredSources || !isSecondaryModule(identity.module) || !primaryExists)
      if (!shipped) {
        findings.push(
          report(
            'notice',
            `${identity.location.file}: ${describeSetting(identity)} builds ${quote(identity.value)}, which is not filed; that is fine only if ${matchingModules.has(module) ? 'this variant' : 'this module'} is never shipped to mainland China.`,
            { ...at, location: identity.location },
          ),
        )
        continue
      }
      const change = changes.find((c) => sameLocation(c, identity))
      const where = describeSetting(identity)
      // When the filed id is what the variant builds without a suffix, the suffix is the mismatch:
      // the finding points at it (legado: `applicationIdSuffix '.release'`), not at the filed base.
      const suffix = extraSuffix(identity, filed)
      const location = suffix?.location ?? identity.location
      const message = change?.before
        ? `this PR changes ${where} from ${quote(change.before)} to ${quote(identity.value)}; ${filingReference(app)} records ${filed}: file an amendment (变更备案) before merging, then update ${keyPath}.`
        : `${location.file}: ${where} is ${quote(identity.value)}${composition(identity)}, but ${filingReference(app)} records ${filed} (${keyPath}). ${suffix ? `Build the shipped variant without the ${suffix.key} ${quote(suffix.value)}${suffix === identity.parts!.at(-1) ? '' : ' and the suffixes after it'}, or file an amendment (变更备案) and update the declaration.` : 'Build with the filed id, or file an amendment (变更备案) and update the declaration.'}`
      findings.push(report('error', message, { ...at, location }))
    }
    for (const item of unresolved) {
      if (item.base && wrongBase(item, filed) && !matchingModules.has(moduleOf(item))) {
        findings.push(
          report(
            'error',
            `${item.base.location.file}: ${describeSetting(item)}: the base ${item.base.key} is ${quote(item.base.value)} and only the suffix (${quote(item.expression)}) is computed when Gradle runs, so the id starts with ${quote(item.base.value)}; ${filingReference(app)} records ${filed} (${keyPath}). Build with the filed id, or file an amendment (变更备案).`,
            { ...at, location: item.base.location },
          ),
        )
        continue
      }
      findings.push(
        report(
          'notice',
          `${item.location.file}: ${describeSetting(item)} is ${quote(item.expression)}, which cannot be read without running the build (${quote(item.reason, 300)}); check it builds ${filed}, or check the built artifact with the artifacts input.`,
          { ...at, location: item.location },
        ),
      )
    }
  }
  if (declaredSources) {
    for (const note of scan.notes ?? []) {
      const declaredPath = note.kind === 'invalid-path' || note.kind === 'missing'
      // Each leaves the id unchecked: an error in a release (fail closed).
      const limit = note.kind === 'too-large' || note.kind === 'unreadable' || note.kind === 'unknown-variant'
      findings.push(
        report(declaredPath || (limit && context.mode === 'release') ? 'error' : 'warning', noteText(note), {
          ...at,
          location: appLocation(context, scope, ['sources'], 'key'),
        }),
      )
    }
  }
  return findings
}

/** How a composed id is written: ` (applicationId "a" at app/build.gradle:50 + applicationIdSuffix ".r" at …)`. */
function composition(identity: SourceIdentity): string {
  if (!identity.parts || identity.parts.length < 2) return ''
  const written = identity.parts.map(
    (p) => `${p.key} ${quote(p.value)} at ${p.location.file}:${p.location.line}`,
  )
  return ` (${written.join(' + ')})`
}

/**
 * The first suffix past which the id stops being the filed one, when the base with the suffixes
 * before it is the filed id (composed as the Gradle reader composes it).
 */
function extraSuffix(identity: SourceIdentity, filed: string): IdentityPart | undefined {
  const [base, ...suffixes] = identity.parts ?? []
  if (!base) return undefined
  return suffixes.find(
    (_, k) =>
      composeApplicationId(
        base.value,
        suffixes.slice(0, k).map((p) => p.value),
      ) === filed,
  )
}

/** A literal base whose id cannot be the filed one whatever the computed suffix adds. */
function wrongBase(item: UnresolvedIdentity, filed: string): boolean {
  if (!item.base) return false
  const base = item.base.value
  return filed !== base && !filed.startsWith(`${base}.`)
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
