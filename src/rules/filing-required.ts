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

const KIND_WORDS: Readonly<Record<string, string>> = {
  app: 'apps',
  'mini-program': 'mini programs',
  'quick-app': 'quick apps',
}

export const filingRequired: Rule = {
  meta,
  check(context) {
    const findings: Finding[] = []
    for (const scope of context.apps) {
      const { app } = scope
      if (!scope.inScope) continue
      if (scope.mainlandStores.length === 0) {
        // With the run's stores, this says what the run uploads, not whether the app needs a filing:
        // the app may well list a mainland store of its own.
        const message = scope.storesOfRun
          ? `${app.id} goes to no mainland store in this run (${
              scope.stores.length
                ? `stores: ${scope.stores.join(', ')}`
                : `no store of this run distributes ${KIND_WORDS[app.kind] ?? app.kind}`
            }), so this run does not judge its filing.`
          : `${app.id} is not distributed in mainland China (stores: ${scope.stores.join(', ') || 'none'}); no filing is needed for it.`
        findings.push(
          report('notice', message, {
            app: app.id,
            location: appLocation(context, scope, ['stores'], 'key'),
          }),
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
