/**
 * Findings or artifacts by the app they belong to, grouped once for a report: a filter per app made
 * a report of a large failing declaration cost apps × findings.
 */
export function groupByApp<T extends { app?: string | null }>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    if (item.app === undefined || item.app === null) continue
    const group = groups.get(item.app)
    if (group) group.push(item)
    else groups.set(item.app, [item])
  }
  return groups
}
