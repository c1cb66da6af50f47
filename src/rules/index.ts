/** The rule registry: the only list of rules. Reports, SARIF, docs and waivers all read it. */
import type { Rule, RuleContext } from './rule.js'
import type { Finding } from '../findings.js'
import { declarationSchema, declarationSyntax } from './declaration.js'
import { filingRequired } from './filing-required.js'
import { filingApproved } from './filing-approved.js'
import { filingNumberFormat } from './filing-number-format.js'
import { filingHolder } from './filing-holder.js'
import { filingChannel } from './filing-channel.js'
import { hostingMainland } from './hosting-mainland.js'
import { releaseVersion } from './release-version.js'
import { artifactIdentity } from './artifact-identity.js'
import { sourceIdentity } from './source-identity.js'
import { channelPackages } from './channel-packages.js'
import { certificateExpiry } from './certificate-expiry.js'
import { createWaiverRule } from './waiver.js'

export const RULES: readonly Rule[] = [
  declarationSyntax,
  declarationSchema,
  filingRequired,
  filingApproved,
  filingNumberFormat,
  filingHolder,
  filingChannel,
  hostingMainland,
  releaseVersion,
  artifactIdentity,
  channelPackages,
  certificateExpiry,
  sourceIdentity,
  createWaiverRule(() => RULES.map((r) => r.meta.id)),
]

export function findRule(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id)
}

export function runRules(context: RuleContext): Finding[] {
  return RULES.flatMap((rule) => rule.check?.(context) ?? [])
}
