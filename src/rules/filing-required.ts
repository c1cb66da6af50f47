import type { Finding } from '../findings.js'
import { describeObligation, filingObligation } from '../filing/timeline.js'
import { appLocation, reporter, type Rule, type RuleMeta } from './rule.js'

const meta: RuleMeta = {
  id: 'filing-required',
  description:
    'An app bound for a mainland store must be filed: status not-filed, or approved without a number, fails.',
  defaultSeverity: 'error',
}
const report = reporter(meta)

export const filingRequired: Rule = {
  meta,
  check(context) {
    const findings: Finding[] = []
    for (const scope of context.apps) {
      const { app } = scope
      if (!scope.inScope) continue
      if (scope.mainlandStores.length === 0) {
        const stores = scope.stores.length ? scope.stores.join(', ') : 'none in this run'
        findings.push(
          report(
            'notice',
            `${app.id} is not distributed in mainland China (stores: ${stores}); no filing is needed for it.`,
            {
              app: app.id,
              location: appLocation(context, scope, ['stores'], 'key'),
            },
          ),
        )
        continue
      }
      // The sentences are made only for a finding: nearly every app passes (issue 10).
      const where = () => `${app.id} is bound for ${scope.mainlandStores.join(', ')}`
      if (app.filing.status === 'not-filed') {
        const obligation = describeObligation(filingObligation(app.launchedOn, context.today))
        findings.push(
          report(
            'error',
            `${where()} but is not filed (APP备案): ${obligation}. File it through your access provider or platform, then set filing.status: approved and filing.number.`,
            { app: app.id, location: appLocation(context, scope, ['filing', 'status']) },
          ),
        )
      } else if (app.filing.status === 'approved' && !app.filing.number) {
        findings.push(
          report(
            'error',
            `${where()} and says its filing is approved, but filing.number is missing. Add the number MIIT issued (e.g. 沪ICP备2023012345号-2A).`,
            { app: app.id, location: appLocation(context, scope, ['filing', 'status']) },
          ),
        )
      }
    }
    return findings
  },
}
