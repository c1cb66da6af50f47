import type { Finding } from '../findings.js'
import { daysBetween } from '../china-time.js'
import { appLocation, reporter, type Rule, type RuleMeta } from './rule.js'

const meta: RuleMeta = {
  id: 'filing-approved',
  description:
    'A pending filing blocks a release (a warning on pull requests); an approval date cannot lie in the future.',
  defaultSeverity: 'error',
}
const report = reporter(meta)

export const filingApproved: Rule = {
  meta,
  check(context) {
    const findings: Finding[] = []
    for (const scope of context.judged) {
      const { app } = scope
      if (app.filing.status === 'pending') {
        // On a pull request the filing may well be approved before the release: warn, don't block.
        const severity = context.mode === 'pull-request' ? 'warning' : 'error'
        findings.push(
          report(
            severity,
            `${app.id}: the filing is pending, and an app may not be distributed in mainland China before its number is issued (the provincial bureau decides within 20 working days of a complete submission). When the number arrives, set filing.status: approved and filing.number.`,
            { app: app.id, location: appLocation(context, scope, ['filing', 'status']) },
          ),
        )
      }
      const approvedOn = app.filing.approvedOn
      if (approvedOn && daysBetween(context.today, approvedOn) > 0) {
        findings.push(
          report(
            'error',
            `${app.id}: filing.approvedOn ${approvedOn} is after today (${context.today}). Correct the date.`,
            {
              app: app.id,
              location: appLocation(context, scope, ['filing', 'approvedOn']),
            },
          ),
        )
      }
    }
    return findings
  },
}
