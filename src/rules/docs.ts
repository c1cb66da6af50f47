/** Where a rule's documentation lives, for summaries, SARIF help URIs and `explain`. */
export const PROJECT_URL = 'https://github.com/china-filing-gate/china-filing-gate'

export function ruleDocsUrl(ruleId: string): string {
  return `${PROJECT_URL}/blob/main/docs/rules/${ruleId}.md`
}
