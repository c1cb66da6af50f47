/**
 * The identity a filing records for each platform (登记表, HW-KB doc_0121; docs/sources.md): Android package name, iOS bundle
 * id, HarmonyOS bundle name, mini-program AppID. Where it sits in a declared app.
 */
import type { AppDeclaration } from './schema.js'
import type { AppScope } from '../scope.js'

export const IDENTITY_KEYS = {
  android: 'package',
  ios: 'bundleId',
  harmony: 'bundleName',
  wechat: 'appId',
  alipay: 'appId',
  douyin: 'appId',
  baidu: 'appKey',
  quickApp: 'package',
} as const

export type IdentityPlatform = keyof typeof IDENTITY_KEYS

/** The filed id of `app` on `platform`, or undefined when the app does not declare that platform. */
export function filedIdentity(app: AppDeclaration, platform: IdentityPlatform): string | undefined {
  const entry = app.platforms[platform] as Record<string, string> | undefined
  return entry?.[IDENTITY_KEYS[platform]]
}

/**
 * The app (of `scopes`, each holding one) whose filing records this built artifact's id on its
 * platform: the app the artifact is judged against. Two apps may record one id (a global build and a
 * China build of one package, signed with different keys): an app this run judges for a mainland
 * store comes first, so the China build is never waved through as the other app's; among several,
 * the one `prefer` picks (the app whose filed certificate signed it), else the first declared.
 */
export function ownerOf<T extends AppScope>(
  scopes: readonly T[],
  artifact: { platform: IdentityPlatform; id: string },
  prefer?: (scope: T) => boolean,
): T | undefined {
  const owners = scopes.filter((scope) => filedIdentity(scope.app, artifact.platform) === artifact.id)
  // An app judged only because the release ships one of its builds (shippedIn) is not preferred:
  // owners are decided as they were before the release took it in, so each build keeps its app.
  const judged = owners.filter(
    (scope) => scope.inScope && !scope.shippedIn && scope.mainlandStores.length > 0,
  )
  const candidates = judged.length > 0 ? judged : owners
  return (prefer && candidates.find(prefer)) ?? candidates[0]
}

/** `apps[0].platforms.android.package`: the key to name in a message. */
export function identityKeyPath(index: number, platform: IdentityPlatform): string {
  return `apps[${index}].platforms.${platform}.${IDENTITY_KEYS[platform]}`
}
