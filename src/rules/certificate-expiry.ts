import type { Finding } from '../findings.js'
import { chinaDateOf, daysBetween } from '../china-time.js'
import type { ArtifactIdentity, SignerInfo } from '../artifacts/types.js'
import { artifactOwner } from './artifact-identity.js'
import { appLocation, reporter, type Rule, type RuleContext, type RuleMeta } from './rule.js'

const meta: RuleMeta = {
  id: 'certificate-expiry',
  description:
    'An iOS build signed by an expired distribution certificate cannot be uploaded; an iOS or HarmonyOS certificate about to expire will change the filed identity when it is renewed.',
  defaultSeverity: 'error',
}
const report = reporter(meta)

/** The default of the `certificate-expiry-days` input and `--certificate-expiry-days` flag. */
export const DEFAULT_CERTIFICATE_EXPIRY_DAYS = 30

/**
 * The filing records the signing certificate ([登记表], [HW-KB] doc_0121: iOS the distribution certificate's SHA-1,
 * HarmonyOS its fingerprint). An Apple distribution certificate lasts one year and App Store Connect
 * refuses builds signed by an expired one; HarmonyOS release certificates expire too. Renewing either
 * yields a new certificate, so new fingerprints, which the filing must then record: a change of the
 * signing key is treated as needing a 变更备案 (inferred: the filing records the key), and changes are applied for 30
 * days in advance ([HW-KB] doc_0195) — hence the 30-day default warning window.
 * Android does not enforce certificate validity (apksigner and the package manager ignore it; Google
 * recommends 25+ years), so there an expired certificate is only worth a notice.
 */
export const certificateExpiry: Rule = {
  meta,
  check(context) {
    const findings: Finding[] = []
    for (const result of context.artifacts?.results ?? []) {
      const artifact = result.identity
      if (!artifact) continue
      const owner = artifactOwner(context.judged, artifact)
      if (!owner) continue
      for (const signer of signersToJudge(artifact)) {
        const finding = judge(context, artifact, signer)
        if (finding) {
          findings.push({
            ...finding,
            app: owner.app.id,
            location: appLocation(context, owner, ['platforms', artifact.platform, 'certificate']),
          })
        }
      }
    }
    return findings
  },
}

/** The signer the filing records; when the reader cannot tell which one signed, all candidates. */
function signersToJudge(artifact: ArtifactIdentity): SignerInfo[] {
  const effective = artifact.signers[artifact.effectiveSigner]
  return effective ? [effective] : artifact.signers
}

/** The date (YYYY-MM-DD) in China Standard Time of a UTC instant: `today` is a CST date. */
export function chinaDate(iso: string): string {
  return chinaDateOf(Date.parse(iso))
}

function judge(context: RuleContext, artifact: ArtifactIdentity, signer: SignerInfo): Finding | undefined {
  const who = `${artifact.file} is signed by ${signer.subject} (SHA-1 ${signer.sha1})`
  if (signer.notAfter === undefined) return unknownValidity(context, artifact, who)
  const last = chinaDate(signer.notAfter)
  const left = daysBetween(context.today, last)
  const window = context.certificateExpiryDays ?? DEFAULT_CERTIFICATE_EXPIRY_DAYS

  if (artifact.platform === 'android') {
    if (left >= 0) return undefined
    return report(
      'notice',
      `${who}, whose certificate expired on ${last}. Android does not check signing-certificate validity (apksigner and devices ignore it), so the APK still installs and updates; keep signing with this key, because a new key would change the filed identity.`,
    )
  }
  const platform = artifact.platform === 'ios' ? 'iOS distribution' : 'HarmonyOS release'
  if (left < 0) {
    if (artifact.platform === 'ios') {
      return report(
        context.mode === 'release' ? 'error' : 'warning',
        `${who}, an ${platform} certificate that expired on ${last}: App Store Connect does not accept a build signed by an expired certificate. Re-sign with a valid distribution certificate; a new certificate has new fingerprints, so file a change (变更备案) and update the declared certificate.`,
      )
    }
    return report(
      'warning',
      `${who}, a ${platform} certificate that expired on ${last}. Re-sign with a valid certificate; a new certificate has new fingerprints, so file a change (变更备案) and update the declared certificate.`,
    )
  }
  if (left <= window) {
    return report(
      'warning',
      `${who}, ${artifact.platform === 'ios' ? 'an' : 'a'} ${platform} certificate that expires on ${last} (${left === 0 ? 'today' : `in ${left} day${left === 1 ? '' : 's'}`}, within certificate-expiry-days ${window}). Renewing it changes the certificate the filing records: plan the filing amendment (变更备案), applied for 30 days in advance, before you renew.`,
    )
  }
  return undefined
}

/**
 * A certificate whose validity times cannot be read (a form neither RFC 5280 nor OpenSSL's parser
 * allows): whether it has expired is unknown. For iOS, where an expired certificate stops the upload,
 * a release fails closed; Android ignores validity.
 */
function unknownValidity(context: RuleContext, artifact: ArtifactIdentity, who: string): Finding | undefined {
  if (artifact.platform === 'android') return undefined
  const severity = artifact.platform === 'ios' && context.mode === 'release' ? 'error' : 'warning'
  return report(
    severity,
    `${who}, whose certificate's validity period cannot be read, so whether it has expired is unknown. Read its dates with OpenSSL (for an IPA: \`codesign -d --extract-certificates Payload/<App>.app\`, then \`openssl x509 -inform DER -noout -dates -in codesign0\`). If OpenSSL reads them and they are current, waive certificate-expiry for this app with that reason and report the certificate to china-filing-gate; if it cannot, re-sign with a well-formed certificate.`,
  )
}
