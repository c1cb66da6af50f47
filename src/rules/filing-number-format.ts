import { quoteExcerpt } from '../excerpt.js'
import type { Finding } from '../findings.js'
import { parseMainNumber, placeholderReason, SERVICE_TYPE_KINDS, type ServiceType } from '../filing/number.js'
import { appAt, parsedFilingNumber, reporter, type Rule, type RuleMeta } from './rule.js'

const meta: RuleMeta = {
  id: 'filing-number-format',
  description:
    'A filing number must be well formed, carry the type letter of the app kind (A app, X mini program, K quick app), and not be a placeholder or carry a future year.',
  defaultSeverity: 'error',
}
const report = reporter(meta)

const LETTER_FOR_KIND: Record<string, ServiceType> = { app: 'A', 'mini-program': 'X', 'quick-app': 'K' }
const KIND_WORDS: Record<string, string> = {
  app: 'an app',
  'mini-program': 'a mini program',
  'quick-app': 'a quick app',
}

/**
 * 10-digit serials are YYYY + 6 digits, in use by 2018 (Public-numbers; docs/sources.md): a serial year after this year
 * cannot have been issued yet, so it is a typo (an error, DESIGN §4); before 2018 is only suspicious.
 */
const FIRST_TEN_DIGIT_YEAR = 2018

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

export const filingNumberFormat: Rule = {
  meta,
  check(context) {
    const findings: Finding[] = []
    const currentYear = Number(context.today.slice(0, 4))

    const mainNumber = context.declaration.data.holder.mainNumber
    if (mainNumber !== undefined) {
      const parsed = parseMainNumber(mainNumber)
      if (!parsed.ok) {
        findings.push(
          report(
            'error',
            `holder.mainNumber ${quoteExcerpt(mainNumber)}: ${parsed.problem}. ${parsed.hint}`,
            {
              location: context.declaration.locate(['holder', 'mainNumber']),
            },
          ),
        )
      }
    }

    for (const scope of context.judged) {
      const { app } = scope
      const raw = app.filing.number
      if (raw === undefined) continue
      const at = appAt(context, scope, ['filing', 'number'])
      const parsed = parsedFilingNumber(context, raw)
      if (!parsed.ok) {
        findings.push(
          report(
            'error',
            `${app.id}: filing number ${quoteExcerpt(raw)}: ${parsed.problem}. ${parsed.hint}`,
            at,
          ),
        )
        continue
      }
      const number = parsed.number
      const expected = LETTER_FOR_KIND[app.kind]!
      if (number.type === null) {
        findings.push(
          report(
            'error',
            `${app.id}: ${quoteExcerpt(raw)} is a website number (no type letter). ${capitalize(KIND_WORDS[app.kind]!)}'s service number ends in ${expected}, e.g. ${number.mainNumber}-${number.sequence ?? 1}${expected}; copy the app's own number from the filing notice.`,
            at,
          ),
        )
        continue
      }
      if (number.type !== expected) {
        findings.push(
          report(
            'error',
            `${app.id}: ${quoteExcerpt(raw)} ends in ${number.type}, the letter of ${KIND_WORDS[SERVICE_TYPE_KINDS[number.type]]}, but this is ${KIND_WORDS[app.kind]} (kind: ${app.kind}), whose number ends in ${expected}. Use this app's own filing number, or fix kind.`,
            at,
          ),
        )
      }
      const placeholder = placeholderReason(number)
      if (placeholder) {
        findings.push(
          report(
            'warning',
            `${app.id}: ${quoteExcerpt(raw)} ${placeholder}. Use the number MIIT issued for this app.`,
            at,
          ),
        )
      }
      if (number.legacyProvince) {
        findings.push(
          report(
            'warning',
            `${app.id}: ${quoteExcerpt(raw)} starts with the legacy character ${number.province}; current numbers use ${number.currentProvince}. Check the number on the filing notice (beian.miit.gov.cn).`,
            at,
          ),
        )
      }
      if (number.serial.length === 10 && number.serialYear !== null) {
        if (number.serialYear > currentYear) {
          findings.push(
            report(
              'error',
              `${app.id}: ${quoteExcerpt(raw)} has serial year ${number.serialYear}, after this year (${currentYear}): no such number can have been issued. A typo in the serial?`,
              at,
            ),
          )
        } else if (number.serialYear < FIRST_TEN_DIGIT_YEAR) {
          findings.push(
            report(
              'warning',
              `${app.id}: ${quoteExcerpt(raw)} has a 10-digit serial starting ${number.serialYear}; 10-digit serials start with their year, ${FIRST_TEN_DIGIT_YEAR} or later. Check the serial.`,
              at,
            ),
          )
        }
      }
    }
    return findings
  },
}
