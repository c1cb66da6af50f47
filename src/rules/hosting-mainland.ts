import { quoteExcerpt } from '../excerpt.js'
import type { Finding } from '../findings.js'
import {
  CLOUD_PROVIDERS,
  lookupRegion,
  outsideMainlandWhenUnknown,
  resolveProvider,
  suggestMainlandRegions,
} from '../catalog/regions.js'
import { storeNamedBy } from '../catalog/stores.js'
import { closestMatch } from '../declaration/suggest.js'
import { appAt, appLocation, reporter, type Rule, type RuleMeta } from './rule.js'

const meta: RuleMeta = {
  id: 'hosting-mainland',
  description:
    'An app must be hosted in a mainland-China region, judged by (provider, region); unknown providers and regions are denied.',
  defaultSeverity: 'error',
}
const report = reporter(meta)

/**
 * Filing through an access provider needs a mainland server; servers in non-mainland regions such as
 * Hong Kong "不需要进行ICP备案", i.e. they carry no filing (HW-KB 备案条件咨询; docs/sources.md). Region ids are ambiguous across providers
 * (ap-southeast-1 is Singapore on Alibaba, Hong Kong on Huawei), so the pair decides, and an id this
 * catalogue does not know is denied rather than guessed (docs/sources.md, "Cloud regions").
 *
 * Mini programs and quick apps are exempt: the filing form's network-access block is "小程序、快应用无需填写".
 *
 * An app filed through a mainland distribution platform (filing.via: a store) rather than a cloud
 * provider is the one exception the sources leave open: the Notice lets a platform submit, and whether
 * one files an app hosted outside the mainland is not confirmed ("an explicit escape hatch … that needs
 * human review", docs/sources.md). Its hosting outside the mainland warns, for that review, and a
 * release fails on it until the review is recorded as a waiver; filing-channel says the same of the
 * channel. Only a store that distributes the app's kind counts; the holder's own website files nothing.
 *
 * A mainland region no official list confirms (low confidence) warns; a release fails closed on it, as
 * on an unknown one, until someone confirms it and waives the finding with that as the reason.
 */
export const hostingMainland: Rule = {
  meta,
  check(context) {
    const findings: Finding[] = []
    for (const scope of context.judged) {
      const { app } = scope
      if (app.kind !== 'app') continue
      const platform = distributionPlatformFiledVia(app.filing.via, app.kind)
      // Outside the mainland: blocks, except for an app filed via a platform, which needs a human
      // review instead: a warning, and in a release an error until the review is recorded as a waiver.
      const outside = platform && context.mode !== 'release' ? 'warning' : 'error'
      const review = platform
        ? ` It was filed via the distribution platform ${platform}, not a cloud access provider, which needs a human review: confirm with ${platform} that it files an app hosted there and waive this finding with that as its reason, or host in mainland China.`
        : ''
      const hosting = app.hosting ?? []
      if (hosting.length === 0) {
        findings.push(
          report(
            'error',
            `${app.id}: no hosting declared. An app is filed through an access provider with a server in mainland China: add hosting: - { provider: aliyun, region: cn-shanghai } (your provider and region).`,
            { app: app.id, location: appLocation(context, scope, ['kind'], 'key') },
          ),
        )
        continue
      }
      // A loop rather than forEach: no closure per app; a passing entry (nearly all) allocates nothing
      // (issue 10).
      for (let i = 0; i < hosting.length; i++) {
        const entry = hosting[i]!
        if (entry.provider === 'self-hosted') {
          const at = { app: app.id, location: appLocation(context, scope, ['hosting', i, 'mainland']) }
          findings.push(
            entry.mainland
              ? report(
                  'notice',
                  `${app.id}: self-hosted in ${entry.location}; declared as mainland China. Keep the access provider's filing record in step with it.`,
                  at,
                )
              : report(
                  outside,
                  `${app.id}: self-hosted in ${entry.location}, outside mainland China. A filing goes through an access provider with servers in mainland China; servers outside it carry no ICP filing.${review || " Move the app's servers to a mainland region."}`,
                  at,
                ),
          )
          continue
        }
        const provider = resolveProvider(entry.provider)
        if (!provider) {
          const near = closestMatch(
            entry.provider,
            CLOUD_PROVIDERS.flatMap((p) => [p.id, ...p.aliases]),
          )
          findings.push(
            report(
              'error',
              `${app.id}: unknown hosting provider ${quoteExcerpt(entry.provider)}${near ? ` (did you mean "${near}"?)` : ''}. Known: ${CLOUD_PROVIDERS.map((p) => p.id).join(', ')}; for your own data centre write { provider: self-hosted, location: <city>, mainland: true }.`,
              { app: app.id, location: appLocation(context, scope, ['hosting', i, 'provider']) },
            ),
          )
          continue
        }
        const region = entry.region ?? ''
        const known = lookupRegion(provider, region)
        // A known mainland region with full confidence (nearly every entry) has nothing to report.
        if (known?.mainland && known.confidence !== 'low') continue
        const at = appAt(context, scope, ['hosting', i, 'region'])
        // Edit distances to every mainland region only for a finding that shows them (issue 10).
        const suggestions = known?.mainland ? [] : suggestMainlandRegions(provider, region)
        const suggest = suggestions.length
          ? ` Mainland ${provider} regions include ${suggestions.join(', ')}.`
          : ''
        const noMainland = ` ${provider} has no mainland region: host with a provider that does.`
        const whyOutside = known ? undefined : outsideMainlandWhenUnknown(provider)
        if (whyOutside) {
          // A provider whose mainland regions are all listed: an id it does not know is not one of them.
          findings.push(
            report(
              outside,
              `${app.id}: ${provider} ${quoteExcerpt(region)} is not a mainland region: ${whyOutside}. A filing goes through an access provider with servers in mainland China; servers outside it carry no ICP filing.${review || suggest || noMainland}`,
              at,
            ),
          )
        } else if (!known) {
          findings.push(
            report(
              outside,
              `${app.id}: region ${quoteExcerpt(region)} is not a known ${provider} region, so it cannot be shown to be in mainland China.${review || `${suggest} If it is a new mainland region, ask for it to be added to the catalogue, or waive this finding with a reason.`}`,
              at,
            ),
          )
        } else if (!known.mainland) {
          findings.push(
            report(
              outside,
              `${app.id}: ${provider} ${region} is ${known.name}, outside mainland China. A filing goes through an access provider with servers in mainland China; servers outside it carry no ICP filing.${review || suggest || noMainland}`,
              at,
            ),
          )
        } else {
          // A mainland region with low confidence: the only kind the early continue above lets through.
          // A release cannot show it is in the mainland, and fails closed (DESIGN §5).
          const failClosed = context.mode === 'release'
          findings.push(
            report(
              failClosed ? 'error' : 'warning',
              `${app.id}: ${provider} ${region} (${known.name}) is believed to be in mainland China, but no official region list confirms it. Confirm with ${provider}${
                failClosed
                  ? ': a release cannot go out on an unconfirmed region. Once confirmed, waive this finding with the confirmation as its reason, or host in a confirmed region.'
                  : '; a release fails on it until it is confirmed and this finding is waived with the confirmation as its reason.'
              }`,
              at,
            ),
          )
        }
      }
    }
    return findings
  },
}

/**
 * The mainland distribution platform an app was filed through (filing.via names a store, not a cloud
 * provider), as filing-channel reads it; undefined for a provider or anything else.
 */
function distributionPlatformFiledVia(via: string | undefined, kind: string): string | undefined {
  if (via === undefined || resolveProvider(via)) return undefined
  const store = storeNamedBy(via)
  // A mainland store that distributes this kind of app; the holder's own website is no platform.
  if (!store?.mainland || store.id === OWN_WEBSITE || !(store.kinds as readonly string[]).includes(kind))
    return undefined
  return store.id
}

/** The store id of distribution from the holder's own website: no platform files anything. */
const OWN_WEBSITE = 'direct-download-cn'
