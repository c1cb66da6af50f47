/**
 * `inspect`: the values the filing form asks for (登记表, HW-KB doc_0121; docs/sources.md), per artifact, and a `platforms:`
 * snippet to paste into china-filing.yml. Android files record the certificate MD5 (签名MD5值) and the
 * public key (RSA modulus, per Alibaba's and UCloud's guides); iOS the distribution certificate's SHA-1;
 * HarmonyOS the certificate fingerprint. SHA-256 is added everywhere: it is the strongest identity.
 */
import { snippetYaml, type Snippet } from './yaml-snippet.js'
import type { ArtifactIdentity, ChannelScheme, SignerInfo } from '../artifacts/types.js'
import { guardLines, oneLine } from './stdout-guard.js'

const CHANNEL_TOOL: Record<ChannelScheme, string> = {
  walle: 'Walle',
  vasdolly: 'VasDolly',
  'vasdolly-v1': 'VasDolly v1',
  'meta-inf': 'marker file',
}

export type InspectEntry = { file: string; identity: ArtifactIdentity } | { file: string; error: string }

/** The JSON shape of DESIGN §6, plus build, notes and the filed-signer marker. */
export function toInspectJson(entries: readonly InspectEntry[]) {
  return entries.map((entry) => {
    if ('error' in entry) return { file: entry.file, error: entry.error }
    const a = entry.identity
    return {
      file: a.file,
      type: a.type,
      id: a.id,
      version: a.version,
      build: a.build,
      signers: a.signers.map((s, i) => ({
        subject: s.subject,
        md5: s.md5,
        sha1: s.sha1,
        sha256: s.sha256,
        publicKey: { algorithm: s.publicKey.algorithm, modulus: s.publicKey.modulus, spki: s.publicKey.spki },
        schemes: s.schemes,
        ...(s.minSdk !== undefined ? { minSdk: s.minSdk } : {}),
        ...(s.maxSdk !== undefined ? { maxSdk: s.maxSdk } : {}),
        ...(s.lineage ? { lineage: s.lineage } : {}),
        ...(s.notBefore !== undefined ? { notBefore: s.notBefore } : {}),
        ...(s.notAfter !== undefined ? { notAfter: s.notAfter } : {}),
        filed: i === a.effectiveSigner,
      })),
      ...(a.channel !== undefined ? { channel: a.channel, channelMarks: a.channelMarks ?? [] } : {}),
      notes: a.notes,
    }
  })
}

/** The certificate values to declare for a platform, from the signer the filing must record. */
function certificateSnippet(identity: ArtifactIdentity, signer: SignerInfo): Snippet {
  const publicKey = signer.publicKey.modulus ?? signer.publicKey.spki
  switch (identity.platform) {
    case 'ios':
      return { sha1: signer.sha1, sha256: signer.sha256 }
    case 'harmony':
      return { sha256: signer.sha256, md5: signer.md5 }
    default:
      return { md5: signer.md5, sha256: signer.sha256, publicKey }
  }
}

export function platformsSnippet(identity: ArtifactIdentity): Snippet | undefined {
  const signer = identity.signers[identity.effectiveSigner]
  if (!signer) return undefined
  const idKey =
    identity.platform === 'ios' ? 'bundleId' : identity.platform === 'harmony' ? 'bundleName' : 'package'
  return {
    platforms: {
      [identity.platform]: { [idKey]: identity.id, certificate: certificateSnippet(identity, signer) },
    },
  }
}

export function renderInspectText(entries: readonly InspectEntry[]): string {
  const out: string[] = []
  for (const entry of entries) {
    if ('error' in entry) {
      out.push(oneLine(entry.file), `  cannot be read: ${oneLine(entry.error)}`, '')
      continue
    }
    const a = entry.identity
    const idLabel = a.platform === 'ios' ? 'bundle id' : a.platform === 'harmony' ? 'bundle name' : 'package'
    out.push(`${oneLine(a.file)}  (${a.type.toUpperCase()})`)
    out.push(`  ${idLabel}: ${oneLine(a.id)}`)
    out.push(oneLine(`  version: ${a.version ?? '—'}${a.build ? ` (build ${a.build})` : ''}`))
    if (a.channel !== undefined) {
      const where = (a.channelMarks ?? []).map((m) => `${CHANNEL_TOOL[m.scheme]}: ${m.where}`).join('; ')
      out.push(oneLine(`  channel: ${a.channel}${where ? ` (${where})` : ''}`))
    }
    if (a.signers.length === 0) out.push('  signers: none — the artifact is not signed')
    a.signers.forEach((s, i) => {
      const filed = i === a.effectiveSigner ? '  ← the certificate the filing must record' : ''
      const sdk =
        s.minSdk !== undefined
          ? `, SDK ${s.minSdk}${s.maxSdk === undefined || s.maxSdk >= 0x7fffffff ? '+' : `–${s.maxSdk}`}`
          : ''
      out.push(`  signer #${i + 1} (${s.schemes.join(', ')}${sdk})${filed}`)
      out.push(`    subject:   ${oneLine(s.subject)}`)
      out.push(`    MD5:       ${s.md5}`)
      out.push(`    SHA-1:     ${s.sha1}`)
      out.push(`    SHA-256:   ${s.sha256}`)
      out.push(`    key:       ${s.publicKey.algorithm}`)
      // A DSA key has no modulus: its public value y stands where OpenSSL prints one.
      if (s.publicKey.modulus)
        out.push(
          `    ${s.publicKey.algorithm === 'DSA' ? 'y:        ' : 'modulus:  '} ${s.publicKey.modulus}`,
        )
      out.push(`    SPKI:      ${s.publicKey.spki}`)
      if (s.lineage?.length) out.push(`    lineage:   ${s.lineage.join(' → ')}`)
      if (s.notBefore !== undefined) out.push(`    notBefore: ${s.notBefore}`)
      if (s.notAfter !== undefined) out.push(`    notAfter:  ${s.notAfter}`)
    })
    for (const note of a.notes) out.push(`  note: ${oneLine(note)}`)
    const snippet = platformsSnippet(a)
    if (snippet) {
      out.push('  paste into china-filing.yml (under the app):')
      out.push(
        ...snippetYaml(snippet)
          .trimEnd()
          .split('\n')
          .map((l) => `    ${l}`),
      )
    }
    out.push('')
  }
  // Names and values come from inside the archive: no line of them may start a workflow command.
  return guardLines(out.join('\n'))
}
