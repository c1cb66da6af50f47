/**
 * The dates of the APP备案 regime (MIIT-解读, WeChat-备案; docs/sources.md):
 * - MIIT's explanation of the Notice is dated 2023-08-04 ([MIIT-解读]);
 * - apps in business before it had to file between 2023-09 and the end of March 2024, so by 2024-03-31,
 *   with inspections and takedowns from 2024-04-01 (jyu.edu.cn notice; WeChat);
 * - new apps must be filed before they go live, from 2023-09-01 (cloud-provider guides).
 */

import { daysBetween } from '../china-time.js'

export const NOTICE_DATE = '2023-08-04'
export const EXISTING_APP_DEADLINE = '2024-03-31'
export const NEW_APP_RULE_FROM = '2023-09-01'

export type FilingObligation =
  { kind: 'existing'; deadline: string; overdueDays: number } | { kind: 'new' } | { kind: 'unknown-launch' }

/** Which deadline applies to an app first live on `launchedOn`, judged on `today`. */
export function filingObligation(launchedOn: string | undefined, today: string): FilingObligation {
  if (launchedOn === undefined) return { kind: 'unknown-launch' }
  if (launchedOn < NOTICE_DATE) {
    return {
      kind: 'existing',
      deadline: EXISTING_APP_DEADLINE,
      overdueDays: Math.max(0, daysBetween(EXISTING_APP_DEADLINE, today)),
    }
  }
  return { kind: 'new' }
}

/** The sentence a user reads about their deadline. */
export function describeObligation(obligation: FilingObligation): string {
  switch (obligation.kind) {
    case 'existing':
      return obligation.overdueDays > 0
        ? `it was live before ${NOTICE_DATE}, so it had to be filed by ${EXISTING_APP_DEADLINE} (overdue by ${obligation.overdueDays} days; unfiled apps are taken down)`
        : `it was live before ${NOTICE_DATE}, so it must be filed by ${EXISTING_APP_DEADLINE}`
    case 'new':
      return 'an app that was not live before 2023-08-04 must be filed before it is distributed in mainland China'
    case 'unknown-launch':
      return 'it must be filed before it is distributed in mainland China (add launchedOn to see its deadline)'
  }
}
