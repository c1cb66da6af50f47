/**
 * Evidence of what a run checked, for every report: each artifact read (path, the app it matched, its
 * identity, each signer's fingerprints and whether they are the filed certificate) and each source
 * identity found (file:line, platform, variant, value). A pass that names the APK it verified can be
 * trusted; a bare "0 errors" cannot (issue 7.4).
 */
import type { ArtifactFacts } from '../artifacts/facts.js'
import type { ArtifactPlatform, ArtifactType } from '../artifacts/types.js'
import type { SourceFacts } from '../sources/facts.js'
import type { SourcePlatform } from '../sources/types.js'
import type { AppScope } from '../scope.js'
import { artifactOwner, certificateMismatches } from '../rules/artifact-identity.js'
import { normalizeFingerprint } from '../artifacts/fingerprint.js'
import { truncate } from '../excerpt.js'

/**
 * Longest text evidence carries for one value (an id, a version, a subject, a source value): real
 * ones are far shorter, and a crafted 2 MiB value must not flow into every report.
 */
export const MAX_EVIDENCE_VALUE = 300

const bounded = (text: string) => truncate(text, MAX_EVIDENCE_VALUE)
const boundedOrNull = (text: string | null) => (text === null ? null : bounded(text))

export type FingerprintKey = 'md5' | 'sha1' | 'sha256'

export interface SignerEvidence {
  subject: string
  sha256: string
  sha1: string
  md5: string
  schemes: string[]
  /** The signer current devices verify, whose certificate the filing must record. */
  effective: boolean
  /**
   * Whether the signer carries every fingerprint declared for the matched app's platform; null when
   * there is nothing to compare with (no matched app, or no certificate declared).
   */
  matchesFiling: boolean | null
  /** The declared fingerprints this signer was compared with, e.g. { sha256: "AB…" }. */
  declared: Partial<Record<FingerprintKey, string>>
}

export interface ArtifactEvidence {
  /** Path relative to the workspace. */
  file: string
  /** The declared app whose filed identity the artifact carries; null when none does. */
  app: string | null
  type: ArtifactType | null
  platform: ArtifactPlatform | null
  id: string | null
  version: string | null
  build: string | null
  signers: SignerEvidence[]
  /** Why the artifact could not be read (the run fails closed on it). */
  error?: string
}

export interface SourceEvidence {
  file: string
  line: number
  column: number
  platform: SourcePlatform
  key: string
  variant: string | null
  value: string
  /** Whether this value is what a release build ships. */
  release: boolean
  /** The app whose `sources:` named the file; null for the auto-detected scan. */
  app: string | null
}

export interface Evidence {
  artifacts: ArtifactEvidence[]
  sources: SourceEvidence[]
}

export function collectEvidence(input: {
  artifacts: ArtifactFacts | undefined
  sources: SourceFacts | undefined
  apps: readonly AppScope[]
}): Evidence {
  return {
    artifacts: (input.artifacts?.results ?? []).map((result) => {
      const identity = result.identity
      if (!identity) {
        return {
          file: result.file,
          app: null,
          type: null,
          platform: null,
          id: null,
          version: null,
          build: null,
          signers: [],
          // Already bounded as a message (boundMessage) by the reader.
          error: result.error ?? 'cannot be read',
        }
      }
      const owner = artifactOwner(input.apps, identity)
      const certificate = owner?.app.platforms[identity.platform]?.certificate
      const declared: Partial<Record<FingerprintKey, string>> = {}
      for (const key of ['sha256', 'sha1', 'md5'] as const) {
        const value = certificate?.[key]
        if (value !== undefined) declared[key] = normalizeFingerprint(value)
      }
      return {
        file: result.file,
        app: owner?.app.id ?? null,
        type: identity.type,
        platform: identity.platform,
        id: bounded(identity.id),
        version: boundedOrNull(identity.version),
        build: boundedOrNull(identity.build),
        signers: identity.signers.map((signer, index) => ({
          subject: bounded(signer.subject),
          sha256: signer.sha256,
          sha1: signer.sha1,
          md5: signer.md5,
          schemes: signer.schemes,
          effective: index === identity.effectiveSigner,
          matchesFiling: certificate ? certificateMismatches(certificate, signer).length === 0 : null,
          declared,
        })),
      }
    }),
    sources: sourceEvidence(input.sources),
  }
}

function sourceEvidence(facts: SourceFacts | undefined): SourceEvidence[] {
  if (!facts) return []
  const scans = [
    ...Object.entries(facts.declared).map(([app, scan]) => ({ app, scan })),
    ...(facts.detected ? [{ app: null, scan: facts.detected }] : []),
  ]
  const seen = new Set<string>()
  const out: SourceEvidence[] = []
  for (const { app, scan } of scans) {
    for (const identity of scan.identities) {
      const entry: SourceEvidence = {
        file: identity.location.file,
        line: identity.location.line,
        column: identity.location.column,
        platform: identity.platform,
        key: bounded(identity.key),
        variant: boundedOrNull(identity.variant ?? null),
        value: bounded(identity.value),
        release: identity.release,
        app,
      }
      const key = JSON.stringify(entry)
      if (seen.has(key)) continue
      seen.add(key)
      out.push(entry)
    }
  }
  return out
}
