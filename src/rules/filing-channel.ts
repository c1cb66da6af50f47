import { quoteExcerpt } from '../excerpt.js'
import type { Finding } from '../findings.js'
import { CLOUD_PROVIDERS, resolveProvider } from '../catalog/regions.js'
import { closestMatch } from '../declaration/suggest.js'
import { MINI_PROGRAM_PLATFORMS, STORES, storeNamedBy } from '../catalog/stores.js'
import { appAt, reporter, type Rule, type RuleMeta } from './rule.js'

const meta: RuleMeta = {
  id: 'filing-channel',
  description:
    'A mini program is filed through its own platform; an app through an access provider that hosts it (a mismatch warns).',
  defaultSeverity: 'error',
}
const report = reporter(meta)

const MAINLAND_STORE_IDS = STORES.filter((s) => s.mainland).map((s) => s.id)

/**
 * Mini programs and quick apps file through their platform; installed apps through the cloud access
 * provider that hosts their servers, which needs a mainland server (HW-KB 备案条件咨询; docs/sources.md).
 * Changing provider needs a 新增接入 with the new one.
 */
export const filingChannel: Rule = {
  meta,
  check(context) {
    const findings: Finding[] = []
    for (const scope of context.judged) {
      const { app } = scope
      const via = app.filing.via
      if (via === undefined || app.filing.status === 'not-filed') continue
      const at = appAt(context, scope, ['filing', 'via'])

      if (app.kind === 'mini-program') {
        const platforms = MINI_PROGRAM_PLATFORMS.filter((p) => app.platforms[p])
        // Read as a provider or store is: `WeChat` is the platform wechat.
        const platform = via.trim().toLowerCase()
        if (!platforms.includes(platform as (typeof platforms)[number])) {
          findings.push(
            report(
              'error',
              `${app.id}: a mini program is filed through the platform it runs on (${platforms.join(' or ')}), but filing.via is ${quoteExcerpt(via)}. Write filing.via: ${platforms[0]}${platforms[0] === 'wechat' ? ' (WeChat files through 微信公众平台 → ICP代备案)' : ''}.`,
              at,
            ),
          )
        }
        continue
      }
      if (app.kind !== 'app') continue

      const provider = resolveProvider(via)
      if (!provider) {
        const store = storeNamedBy(via)
        if (!store?.mainland) {
          // Suggested only from what via may name, and never the input itself (a store outside the
          // mainland is a known id, but no channel a filing goes through).
          const near = store
            ? undefined
            : closestMatch(via, [...CLOUD_PROVIDERS.map((p) => p.id), ...MAINLAND_STORE_IDS])
          const what = store
            ? `names ${store.name}, a store outside mainland China, which files nothing with MIIT`
            : `is neither a known access provider nor a mainland distribution platform${near ? ` (did you mean "${near}"?)` : ''}`
          findings.push(
            report(
              'notice',
              `${app.id}: filing.via ${quoteExcerpt(via)} ${what}. Write the provider the app was filed through, e.g. aliyun.`,
              at,
            ),
          )
        } else {
          findings.push(
            report(
              'notice',
              `${app.id}: filed via the distribution platform ${via}, not a cloud access provider. The Notice allows this, but whether the platform accepts an app hosted as declared needs a human review.`,
              at,
            ),
          )
        }
        continue
      }
      const hosting = app.hosting ?? []
      const providerOf = (h: { provider: string }) => resolveProvider(h.provider) ?? h.provider
      // Asked with some() rather than a mapped array: nearly every app is hosted where it was filed.
      if (hosting.length > 0 && !hosting.some((h) => providerOf(h) === provider)) {
        const hostedOn = hosting.map(providerOf)
        findings.push(
          report(
            'warning',
            `${app.id}: filed via ${via}, but hosted on ${[...new Set(hostedOn)].join(', ')}. The access provider that filed the app must host it: add a 接入备案 (新增接入) with the new provider, or correct filing.via / hosting.`,
            at,
          ),
        )
      }
    }
    return findings
  },
}
