import { quoteExcerpt } from '../excerpt.js'
import type { Finding } from '../findings.js'
import { resolveProvince } from '../catalog/provinces.js'
import { parseMainNumber, type FilingNumber } from '../filing/number.js'
import { findStore } from '../catalog/stores.js'
import type { AppScope } from '../scope.js'
import { listSome } from '../artifacts/bounded-text.js'
import {
  appAt,
  appLocation,
  parsedFilingNumber,
  reporter,
  type Rule,
  type RuleContext,
  type RuleMeta,
} from './rule.js'

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

    // Every declared number is compared, not only those of the apps this run judges: a release of one
    // app must see that its number is also another app's, as a run over all apps does. Findings are
    // still about the judged apps alone.
    const judged = new Set(context.judged)
    const numbered: { scope: AppScope; number: FilingNumber; judged: boolean }[] = []
    for (const scope of context.apps) {
      // An app no mainland store distributes needs no filing: a global edition may carry its China
      // edition's number without holding a service of its own.
      if (!judged.has(scope) && !scope.app.stores.some((id) => findStore(id)?.mainland)) continue
      const raw = scope.app.filing.number
      const parsed = raw === undefined ? undefined : parsedFilingNumber(context, raw)
      if (parsed?.ok) numbered.push({ scope, number: parsed.number, judged: judged.has(scope) })
    }

    for (const { scope, number, judged } of numbered) {
      if (!judged) continue
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

    if (!mainNumber) findings.push(...oneMainNumberFindings(context, holder.name, numbered))
    findings.push(...sharedSequenceFindings(context, numbered))
    return findings
  },
}

type Numbered = { scope: AppScope; number: FilingNumber; judged: boolean }

/**
 * Without a declared main number, the apps' numbers must still agree on one. An app outside the
 * most common main number is the one to check; when no main number is the most common (one app
 * each, say), none can be singled out, and every judged app is.
 */
function oneMainNumberFindings(
  context: RuleContext,
  holderName: string,
  numbered: readonly Numbered[],
): Finding[] {
  const byMain = new Map<string, string[]>()
  for (const { scope, number } of numbered) {
    const ids = byMain.get(number.mainNumber)
    // Pushed, not copied: a copy per app made 1,000 apps half a million element copies.
    if (ids) ids.push(scope.app.id)
    else byMain.set(number.mainNumber, [scope.app.id])
  }
  if (byMain.size < 2) return []
  const groups = [...byMain.entries()].sort((a, b) => b[1].length - a[1].length)
  const majority = groups[0]![1].length > groups[1]![1].length ? groups[0]![0] : undefined
  const findings: Finding[] = []
  for (const { scope, number, judged } of numbered) {
    if (!judged || number.mainNumber === majority) continue
    const others = majority
      ? `other apps of ${holderName} use ${majority}`
      : `the apps of ${holderName} use ${groups.length} main numbers, none more than the others: ${listSome(
          groups.map(([main, ids]) => `${main} (${listSome(ids, ', ', 3)})`),
        )}`
    findings.push(
      report(
        'error',
        `${scope.app.id}: filing number ${number.raw} has main number ${number.mainNumber}, but ${others}. One holder has one main number: check which is right, and set holder.mainNumber.`,
        { app: scope.app.id, location: appLocation(context, scope, ['filing', 'number']) },
      ),
    )
  }
  return findings
}

/**
 * No two apps hold one service: a holder's websites, apps, mini programs and quick apps are numbered
 * in one sequence under its main number ("共用服务信息备案序列", HW-KB App备案咨询; domain §1.1), so
 * -2A and -2X cannot both be issued. Which of two apps is wrong cannot be told from the declaration,
 * so each judged app that shares its number is reported, naming the others.
 */
function sharedSequenceFindings(context: RuleContext, numbered: readonly Numbered[]): Finding[] {
  const bySequence = new Map<string, Numbered[]>()
  const sharing: Numbered[][] = []
  for (const entry of numbered) {
    const key = `${entry.number.mainNumber}-${entry.number.sequence}`
    const holders = bySequence.get(key)
    if (holders) holders.push(entry)
    else bySequence.set(key, [entry])
    sharing.push(holders ?? bySequence.get(key)!)
  }
  const findings: Finding[] = []
  for (let i = 0; i < numbered.length; i++) {
    const entry = numbered[i]!
    const holders = sharing[i]!
    if (!entry.judged || holders.length < 2) continue
    const { app } = entry.scope
    const others = holders.filter((h) => h !== entry)
    const same = others.filter((h) => h.number.raw === entry.number.raw)
    const named = listSome(
      others.map((h) =>
        h.number.raw === entry.number.raw ? h.scope.app.id : `${h.scope.app.id} (${h.number.raw})`,
      ),
      ', ',
    )
    findings.push(
      report(
        'error',
        same.length === others.length
          ? `${app.id}: filing number ${entry.number.raw} is also declared for ${named}. Each app has its own service number: copy each app's number from its filing notice. One filed app is declared once, with all its platforms under platforms: and all its release tags under release.tags.`
          : `${app.id}: filing number ${entry.number.raw} has sequence ${entry.number.sequence} under ${entry.number.mainNumber}, as ${named} ${others.length === 1 ? 'does' : 'do'}. A holder's websites, apps, mini programs and quick apps are numbered in one sequence, so no two of them share one: copy each app's number from its filing notice.`,
        { app: app.id, location: appLocation(context, entry.scope, ['filing', 'number']) },
      ),
    )
  }
  return findings
}
