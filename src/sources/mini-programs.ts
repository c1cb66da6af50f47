/**
 * Mini-program AppIDs.
 *
 * - WeChat `project.config.json` `appid`. WeChat DevTools also reads `project.private.config.json`
 *   next to it, whose settings take precedence over the shared file; when the AppID is changed in
 *   DevTools (Details > Basic info) while the private file has an `appid`, it is written there and
 *   the shared file keeps the old one (developers.weixin.qq.com/miniprogram/dev/devtools/
 *   projectconfig.html). So a private `appid` is the effective one; it is reported as variant
 *   `private`, and the scan marks the shared file's value as not the release one.
 * - Alipay `mini.project.json` (format 2: format, compileType, miniprogramRoot, pluginRoot,
 *   compileOptions, uploadExclude, assetsInclude, developOptions, pluginResolution, scripts;
 *   opendocs.alipay.com mini.project.json reference) has no AppID: the Alipay IDE binds a project to
 *   an app, and the `minidev` CLI takes `--app-id` on upload. Nothing is detected from it; a note says
 *   the declared Alipay AppID cannot be checked in the source tree.
 * - uni-app `manifest.json` (JSON with comments): `mp-weixin.appid` is the WeChat AppID the build
 *   writes into the generated project.config.json.
 */
import { Json5SyntaxError, json5Get, parseJson5, type Json5Node } from './json5.js'
import { LineIndex } from './text-position.js'
import type { DetectedSources, SourcePlatform } from './types.js'

function empty(): DetectedSources {
  return { identities: [], signing: [], unresolved: [], notes: [] }
}

/** Parses JSON/JSON5; on a syntax error, records a note and returns undefined. */
export function parseConfig(
  file: string,
  text: string,
  platform: SourcePlatform,
  result: DetectedSources,
): { root: Json5Node; lines: LineIndex } | undefined {
  const lines = new LineIndex(text)
  try {
    return { root: parseJson5(text), lines }
  } catch (error) {
    if (!(error instanceof Json5SyntaxError)) throw error
    const at = lines.position(error.offset)
    result.notes.push({
      kind: 'parse-error',
      file,
      platform,
      message: `${file}:${at.line}:${at.column}: ${error.message}; the file could not be read`,
    })
    return undefined
  }
}

function wechatAppId(
  file: string,
  text: string,
  path: string[],
  key: string,
  variant: string | undefined,
): DetectedSources {
  const result = empty()
  const parsed = parseConfig(file, text, 'wechat', result)
  const node = parsed && json5Get(parsed.root, path)
  if (!parsed || !node) return result
  const location = parsed.lines.locate(file, node.start, node.end)
  const common = {
    platform: 'wechat' as const,
    key,
    release: true,
    location,
    ...(variant ? { variant } : {}),
  }
  if (node.kind !== 'string') {
    result.unresolved.push({
      ...common,
      expression: text.slice(node.start, node.end),
      reason: `${key} is not a string`,
    })
  } else result.identities.push({ ...common, value: node.value }) // `touristappid`: not set (source-identity)
  return result
}

export function detectWeChatProjectConfig(file: string, text: string): DetectedSources {
  const isPrivate = /(^|\/)project\.private\.config\.json$/.test(file)
  return wechatAppId(file, text, ['appid'], 'appid', isPrivate ? 'private' : undefined)
}

/**
 * uni-app's `manifest.json` names each target's id: `mp-weixin.appid` (the WeChat AppID), and for
 * the native apps HBuilderX packs, `app-plus.distribute.android.packagename` and
 * `app-plus.distribute.ios.appid` (DCloud, "manifest.json 应用配置"). An empty string is "not set",
 * which the rule reports as such, never as a mismatch.
 */
export function detectUniAppManifest(file: string, text: string): DetectedSources {
  const result = wechatAppId(file, text, ['mp-weixin', 'appid'], 'mp-weixin.appid', undefined)
  const parsed = parseConfig(file, text, 'wechat', empty())
  if (!parsed) return result
  const native: [SourcePlatform, string[]][] = [
    ['android', ['app-plus', 'distribute', 'android', 'packagename']],
    ['ios', ['app-plus', 'distribute', 'ios', 'appid']],
  ]
  for (const [platform, keyPath] of native) {
    const node = json5Get(parsed.root, keyPath)
    if (node?.kind !== 'string') continue
    result.identities.push({
      platform,
      key: keyPath.join('.'),
      value: node.value,
      release: true,
      location: parsed.lines.locate(file, node.start, node.end),
    })
  }
  return result
}

/** Whether a `manifest.json` is uni-app's (not a web app manifest or a Chrome extension's). */
export function isUniAppManifest(text: string): boolean {
  return /"(mp-weixin|app-plus|uniStatistics|vueVersion)"\s*:/.test(text)
}

export function detectAlipayProject(file: string, _text: string): DetectedSources {
  const result = empty()
  result.notes.push({
    kind: 'no-identity',
    file,
    platform: 'alipay',
    message: `${file} holds no AppID: the Alipay IDE binds the project to an app and minidev takes --app-id when uploading, so the Alipay AppID cannot be checked in the source tree`,
  })
  return result
}
