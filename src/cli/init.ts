/**
 * `init`: detect the identities in the source tree and write a starter china-filing.yml. Everything
 * the tree cannot tell (holder, filing number, hosting, certificates) is a TODO that the gate rejects
 * until it is filled in, so a starter can never pass by accident.
 */
import { constants } from 'node:fs'
import { lstat, open } from '../promised-fs.js'
import path from 'node:path'
import { escapeControls } from '../excerpt.js'
import { ALIPAY_APP_ID, bundleId, packageName, WECHAT_APP_ID, type Pattern } from '../declaration/shape.js'
import { yamlScalar } from '../report/yaml-snippet.js'
import { scanSources } from '../sources/scan.js'
import { appRootOf, isSecondaryModule } from '../sources/module-roles.js'
import { isUnsetIdentity, WECHAT_TOURIST_APPID, type SourceIdentity } from '../sources/types.js'
import { UsageError } from '../usage-error.js'
import { EXIT, parse, type Io } from './program.js'

/** Variant names of what ships to users, and of what does not (dev, debug, staging builds). */
const SHIPPED_VARIANT = /(^|[^a-z])(prod|production|store|china|cn|release)/i
const NOT_SHIPPED_VARIANT = /dev|debug|staging|beta|alpha|test|internal|qa|nightly|snapshot/i

/** A detected identity that was not written, and why, for init's report. */
export interface LeftOut {
  identity: SourceIdentity
  reason: string
}

/** One app of the tree: its folder and the identity chosen per platform. */
export interface DetectedApp {
  root: string
  identities: Partial<Record<SourceIdentity['platform'], SourceIdentity>>
}

/** What the declaration accepts for each platform's id (the same patterns as its schema). */
const IDENTITY_SHAPES: Record<SourceIdentity['platform'], Pattern> = {
  android: packageName('an Android package name'),
  ios: bundleId('an iOS bundle id'),
  harmony: packageName('a HarmonyOS bundle name'),
  wechat: WECHAT_APP_ID,
  alipay: ALIPAY_APP_ID,
}

/**
 * Where an identity was found, `file:line` then its target and variant after `separator`: one line
 * with control characters escaped, since init writes it into a YAML comment and to the terminal.
 */
function foundAt(i: SourceIdentity, separator: string, close = ''): string {
  const variant = i.variant ? `${i.target ? `${i.target} ` : ''}${i.variant}` : undefined
  return escapeControls(
    `${i.location.file}:${i.location.line}${variant ? `${separator}${variant}${close}` : ''}`,
  )
}

function variantRank(identity: SourceIdentity): number {
  const name = `${identity.variant ?? ''}`
  const flavour = name.replace(/Release$/, '')
  let rank = identity.release ? 0 : 100
  if (NOT_SHIPPED_VARIANT.test(flavour)) rank += 10
  if (flavour === '' || SHIPPED_VARIANT.test(flavour)) rank -= 5
  return rank
}

/**
 * The apps of the tree and the identity that ships for each platform (issue 7.9): modules are
 * grouped by app folder (`apps/toot/android/app` and `apps/toot/ios` are one app); samples and
 * catalogs are left out; of an app's variants, the release/production one is written, the shortest
 * id on a tie (the base id, not a `.dev` suffix); extension targets (release: false) never are.
 */
export function selectApps(identities: SourceIdentity[]): { apps: DetectedApp[]; leftOut: LeftOut[] } {
  const leftOut: LeftOut[] = []
  const byRoot = new Map<string, SourceIdentity[]>()
  for (const identity of identities) {
    const module = identity.module ?? identity.location.file
    if (isSecondaryModule(module)) {
      leftOut.push({ identity, reason: 'a sample, catalog or benchmark module, not the shipped app' })
      continue
    }
    if (isUnsetIdentity(identity)) {
      const reason =
        identity.value === WECHAT_TOURIST_APPID
          ? "WeChat DevTools' placeholder for a project without an AppID (not set)"
          : 'the value is empty (not set)'
      leftOut.push({ identity, reason })
      continue
    }
    const root = appRootOf(module)
    byRoot.set(root, [...(byRoot.get(root) ?? []), identity])
  }
  const apps: DetectedApp[] = []
  for (const [root, found] of [...byRoot.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const app: DetectedApp = { root, identities: {} }
    for (const platform of ['android', 'ios', 'harmony', 'wechat', 'alipay'] as const) {
      const candidates = found.filter((i) => i.platform === platform)
      const shape = IDENTITY_SHAPES[platform]
      // Between equally shipped variants, a valid id before an invalid one, then the shortest.
      const invalid = (i: SourceIdentity) => (shape.pattern.test(i.value) ? 0 : 1)
      const ranked = [...candidates].sort(
        (a, b) =>
          variantRank(a) - variantRank(b) || invalid(a) - invalid(b) || a.value.length - b.value.length,
      )
      const chosen = ranked.find((i) => i.release) ?? ranked.find((i) => i.target === undefined)
      if (!chosen) {
        for (const other of candidates)
          leftOut.push({
            identity: other,
            reason: 'an embedded target (extension, widget, watch app) with its own id',
          })
        continue
      }
      // Only an id the declaration would accept is written: a crafted value must not reach the starter
      // file (it could add YAML of its own), and the gate would reject it anyway. Nor is another
      // variant's id written in its place: that would file the wrong build.
      const valid = invalid(chosen) === 0
      if (valid) app.identities[platform] = chosen
      else leftOut.push({ identity: chosen, reason: `not a valid id: ${shape.message}` })
      const shipped = chosen.variant ?? 'the release build'
      for (const other of candidates) {
        if (other === chosen || (valid && other.value === chosen.value)) continue
        leftOut.push({
          identity: other,
          reason:
            other.target && !other.release
              ? 'an embedded target (extension, widget, watch app) with its own id'
              : valid
                ? `another variant of the same app; ${shipped} was written`
                : `another variant of the same app; ${shipped}, the one that ships, has no valid id, so none was written`,
        })
      }
    }
    if (Object.keys(app.identities).length > 0) apps.push(app)
  }
  return { apps, leftOut }
}

function slug(text: string): string {
  return (
    text
      .split('.')
      .pop()!
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'app'
  )
}

/** The starter declaration for the apps selectApps chose. */
export function starterDeclaration(apps: readonly DetectedApp[]): string {
  const from = (i: SourceIdentity) => `# from ${foundAt(i, ' (', ')')}`
  const certificate = '          md5: TODO # run `china-filing inspect <release build>` and paste its values'
  const lines = [
    '# yaml-language-server: $schema=https://github.com/china-filing-gate/china-filing-gate/raw/main/schema/china-filing.schema.json',
    '# Starter written by `china-filing init`. Fill in every TODO: the gate rejects them until you do.',
    'version: 1',
    '',
    'holder:',
    '  name: TODO # the holder (主办者) exactly as filed',
    '  province: TODO # one-character abbreviation of the filing province, e.g. 沪',
    '',
    'apps:',
  ]
  const ids = new Set<string>()
  const uniqueId = (base: string) => {
    let id = base
    for (let k = 2; ids.has(id); k++) id = `${base}-${k}`
    ids.add(id)
    return id
  }
  for (const app of apps) {
    const { android, ios, harmony, wechat, alipay } = app.identities
    const nativeId = android ?? ios ?? harmony
    if (nativeId) {
      lines.push(
        `  - id: ${uniqueId(slug(nativeId.value))}`,
        '    name: TODO # the app name as filed',
        '    kind: app',
        '    filing:',
        '      number: TODO # e.g. 沪ICP备2023012345号-2A',
        '      status: approved # approved | pending | not-filed',
        '      via: TODO # the access provider that filed it, e.g. aliyun',
        '    hosting:',
        '      - provider: TODO # aliyun, tencent, huawei, aws, azure, baidu, volcengine',
        '        region: TODO # a mainland region, e.g. cn-shanghai',
        '    platforms:',
      )
      if (android)
        lines.push(
          '      android:',
          `        package: ${yamlScalar(android.value)} ${from(android)}`,
          '        certificate:',
          certificate,
        )
      if (ios)
        lines.push(
          '      ios:',
          `        bundleId: ${yamlScalar(ios.value)} ${from(ios)}`,
          '        certificate:',
          certificate.replace('md5', 'sha1'),
        )
      if (harmony)
        lines.push(
          '      harmony:',
          `        bundleName: ${yamlScalar(harmony.value)} ${from(harmony)}`,
          '        certificate:',
          certificate.replace('md5', 'sha256'),
        )
      lines.push('    stores: [TODO] # e.g. huawei-appgallery, xiaomi, app-store-cn')
    }
    for (const mini of [wechat, alipay].filter((m): m is SourceIdentity => m !== undefined)) {
      lines.push(
        `  - id: ${uniqueId(`${app.root ? `${slug(app.root.replace(/\//g, '.'))}-` : ''}${mini.platform}-mini-program`)}`,
        '    name: TODO # the mini program name as filed',
        '    kind: mini-program',
        '    filing:',
        '      number: TODO # a mini program number ends in X, e.g. 沪ICP备2023012345号-3X',
        '      status: approved',
        `      via: ${mini.platform}`,
        '    platforms:',
        `      ${mini.platform}:`,
        `        appId: '${mini.value}' ${from(mini)}`,
        `    stores: [${mini.platform}]`,
      )
    }
  }
  if (apps.length === 0) {
    lines.push(
      '  - id: TODO # no app identity was found in this tree; describe the app by hand',
      '    name: TODO',
      '    kind: app',
      '    filing: { number: TODO, status: approved, via: TODO }',
      '    hosting: [{ provider: TODO, region: TODO }]',
      '    platforms:',
      '      android: { package: TODO, certificate: { md5: TODO } }',
      '    stores: [TODO]',
    )
  }
  return `${lines.join('\n')}\n`
}

export async function initCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, 'init')
  if (positionals.length) throw new UsageError(`init takes no positional arguments (got "${positionals[0]}")`)
  const target = path.resolve(io.cwd, (values.config as string | undefined) ?? 'china-filing.yml')
  const shown = path.relative(io.cwd, target) || target
  const alreadyExists = () => new UsageError(`${shown} already exists; pass --force to overwrite it`)
  // lstat: a symbolic link (even a dangling one) counts as an existing file, never followed. This
  // only fails early, before the scan; the exclusive open below is what decides.
  const exists = await lstat(target).then(
    () => true,
    () => false,
  )
  if (exists && !values.force) throw alreadyExists()
  const scan = await scanSources(path.dirname(target), {})
  const { apps, leftOut } = selectApps(scan.identities)
  // O_NOFOLLOW: in a cloned, untrusted repository, a china-filing.yml symlink must not redirect the
  // write. O_EXCL without --force: a file that appeared during the scan is not overwritten.
  const handle = await open(
    target,
    constants.O_WRONLY |
      constants.O_CREAT |
      constants.O_NOFOLLOW |
      (values.force ? constants.O_TRUNC : constants.O_EXCL),
    0o644,
  ).catch((error: unknown) => {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EEXIST') throw alreadyExists()
    if (code === 'ELOOP')
      throw new UsageError(
        `${shown} is a symbolic link; init does not write through links. Remove the link first`,
      )
    throw error
  })
  try {
    await handle.writeFile(starterDeclaration(apps))
  } finally {
    await handle.close()
  }
  const describe = (i: SourceIdentity) => `${i.platform} ${escapeControls(i.value)} (${foundAt(i, ', ')})`
  const written = apps.flatMap((app) => Object.values(app.identities).map((i) => `  ${describe(i)}`))
  const left = leftOut.map(({ identity, reason }) => `  ${describe(identity)}: ${reason}`)
  const unread = (scan.unresolved ?? [])
    .filter((u) => u.release)
    .map((u) =>
      escapeControls(`  ${u.platform} ${u.key} at ${u.location.file}:${u.location.line}: ${u.reason}`),
    )
  io.stdout.write(
    [
      written.length
        ? `Wrote ${shown}, with the identities found: ${apps.length} app(s), from\n${written.join('\n')}`
        : `Wrote ${shown}; no app identity was found in the source tree`,
      ...(left.length ? [`Left out:\n${left.join('\n')}`] : []),
      ...(unread.length
        ? [`Not readable without the build (check these by hand):\n${unread.join('\n')}`]
        : []),
      `Fill in the TODOs, then run: china-filing check --config ${shown}`,
    ].join('\n') + '\n',
  )
  return EXIT.pass
}
