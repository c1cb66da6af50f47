/**
 * Which apps a run judges, and for which stores (DESIGN §5). An app that is in scope but bound for
 * no mainland store is reported as such and skipped by the filing and hosting rules.
 */
import type { AppDeclaration, Declaration } from './declaration/schema.js'
import { findStore } from './catalog/stores.js'
import { tagGlobs, tagMatches } from './release/version.js'
import { UsageError } from './usage-error.js'
import { closestMatch } from './declaration/suggest.js'
import { STORES } from './catalog/stores.js'

export const MODES = ['release', 'pull-request', 'audit'] as const
export type Mode = (typeof MODES)[number]

export interface ScopeOptions {
  mode: Mode
  /** Explicit app ids (the `apps` input / --apps). */
  apps?: readonly string[]
  /** Where this run uploads (the `stores` input / --stores); else each app's own stores. */
  stores?: readonly string[]
  tag?: string
}

export interface AppScope {
  app: AppDeclaration
  /** Position in `apps:`, for locating keys. */
  index: number
  inScope: boolean
  /** Why an app is out of scope, for the report. */
  reason?: string
  /** The stores this run judges the app for. */
  stores: string[]
  /** True when `stores` are the run's (the stores input / --stores), not the app's own. */
  storesOfRun?: true
  /**
   * The artifacts of a release that are this app's builds, when the release judges the app only
   * because it ships them (its tags or the apps input did not select it).
   */
  shippedIn?: string[]
  /** The subset of `stores` that distributes in mainland China. */
  mainlandStores: string[]
}

export function resolveScope(declaration: Declaration, options: ScopeOptions): AppScope[] {
  const ids = declaration.apps.map((a) => a.id)
  for (const id of options.apps ?? []) {
    if (!ids.includes(id)) {
      const near = closestMatch(id, ids)
      throw new UsageError(
        `{input} names unknown app "${id}"${near ? `; did you mean "${near}"?` : ''} Declared apps: ${ids.join(', ')}`,
        'apps',
      )
    }
  }
  for (const id of options.stores ?? []) {
    if (!findStore(id)) {
      const near = closestMatch(
        id,
        STORES.map((s) => s.id),
      )
      throw new UsageError(
        `{input} names unknown store "${id}"${near ? `; did you mean "${near}"?` : ''} See the stores table in the README.`,
        'stores',
      )
    }
  }

  // Each scope written out whole rather than spread from a shared base: one object per app, on V8's
  // fast path for literals (issue 10).
  return declaration.apps.map((app, index): AppScope => {
    const stores = options.stores
      ? options.stores.filter((id) => findStore(id)?.kinds.includes(app.kind))
      : app.stores.slice()
    const mainlandStores = stores.filter((id) => findStore(id)?.mainland)
    const reason = outOfScopeReason(app, options)
    const storesOfRun = options.stores ? true : undefined
    if (reason !== undefined)
      return { app, index, inScope: false, reason, stores, mainlandStores, storesOfRun }
    return { app, index, inScope: true, stores, mainlandStores, storesOfRun }
  })
}

/** Why an app is out of this run's scope (the apps selected, or the release tag); undefined when it is in. */
function outOfScopeReason(app: AppDeclaration, options: ScopeOptions): string | undefined {
  if (options.apps && options.apps.length > 0) {
    return options.apps.includes(app.id) ? undefined : 'not among the apps selected (--apps / the apps input)'
  }
  if (options.mode === 'release' && options.tag !== undefined) {
    const globs = tagGlobs(app.release?.tags)
    if (!tagMatches(options.tag, globs))
      return `tag ${options.tag} does not match release.tags (${globs.join(', ')})`
  }
  return undefined
}
