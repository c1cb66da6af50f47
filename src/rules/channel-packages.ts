import { escapeControls, quoteExcerpt } from '../excerpt.js'
import { listSome } from '../artifacts/bounded-text.js'
import { compareText, type Finding, type Severity } from '../findings.js'
import type { ArtifactIdentity } from '../artifacts/types.js'
import { artifactOwner } from './artifact-identity.js'
import type { AppScope } from '../scope.js'
import { appLocation, channelStore, reporter, type Rule, type RuleContext, type RuleMeta } from './rule.js'

const meta: RuleMeta = {
  id: 'channel-packages',
  description:
    'The channel APKs (渠道包) of a release must all carry the same package, versionCode, versionName and signer, and each channel should map to a store in release.channels.',
  defaultSeverity: 'error',
}
const report = reporter(meta)

/**
 * Mainland teams ship one APK per store, the channel written in after signing (Walle, VasDolly), and
 * often pass each one through a hardening service (加固) that re-signs it. Stores and Xiaomi phones
 * match package name and signature against the filing per APK, so one channel APK re-signed with the
 * hardening vendor's key, or left over from an older build, is an unfiled app in one store only. The
 * set is compared with itself, so the odd one out is named even where the declaration gives no
 * fingerprint to compare with.
 */

interface Attribute {
  label: string
  value: (a: ArtifactIdentity) => string
  describe: (a: ArtifactIdentity) => string
  severity: (context: RuleContext) => Severity
  fix: string
  /** The APKs the attribute is compared across (default all). */
  applies?: (a: ArtifactIdentity) => boolean
}

const effectiveSigner = (a: ArtifactIdentity) => a.signers[a.effectiveSigner]
const SCHEME_ORDER = ['v1', 'v2', 'v3', 'v3.1']
const schemesOf = (a: ArtifactIdentity) =>
  [...new Set(a.signers.flatMap((s) => s.schemes))].sort(
    (x, y) => SCHEME_ORDER.indexOf(x) - SCHEME_ORDER.indexOf(y),
  )

const ATTRIBUTES: Attribute[] = [
  {
    label: 'signer',
    // No effective signer with signers: v1/v2 signers together (apk/index.ts), compared as a set.
    value: (a) =>
      effectiveSigner(a)?.sha256 ??
      (a.signers.length
        ? a.signers
            .map((s) => s.sha256)
            .sort()
            .join(' + ')
        : 'unsigned'),
    describe: (a) => {
      const s = effectiveSigner(a)
      if (s) return `signed by ${s.subject} (SHA-256 ${s.sha256})`
      return a.signers.length
        ? `signed by ${a.signers.length} signers together (${listSome(a.signers.map((t) => `SHA-256 ${t.sha256}`))})`
        : 'not signed'
    },
    severity: () => 'error',
    fix: 'A step after the build (hardening 加固, re-signing, a channel tool run on another build) used another key: re-sign it with the filed key, as the others are.',
  },
  {
    // Some hardening tools re-sign with the JAR scheme only, which also drops the APK Signing Block and
    // with it a Walle or VasDolly channel written before hardening.
    label: 'signature schemes',
    value: (a) => schemesOf(a).join('+'),
    describe: (a) => `signed with ${schemesOf(a).join('+') || 'no scheme'}`,
    severity: () => 'warning',
    fix: 'A step after the build (hardening 加固, re-signing) signed it with other signature schemes: re-sign it as the others are, then write its channel again.',
    // An unsigned APK is reported as a different signer already.
    applies: (a) => a.signers.length > 0,
  },
  {
    label: 'package',
    value: (a) => a.id,
    describe: (a) => `package ${a.id}`,
    severity: () => 'error',
    fix: 'It comes from another build or flavour: write its channel into the release build.',
  },
  {
    label: 'versionCode',
    value: (a) => a.build ?? '—',
    describe: (a) => `versionCode ${a.build ?? '(none)'}`,
    severity: (context) => (context.mode === 'release' ? 'error' : 'warning'),
    fix: 'It is a stale build: write its channel into this release build.',
  },
  {
    label: 'versionName',
    value: (a) => a.version ?? '—',
    describe: (a) => `versionName ${a.version ?? '(unresolved)'}`,
    severity: (context) => (context.mode === 'release' ? 'error' : 'warning'),
    fix: 'It is a stale build: write its channel into this release build.',
  },
]

export const channelPackages: Rule = {
  meta,
  check(context) {
    const channelApks = (context.artifacts?.results ?? [])
      .map((r) => r.identity)
      .filter((a): a is ArtifactIdentity => a?.type === 'apk' && a.channel !== undefined)
    if (channelApks.length === 0) return []
    const owner = (apk: ArtifactIdentity) => artifactOwner(context.apps, apk)

    const findings: Finding[] = []
    for (const apk of channelApks) findings.push(...channelMarkFindings(apk, owner(apk)))
    findings.push(...mappingFindings(context, channelApks, owner))
    for (const set of channelSets(channelApks, owner)) findings.push(...setFindings(context, set))
    return findings
  },
}

const byChannel = (a: ArtifactIdentity, b: ArtifactIdentity) =>
  compareText(a.channel ?? '', b.channel ?? '') || compareText(a.file, b.file)

function label(a: ArtifactIdentity): string {
  return `${a.file} (channel ${a.channel})`
}

function channelMarkFindings(apk: ArtifactIdentity, owner: AppScope | undefined): Finding[] {
  const marks = apk.channelMarks ?? []
  const names = [...new Set(marks.map((m) => m.name))]
  if (names.length < 2) return []
  return [
    {
      ...report(
        'warning',
        `${apk.file} carries ${names.length} different channels (${listSome(marks.map((m) => `${quoteExcerpt(m.name)} in ${m.where}`))}): which one the app reports depends on the channel SDK it bundles, so the store it is for is unclear. Write one channel per APK.`,
        owner ? { app: owner.app.id } : {},
      ),
      artifact: apk.file,
    },
  ]
}

/** A channel with no store in `release.channels` is judged for all of the app's stores: say so. */
function mappingFindings(
  context: RuleContext,
  apks: readonly ArtifactIdentity[],
  appOf: (a: ArtifactIdentity) => AppScope | undefined,
): Finding[] {
  const unmapped = new Map<AppScope, ArtifactIdentity[]>()
  for (const apk of apks) {
    const owner = appOf(apk)
    if (!owner?.inScope) continue
    if (channelStore(owner.app, apk.channel!) !== undefined) continue
    unmapped.set(owner, [...(unmapped.get(owner) ?? []), apk])
  }
  return [...unmapped].map(([owner, unsorted]) => {
    const list = [...unsorted].sort(byChannel)
    const channels = [...new Set(list.map((a) => a.channel!))]
    const declared = owner.app.release?.channels !== undefined
    return report(
      'notice',
      `${list.map(label).join(', ')}: ${channels.length === 1 ? `channel ${quoteExcerpt(channels[0]!)} maps` : `channels ${channels.map((c) => quoteExcerpt(c)).join(', ')} map`} to no store${declared ? ' in release.channels' : ' (release.channels is not declared)'}, so ${list.length === 1 ? 'it is' : 'they are'} judged for all of ${owner.app.id}'s stores (${owner.stores.join(', ')}). Map each channel to the store its APK is uploaded to, e.g. release.channels: { ${escapeControls(channels[0]!)}: ${owner.stores[0] ?? 'xiaomi'} }.`,
      {
        app: owner.app.id,
        location: appLocation(context, owner, declared ? ['release', 'channels'] : ['stores']),
      },
    )
  })
}

/**
 * The channel APKs of one app form a set: those whose package some app files, grouped by that app;
 * an APK whose package no app files joins the largest set, whose odd one out it is.
 */
function channelSets(
  apks: readonly ArtifactIdentity[],
  appOf: (a: ArtifactIdentity) => AppScope | undefined,
): { owner: AppScope | undefined; apks: ArtifactIdentity[] }[] {
  const byOwner = new Map<AppScope | undefined, ArtifactIdentity[]>()
  for (const apk of apks) {
    const owner = appOf(apk)
    byOwner.set(owner, [...(byOwner.get(owner) ?? []), apk])
  }
  const orphans = byOwner.get(undefined) ?? []
  byOwner.delete(undefined)
  const sets = [...byOwner].map(([owner, list]) => ({ owner, apks: list }))
  const largest = sets.reduce<(typeof sets)[number] | undefined>(
    (best, s) => (!best || s.apks.length > best.apks.length ? s : best),
    undefined,
  )
  if (largest) largest.apks.push(...orphans)
  else sets.push({ owner: undefined, apks: orphans })
  return sets.filter((s) => s.apks.length >= 2 && (s.owner === undefined || s.owner.inScope))
}

function setFindings(
  context: RuleContext,
  set: { owner: AppScope | undefined; apks: ArtifactIdentity[] },
): Finding[] {
  const findings: Finding[] = []
  const where = set.owner ? { app: set.owner.app.id } : {}
  for (const attribute of ATTRIBUTES) {
    const groups = new Map<string, ArtifactIdentity[]>()
    for (const apk of set.apks.filter(attribute.applies ?? (() => true))) {
      const value = attribute.value(apk)
      groups.set(value, [...(groups.get(value) ?? []), apk])
    }
    if (groups.size < 2) continue
    // The value most channel APKs share is the release's; on a tie, the first APK's (sorted by file).
    const ordered = [...groups.values()].sort(
      (a, b) => b.length - a.length || compareText(a[0]!.file, b[0]!.file),
    )
    const common = [...ordered[0]!].sort(byChannel)
    for (const odd of ordered.slice(1).flat()) {
      // The finding is about the odd APK: it is placed there, like artifact-identity's.
      findings.push({
        ...report(
          attribute.severity(context),
          `${label(odd)} is ${attribute.describe(odd)}, but ${common.length === 1 ? `${label(common[0]!)} is` : `the other ${common.length} channel APKs (${common.map((a) => a.channel).join(', ')}) are`} ${attribute.describe(common[0]!)}. Every channel APK of a release must carry the same ${attribute.label}. ${attribute.fix}`,
          where,
        ),
        artifact: odd.file,
      })
    }
  }
  return findings
}
