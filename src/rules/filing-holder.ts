import { quoteExcerpt } from '../excerpt.js'
import type { Finding } from '../findings.js'
import { resolveProvince } from '../catalog/provinces.js'
import { parseMainNumber, type FilingNumber } from '../filing/number.js'
import type { AppScope } from '../scope.js'
import { appAt, appLocation, parsedFilingNumber, reporter, type Rule, type RuleMeta } from './rule.js'

const meta: RuleMeta = {
  id: 'filing-holder',
  description:
    "Filing numbers must belong to the holder: the holder's province, its main number, one main number for all its apps, one service number per app.",
  defaultSeverity: 'error',
}
const report = reporter(meta)

/**
 * A holder files in the province where it is domiciled and gets one main (subject) number; each app's
 * service number extends it with -<seq><type> (MIIT-解读; Xiaomi-备案申诉; docs/sources.md). The province and holder of a filing
 * cannot be changed (HW-KB 备案变更咨询).
 */
export const filingHolder: Rule = {
  meta,
  check(context) {
    const findings: Finding[] = []
    const { holder } = context.declaration.data
    const province = resolveProvince(holder.province)
    if (province?.legacyAlias) {
      findings.push(
        report(
          'warning',
          `holder.province ${quoteExcerpt(holder.province)} is a legacy character; filing numbers use ${province.province.abbr} for ${province.province.english}. Write province: ${province.province.abbr}.`,
          { location: context.declaration.locate(['holder', 'province']) },
        ),
      )
    }
    const declaredMain = holder.mainNumber ? parseMainNumber(holder.mainNumber) : undefined
    const mainNumber = declaredMain?.ok ? declaredMain.number.mainNumber : undefined

    const numbered: { scope: AppScope; number: FilingNumber }[] = []
    for (const scope of context.judged) {
      const raw = scope.app.filing.number
      const parsed = raw === undefined ? undefined : parsedFilingNumber(context, raw)
      if (parsed?.ok) numbered.push({ scope, number: parsed.number })
    }

    for (const { scope, number } of numbered) {
      const otherProvince = province && number.currentProvince !== province.province.abbr
      const otherMain = mainNumber && number.mainNumber !== mainNumber
      // The place is prepared only for a finding: nearly every app agrees with its holder.
      if (!otherProvince && !otherMain) continue
      const at = appAt(context, scope, ['filing', 'number'])
      if (otherProvince) {
        findings.push(
          report(
            'error',
            `${scope.app.id}: filing number ${number.raw} was issued in ${number.province}, but the holder's province is ${province.province.abbr} (${province.province.english}). A holder files where it is domiciled: fix holder.province or the number.`,
            at,
          ),
        )
      }
      if (otherMain) {
        findings.push(
          report(
            'error',
            `${scope.app.id}: filing number ${number.raw} does not extend the holder's main number ${mainNumber}. An app's service number is the main number followed by -<seq><type>: check both.`,
            at,
          ),
        )
      }
    }

    // Without a declared main number, the apps' numbers must still agree on one.
    if (!mainNumber) {
      const byMain = new Map<string, string[]>()
      for (const { scope, number } of numbered) {
        const ids = byMain.get(number.mainNumber)
        // Pushed, not copied: a copy per app made 1,000 apps half a million element copies.
        if (ids) ids.push(scope.app.id)
        else byMain.set(number.mainNumber, [scope.app.id])
      }
      if (byMain.size > 1) {
        const [majority] = [...byMain.entries()].sort((a, b) => b[1].length - a[1].length)[0]!
        for (const { scope, number } of numbered) {
          if (number.mainNumber === majority) continue
          findings.push(
            report(
              'error',
              `${scope.app.id}: filing number ${number.raw} has main number ${number.mainNumber}, but other apps of ${holder.name} use ${majority}. One holder has one main number: check which is right, and set holder.mainNumber.`,
              { app: scope.app.id, location: appLocation(context, scope, ['filing', 'number']) },
            ),
          )
        }
      }
    }

    const firstUse = new Map<string, string>()
    for (const { scope, number } of numbered) {
      const earlier = firstUse.get(number.raw)
      if (earlier) {
        findings.push(
          report(
            'error',
            `${scope.app.id}: filing number ${number.raw} is also declared for ${earlier}. Each app has its own service number: copy this app's number from its filing notice.`,
            { app: scope.app.id, location: appLocation(context, scope, ['filing', 'number']) },
          ),
        )
      } else firstUse.set(number.raw, scope.app.id)
    }
    return findings
  },
}
