import { quoteExcerpt } from '../excerpt.js'
import type { Finding } from '../findings.js'
import { closestMatch } from '../declaration/suggest.js'
import { daysBetween } from '../china-time.js'
import { reporter, type Rule, type RuleMeta } from './rule.js'
import type { WaiverDeclaration } from '../declaration/schema.js'

const meta: RuleMeta = {
  id: 'waiver',
  description: 'A waiver needs a known rule, a known app, a reason and an expiry that has not passed.',
  defaultSeverity: 'error',
}
const report = reporter(meta)

/** Rules about the declaration itself or about waivers cannot be waived: a waiver cannot fix a broken file. */
export const UNWAIVABLE_RULES = ['declaration-syntax', 'declaration-schema', 'waiver']
/** How long before expiry a waiver gets a reminder. */
const REMINDER_DAYS = 14

/** Whether a waiver is in force on `today` (valid fields, not expired); the gate applies only these. */
export function waiverInForce(waiver: WaiverDeclaration, today: string): boolean {
  return (
    !!waiver.reason?.trim() &&
    waiver.expires !== undefined &&
    daysBetween(today, waiver.expires) >= 0 &&
    !UNWAIVABLE_RULES.includes(waiver.rule)
  )
}

export function createWaiverRule(knownRules: () => readonly string[]): Rule {
  return {
    meta,
    check(context) {
      const findings: Finding[] = []
      const appIds = context.declaration.data.apps.map((a) => a.id)
      const waivable = knownRules().filter((id) => !UNWAIVABLE_RULES.includes(id))
      ;(context.declaration.data.waivers ?? []).forEach((waiver, i) => {
        const at = (key: string) => ({
          ...(waiver.app && appIds.includes(waiver.app) ? { app: waiver.app } : {}),
          location: context.declaration.locate(['waivers', i, key]),
        })
        const name = `waivers[${i}] (${waiver.rule}${waiver.app ? ` for ${waiver.app}` : ''})`
        if (UNWAIVABLE_RULES.includes(waiver.rule)) {
          findings.push(
            report(
              'error',
              `${name}: ${waiver.rule} cannot be waived; fix the declaration instead.`,
              at('rule'),
            ),
          )
        } else if (!waivable.includes(waiver.rule)) {
          const near = closestMatch(waiver.rule, waivable)
          findings.push(
            report(
              'error',
              `${name}: unknown rule ${quoteExcerpt(waiver.rule)}.${near ? ` Did you mean "${near}"?` : ` Rules: ${waivable.join(', ')}.`}`,
              at('rule'),
            ),
          )
        }
        if (waiver.app !== undefined && !appIds.includes(waiver.app)) {
          const near = closestMatch(waiver.app, appIds)
          findings.push(
            report(
              'error',
              `${name}: unknown app ${quoteExcerpt(waiver.app)}.${near ? ` Did you mean "${near}"?` : ` Apps: ${appIds.join(', ')}.`}`,
              at('app'),
            ),
          )
        }
        if (!waiver.reason?.trim()) {
          findings.push(
            report(
              'error',
              `${name}: a waiver needs a reason (who accepted the risk and why, e.g. a ticket), so it is never silent. Add reason: …`,
              at(waiver.reason === undefined ? 'rule' : 'reason'),
            ),
          )
        }
        if (waiver.expires === undefined) {
          findings.push(
            report('error', `${name}: a waiver needs an expiry date. Add expires: YYYY-MM-DD.`, at('rule')),
          )
        } else {
          const left = daysBetween(context.today, waiver.expires)
          if (left < 0) {
            findings.push(
              report(
                'error',
                `${name}: expired on ${waiver.expires}, so it no longer applies. Fix the finding, or renew the waiver with a new date and reason.`,
                at('expires'),
              ),
            )
          } else if (left <= REMINDER_DAYS) {
            findings.push(
              report('notice', `${name}: expires in ${left} days (${waiver.expires}).`, at('expires')),
            )
          }
        }
      })
      return findings
    },
  }
}
