import { quoteExcerpt } from '../excerpt.js'
import type { Finding, SourceLocation } from '../findings.js'
import type { ArtifactIdentity, ArtifactPlatform, SignerInfo } from '../artifacts/types.js'
import type { AppDeclaration, CertificateDeclaration } from '../declaration/schema.js'
import { IDENTITY_KEYS, filedIdentity, ownerOf } from '../declaration/identity.js'
import { normalizeFingerprint, publicKeyMatches } from '../artifacts/fingerprint.js'
import { buildVersion, versionFromTag, versionInRange } from '../release/version.js'
import type { AppScope } from '../scope.js'
import { findStore } from '../catalog/stores.js'
import { listSome } from '../artifacts/bounded-text.js'
import { isBundleSigningNote } from '../artifacts/bundle-notes.js'
import { isVersionReferenceNote } from '../artifacts/resource-reference.js'
import { appLocation, channelStore, reporter, type Rule, type RuleContext, type RuleMeta } from './rule.js'

const meta: RuleMeta = {
  id: 'artifact-identity',
  description:
    'A built APK, AAB, IPA or HAP must carry the package / bundle id and signing certificate recorded in the filing; unreadable artifacts fail closed.',
  defaultSeverity: 'error',
}
const report = reporter(meta)

/** A glob is quoted longer than a value: its folders are what tell the user which path was wrong. */
const MAX_PATTERN_EXCERPT = 200

/**
 * The filing records the app's identity per platform (登记表, HW-KB doc_0121; docs/sources.md), and Xiaomi phones refuse APKs
 * whose package name and signature match no filing (dev.mi.com pId=1790). So an artifact signed with
 * another key, or built with another applicationId, is an unfiled app, however well the YAML reads.
 */

function declaredCertificate(
  app: AppDeclaration,
  platform: ArtifactPlatform,
): CertificateDeclaration | undefined {
  return app.platforms[platform]?.certificate
}

/**
 * The app an artifact is judged against (ownerOf): of the apps that record its id, one judged for a
 * mainland store, and among those the one whose filed certificate signed it. The rules and the
 * reports' evidence ask this one question, so they name the same app.
 */
export function artifactOwner<T extends AppScope>(
  scopes: readonly T[],
  artifact: ArtifactIdentity,
): T | undefined {
  const signer = artifact.signers[artifact.effectiveSigner]
  const signedBy = (scope: T) => {
    const declared = declaredCertificate(scope.app, artifact.platform)
    return (
      declared !== undefined && signer !== undefined && certificateMismatches(declared, signer).length === 0
    )
  }
  return ownerOf(scopes, artifact, signedBy)
}

interface Mismatch {
  key: 'md5' | 'sha1' | 'sha256' | 'publicKey'
  declared: string
  actual: string
}

const LABEL = { md5: 'MD5', sha1: 'SHA-1', sha256: 'SHA-256', publicKey: 'public key' } as const

/** Every declared certificate value that the signer does not carry. */
export function certificateMismatches(declared: CertificateDeclaration, signer: SignerInfo): Mismatch[] {
  const mismatches: Mismatch[] = []
  for (const key of ['md5', 'sha1', 'sha256'] as const) {
    const value = declared[key]
    if (value !== undefined && normalizeFingerprint(value) !== signer[key]) {
      mismatches.push({ key, declared: normalizeFingerprint(value), actual: signer[key] })
    }
  }
  if (declared.publicKey !== undefined && !publicKeyMatches(declared.publicKey, signer.publicKey)) {
    const actual = signer.publicKey.modulus ?? signer.publicKey.spki
    mismatches.push({
      key: 'publicKey',
      declared: abbreviate(declared.publicKey.replace(/\s/g, '')),
      actual: abbreviate(actual),
    })
  }
  return mismatches
}

/** A reason as a sentence: one closing mark, never "complete?." (a reader's reason may end in "?"). */
function sentence(reason: string): string {
  const text = reason.trim()
  return /[.?!]$/.test(text) ? text : `${text}.`
}

function abbreviate(value: string): string {
  return value.length > 24 ? `${value.slice(0, 12)}…${value.slice(-8)}` : value
}

/** `app.apk (shop)`, or `app-vivo.apk (shop, channel vivo)` for a channel package. */
function named(artifact: ArtifactIdentity, appId: string): string {
  return `${artifact.file} (${appId}${artifact.channel !== undefined ? `, channel ${artifact.channel}` : ''})`
}

function signerName(artifact: ArtifactIdentity, signer: SignerInfo): string {
  const rotation =
    signer.lineage && signer.lineage.length > 1
      ? `, the newest key of a ${signer.lineage.length}-certificate rotation lineage that current devices verify`
      : ''
  return `${signer.subject} (${signer.schemes.join('+')}${rotation})`
}

export const artifactIdentity: Rule = {
  meta,
  check(context) {
    const facts = context.artifacts
    if (!facts) return []
    const findings: Finding[] = []
    const failClosed = context.mode === 'release'

    for (const pattern of facts.unmatched) {
      findings.push(
        report(
          failClosed ? 'error' : 'warning',
          `artifact pattern ${quoteExcerpt(pattern, MAX_PATTERN_EXCERPT)} matched no file, so the gate cannot check what this release ships. Build the artifacts before this step, or fix the artifacts input / --artifact path.`,
        ),
      )
    }

    for (const result of facts.results) {
      if (!result.identity) {
        findings.push(
          report(
            'error',
            `${result.file} cannot be read: ${sentence(result.error ?? 'unknown reason')} The gate cannot verify its identity, so it blocks (fail closed).`,
          ),
        )
        findings[findings.length - 1]!.artifact = result.file
        continue
      }
      // Every finding about an artifact names it, so reports can place it at the file (issue 7.5).
      findings.push(...checkArtifact(context, result.identity).map((f) => ({ ...f, artifact: result.file })))
    }
    // An app a release judges only because it ships the app's build (gate.ts) is said to be judged.
    for (const scope of context.apps) {
      if (!scope.shippedIn) continue
      findings.push(
        report(
          'notice',
          `${scope.app.id} is judged in this release, which did not select it (by its release.tags or the apps input), because ${listSome(scope.shippedIn, ', ')} among the artifacts ${scope.shippedIn.length === 1 ? 'is its build' : 'are its builds'}: a release ships its artifacts, so it judges their apps.`,
          { app: scope.app.id },
        ),
      )
    }
    return findings
  },
}

function checkArtifact(context: RuleContext, artifact: ArtifactIdentity): Finding[] {
  const { platform } = artifact
  const owner = artifactOwner(context.apps, artifact)
  if (!owner) return [unmatchedArtifact(context, artifact)]
  const { app } = owner
  const at = (path: (string | number)[]): { app: string; location: SourceLocation } => ({
    app: app.id,
    location: appLocation(context, owner, ['platforms', platform, ...path]),
  })
  if (!owner.inScope)
    return [
      report(
        'notice',
        `${artifact.file} is ${app.id} (${artifact.id}), which this run does not judge (${owner.reason ?? 'out of scope'}).`,
        { app: app.id },
      ),
    ]
  // A channel APK (渠道包) is judged for the store its channel maps to: one for Google Play is not
  // distributed in mainland China, whatever the app's other stores. Only when every channel mark it
  // carries says so: marks that disagree (channel-packages warns) leave its store unclear, and an
  // APK whose store is unclear is checked against the filing, never waved through.
  if (!boundForMainland(owner, artifact)) {
    const store = channelStoreOf(app, artifact)
    return [
      report(
        'notice',
        `${artifact.file} is the ${quoteExcerpt(artifact.channel!)} channel package of ${app.id}, for ${store} (release.channels), which is outside mainland China; its signature is not checked against a filing.`,
        { app: app.id, location: appLocation(context, owner, ['release', 'channels', artifact.channel!]) },
      ),
    ]
  }
  if (owner.mainlandStores.length === 0) {
    return [
      report(
        'notice',
        `${artifact.file} is ${app.id}, which is not distributed in mainland China in this run; its signature is not checked against a filing.`,
        { app: app.id },
      ),
    ]
  }

  const findings: Finding[] = []
  const declared = declaredCertificate(app, platform)!
  const isBundle = artifact.type === 'aab'
  findings.push(
    ...artifact.notes
      .filter((note) => !isBundle || !isBundleSigningNote(note))
      .map((note) => report('notice', `${artifact.file}: ${note}`, { app: app.id })),
  )

  const signer = artifact.signers[artifact.effectiveSigner]
  if (artifact.signers.length === 0) {
    findings.push(
      report(
        'error',
        `${named(artifact, app.id)} is not signed. Stores install only signed builds, and the filing records the signing certificate: sign it with the filed key.`,
        at(['certificate']),
      ),
    )
  } else if (!signer && artifact.type === 'apk') {
    // Several signers at once (v1/v2): the app's identity is all of them, a filing records one.
    findings.push(
      report(
        'error',
        `${named(artifact, app.id)} is signed by ${artifact.signers.length} certificates together (${listSome(artifact.signers.map((s) => `${s.subject} SHA-256 ${s.sha256}`))}). Android takes them together as the app's identity, but a filing records one signing certificate, so the gate cannot match this build to it. Sign the release with the filed key alone.`,
        at(['certificate']),
      ),
    )
  } else if (!signer && isBundle) {
    // Several JAR signers: every verifier requires them all, and none of them is "the" upload key.
    findings.push(
      report(
        'warning',
        `${named(artifact, app.id)} is signed by ${artifact.signers.length} certificates together (${listSome(artifact.signers.map((s) => `${s.subject} SHA-256 ${s.sha256}`))}). A bundle is uploaded with one upload key, and the gate cannot tell which of these it is. Sign the bundle with the upload key alone, and check the APKs built from it (inspect them): what users in China install must carry the filed key.`,
        at(['certificate']),
      ),
    )
  } else if (!signer) {
    // Several candidate certificates (e.g. an iOS profile listing several) and no way to tell which signed.
    const matching = artifact.signers.filter((s) => certificateMismatches(declared, s).length === 0)
    if (matching.length !== artifact.signers.length) {
      findings.push(
        report(
          'error',
          `${named(artifact, app.id)} may be signed by any of ${artifact.signers.length} certificates (${listSome(artifact.signers.map((s) => `${s.subject} SHA-1 ${s.sha1}`))}), and the gate cannot tell which one signed it${matching.length ? '; only some of them are the filed certificate' : '; none is the filed certificate'}. Ship a build whose signature names only the filed certificate.`,
          at(['certificate']),
        ),
      )
    }
  } else {
    const mismatches = certificateMismatches(declared, signer)
    if (mismatches.length > 0) {
      const first = mismatches[0]!
      const detail = mismatches
        .map((m) => `${LABEL[m.key]}: filed ${m.declared}, artifact ${m.actual}`)
        .join('; ')
      const base = `${named(artifact, app.id)} is signed by ${signerName(artifact, signer)}, not the certificate the filing records (${detail}).`
      findings.push(
        isBundle
          ? report(
              'warning',
              `${base} An AAB carries the upload key; what users in China install is the APK signed by whoever signs the APKs, and that key must be the filed one. Check the APKs built from this bundle (inspect them), or fix apps[${owner.index}].platforms.${platform}.certificate.${first.key}.`,
              at(['certificate', first.key]),
            )
          : report(
              'error',
              `${base} Sign the release with the filed key, or, if the key really changed, file a change (变更备案) and update apps[${owner.index}].platforms.${platform}.certificate.${first.key}.`,
              at(['certificate', first.key]),
            ),
      )
    } else if (isBundle) {
      findings.push(
        report(
          'warning',
          `${named(artifact, app.id)} is an AAB: its signature is the upload key. It matches the filing, but stores in China distribute APKs, signed by whoever signs them; make sure that key is the filed one (inspect the APKs).`,
          { app: app.id },
        ),
      )
    }
  }

  findings.push(...versionFindings(context, owner, artifact))
  return findings
}

/** Where each kind of build keeps the version a filing's release.versions is about. */
const VERSION_FIELD: Record<ArtifactIdentity['type'], string> = {
  apk: 'android:versionName',
  aab: 'android:versionName',
  ipa: 'CFBundleShortVersionString',
  hap: 'app.versionName',
  app: 'app.versionName', // a HarmonyOS .app, as a .hap
}

function versionFindings(context: RuleContext, owner: AppScope, artifact: ArtifactIdentity): Finding[] {
  const { app } = owner
  const version = artifact.version
  const range = app.release?.versions
  if (!version) {
    // No version the reader could read (a versionName reference it cannot resolve, or none at all).
    // The tag's version is held to release.versions for an app the tag selected (release-version);
    // an app judged because the release ships its build has only the build's own version, so the
    // release cannot tell whether the filing covers what it ships, and fails closed.
    if (context.mode !== 'release' || !owner.shippedIn || range === undefined) return []
    return [
      report(
        'error',
        `${named(artifact, app.id)} carries no version the gate can read${artifact.notes.some(isVersionReferenceNote) ? ' (its notices say why)' : ''}, so this release cannot tell whether release.versions ${range}, the versions the filing covers, includes the build it ships. Give the build a literal ${VERSION_FIELD[artifact.type]}${artifact.platform === 'android' ? ', or one in its default resource configuration' : ''}, or remove release.versions.`,
        { app: app.id, location: appLocation(context, owner, ['release', 'versions']) },
      ),
    ]
  }
  const findings: Finding[] = []
  const semverish = buildVersion(version)
  if (range && !semverish) {
    // The filing covers release.versions; a build whose version is no semver version may be outside
    // it, and a release fails closed (as release-version does for a tag that carries none).
    findings.push(
      report(
        context.mode === 'release' ? 'error' : 'warning',
        `${named(artifact, app.id)} is version ${quoteExcerpt(version)}, which is not a semver version (x.y.z), so the gate cannot tell whether release.versions ${range}, the versions the filing covers, includes it. Build it with an x.y.z version, or remove release.versions.`,
        { app: app.id, location: appLocation(context, owner, ['release', 'versions']) },
      ),
    )
  } else if (range && semverish && !versionInRange(semverish, range)) {
    findings.push(
      report(
        'error',
        `${named(artifact, app.id)} is version ${version}, outside release.versions ${range}, the versions the filing covers.`,
        {
          app: app.id,
          location: appLocation(context, owner, ['release', 'versions']),
        },
      ),
    )
  }
  const releaseVersion = context.version ?? (context.tag ? versionFromTag(context.tag) : undefined)
  // Only for an app the tag selected: the tag of a release that ships another app's build is not
  // that app's version.
  if (
    context.mode === 'release' &&
    !owner.shippedIn &&
    releaseVersion &&
    semverish &&
    semverish !== releaseVersion
  ) {
    findings.push(
      report(
        'warning',
        `${named(artifact, app.id)} is version ${version}, but this release is ${releaseVersion}. Is it a stale build?`,
        { app: app.id },
      ),
    )
  }
  return findings
}

/**
 * Whether a build of the app goes to a mainland store: not a channel package whose channel maps, under
 * release.channels, to a store outside mainland China.
 */
export function boundForMainland(owner: AppScope, artifact: ArtifactIdentity): boolean {
  const store = channelStoreOf(owner.app, artifact)
  return !(store !== undefined && findStore(store)?.mainland === false)
}

/** The store every channel mark of a channel APK maps to, or undefined (no channel, or marks that disagree). */
function channelStoreOf(app: AppDeclaration, artifact: ArtifactIdentity): string | undefined {
  const names =
    artifact.channelMarks?.map((mark) => mark.name) ??
    (artifact.channel !== undefined ? [artifact.channel] : [])
  const stores = new Set(names.map((name) => channelStore(app, name)))
  return stores.size === 1 ? [...stores][0] : undefined
}

function unmatchedArtifact(context: RuleContext, artifact: ArtifactIdentity): Finding {
  const key = IDENTITY_KEYS[artifact.platform]
  const candidates = context.judged.filter((s) => filedIdentity(s.app, artifact.platform) !== undefined)
  const declared = candidates
    .map((s) => `${filedIdentity(s.app, artifact.platform)} (${s.app.id})`)
    .join(', ')
  if (context.judged.length === 0) {
    return report(
      'notice',
      `${artifact.file} (${artifact.id}) matches no declared app; no mainland store is in scope, so it is not checked.`,
    )
  }
  const only = candidates.length === 1 ? candidates[0] : undefined
  return report(
    'error',
    `${artifact.file} is ${artifact.platform} ${key} ${artifact.id}, which no declared app files${declared ? ` (declared: ${declared})` : ''}. An app with an unfiled identity cannot be distributed in mainland China: build it with the filed ${key}, or declare and file this app.`,
    only
      ? { app: only.app.id, location: appLocation(context, only, ['platforms', artifact.platform, key]) }
      : {},
  )
}
