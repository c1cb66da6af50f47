/**
 * What a detected module is for, from its path: the shipped app, or a sample/catalog/benchmark
 * module that builds its own (unfiled) id, and which app of a monorepo it belongs to. Used by the
 * source-identity rule (judge the shipped module, issue 8.2) and by `init` (write what ships, 7.9).
 */

/** Words that name modules that are not the shipped app (nowinandroid's `app-nia-catalog`). */
const SECONDARY_MODULE_WORDS = new Set([
  'sample',
  'samples',
  'catalog',
  'demo',
  'demos',
  'example',
  'examples',
  'benchmark',
  'benchmarks',
  'baselineprofile',
  'playground',
  'showcase',
  'testapp',
  'test',
  'tests',
  'sandbox',
])

export const pathSegments = (p: string) => p.split('/').filter((s) => s !== '' && s !== '.')

/** Whether a module path names a sample, catalog, demo or benchmark module. */
export function isSecondaryModule(module: string | undefined): boolean {
  if (!module) return false
  return pathSegments(module).some((segment) =>
    segment.split(/[-_.]|(?<=[a-z])(?=[A-Z])/).some((word) => SECONDARY_MODULE_WORDS.has(word.toLowerCase())),
  )
}

/** Folders that hold one platform of an app (`android/app`, `ios/Runner.xcodeproj`, `AppScope`). */
const PLATFORM_FOLDERS = /^(android|ios|app|harmony|ohos|entry|AppScope|miniprogram|.*\.xcodeproj)$/

/**
 * The folder of the app a module belongs to: the module path without its platform folders
 * (`apps/toot/android/app` → `apps/toot`, `ios/Chat.xcodeproj` → ``).
 */
export function appRootOf(module: string): string {
  const segments = pathSegments(module)
  while (segments.length > 0 && PLATFORM_FOLDERS.test(segments[segments.length - 1]!)) segments.pop()
  return segments.join('/')
}
