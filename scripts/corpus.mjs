#!/usr/bin/env node
/**
 * Measures source-identity on real projects (issue 8). For each project of a local corpus folder
 * (public repositories brought onto the machine and extracted, never committed), it writes the
 * project's true declaration, runs `check`, then mutates one character of each filed id (one
 * platform at a time) and checks that an error lands at the line that sets the id in the shipped
 * module. Prints a Markdown table (and the time each check took).
 *
 *   npm run package && node scripts/corpus.mjs /work/corpus [project ...]
 *
 * The truth below is what each project's release build ships (read from its build files by hand);
 * `at` is the file:line where the id is written in the shipped module.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const CLI = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'cli.js')
const CONFIG = '.cfg-corpus.yml'
const MD5 = 'FC66866CD3CAB411048C250AE8140348'

/** @type {Record<string, { apps: { id: string, sources?: Record<string, unknown>, platforms: Record<string, { id: string, at: string }> }[] }>} */
const TRUTH = {
  'tuskyapp+Tusky': {
    apps: [
      { id: 'tusky', platforms: { android: { id: 'com.keylesspalace.tusky', at: 'app/build.gradle:19' } } },
    ],
  },
  'AntennaPod+AntennaPod': {
    apps: [
      { id: 'antennapod', platforms: { android: { id: 'de.danoeh.antennapod', at: 'app/build.gradle:9' } } },
    ],
  },
  'android+nowinandroid': {
    apps: [
      {
        id: 'nowinandroid',
        platforms: { android: { id: 'com.google.samples.apps.nowinandroid', at: 'app/build.gradle.kts:33' } },
      },
    ],
  },
  'element-hq+element-x-android': {
    apps: [
      {
        id: 'elementx',
        platforms: {
          android: { id: 'io.element.android.x', at: 'plugins/src/main/kotlin/config/BuildTimeConfig.kt:12' },
        },
      },
    ],
  },
  'mattermost+mattermost-mobile': {
    apps: [
      {
        id: 'mattermost',
        platforms: {
          android: { id: 'com.mattermost.rnbeta', at: 'android/app/build.gradle:113' },
          ios: { id: 'com.mattermost.rnbeta', at: 'ios/Mattermost.xcodeproj/project.pbxproj:2104' },
        },
      },
    ],
  },
  'Dimillian+IceCubesApp': {
    apps: [
      {
        id: 'icecubes',
        platforms: {
          ios: { id: 'com.thomasricouard.IceCubesApp', at: 'IceCubesApp.xcodeproj/project.pbxproj:1171' },
        },
      },
    ],
  },
  'home-assistant+iOS': {
    apps: [
      {
        id: 'homeassistant',
        platforms: { ios: { id: 'io.robbie.HomeAssistant', at: 'Configuration/HomeAssistant.xcconfig:13' } },
      },
    ],
  },
  'BlueBubblesApp+bluebubbles-app': {
    apps: [
      {
        id: 'bluebubbles',
        platforms: {
          android: { id: 'com.bluebubbles.messaging', at: 'android/app/build.gradle:140' },
          // Flutter: macos/Runner.xcodeproj (SDKROOT = macosx) builds the Mac app, not this one.
          ios: { id: 'com.example.bluebubbleMessages', at: 'ios/Runner.xcodeproj/project.pbxproj:484' },
        },
      },
    ],
  },
  // Two apps side by side without sources: (cp -al of the two projects under apps/).
  'monorepo-2apps': {
    apps: [
      {
        id: 'tusky',
        platforms: { android: { id: 'com.keylesspalace.tusky', at: 'apps/tusky/app/build.gradle:19' } },
      },
      {
        id: 'bluebubbles',
        platforms: {
          android: { id: 'com.bluebubbles.messaging', at: 'apps/bluebubbles/android/app/build.gradle:140' },
          ios: {
            id: 'com.example.bluebubbleMessages',
            at: 'apps/bluebubbles/ios/Runner.xcodeproj/project.pbxproj:484',
          },
        },
      },
    ],
  },
  'minliny+Reader-for-HarmonyOS': {
    apps: [
      { id: 'reader', platforms: { harmony: { id: 'com.minliny.reader', at: 'AppScope/app.json5:3' } } },
    ],
  },
  'dcloudio+hello-uniapp': {
    // manifest.json leaves mp-weixin.appid empty: in release mode that is "not set", not a mismatch.
    apps: [
      {
        id: 'hellouniapp',
        kind: 'mini-program',
        platforms: { wechat: { id: 'wx0123456789abcdef', at: 'manifest.json:105' } },
      },
    ],
  },
  'wechat-miniprogram+miniprogram-demo': {
    apps: [
      {
        id: 'demo',
        kind: 'mini-program',
        platforms: { wechat: { id: 'wxe5f52902cf4de896', at: 'project.config.json:77' } },
      },
    ],
  },
}

function platformYaml(platform, id) {
  if (platform === 'android')
    return `      android:\n        package: ${id}\n        certificate:\n          md5: ${MD5}`
  if (platform === 'ios')
    return `      ios:\n        bundleId: ${id}\n        certificate:\n          md5: ${MD5}`
  if (platform === 'harmony')
    return `      harmony:\n        bundleName: ${id}\n        certificate:\n          md5: ${MD5}`
  return `      ${platform}:\n        appId: ${id}`
}

function declaration(apps) {
  const lines = [
    'version: 1',
    'holder:',
    '  name: 上海示例网络科技有限公司',
    '  province: 沪',
    '  mainNumber: 沪ICP备2023012345号',
    'apps:',
  ]
  for (const app of apps) {
    lines.push(`  - id: ${app.id}`, '    name: 示例', `    kind: ${app.kind ?? 'app'}`)
    lines.push(
      '    filing:',
      '      number: 沪ICP备2023012345号-2A',
      '      status: approved',
      '      via: aliyun',
    )
    lines.push('    hosting:', '      - provider: aliyun', '        region: cn-shanghai')
    lines.push('    platforms:')
    for (const [platform, { id }] of Object.entries(app.platforms)) lines.push(platformYaml(platform, id))
    lines.push(`    stores: ${app.kind === 'mini-program' ? '[wechat]' : '[xiaomi]'}`)
    if (app.sources) lines.push(`    sources: ${JSON.stringify(app.sources)}`)
  }
  return `${lines.join('\n')}\n`
}

function check(dir, apps) {
  writeFileSync(path.join(dir, CONFIG), declaration(apps))
  const started = process.hrtime.bigint()
  const run = spawnSync(
    process.execPath,
    [CLI, 'check', '--config', CONFIG, '--mode', 'release', '--format', 'json', '--today', '2026-11-29'],
    { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  )
  const ms = Number(process.hrtime.bigint() - started) / 1e6
  rmSync(path.join(dir, CONFIG), { force: true })
  let report
  try {
    report = JSON.parse(run.stdout)
  } catch {
    throw new Error(`check in ${dir} printed no JSON (exit ${run.status}): ${run.stderr.slice(0, 500)}`)
  }
  const findings = report.findings.filter((f) => f.rule === 'source-identity')
  if (process.env.CORPUS_VERBOSE) console.error(JSON.stringify(report.findings).slice(0, 2000))
  return { ms, findings }
}

/** One character changed in the middle of the id (a letter to the next letter), keeping it valid. */
function mutate(id, platform) {
  const chars = [...id]
  // WeChat AppIDs are hex: change a digit so the mutated id still loads.
  const changeable = platform === 'wechat' ? /[0-8]/ : /[a-y]/
  for (let k = Math.floor(chars.length / 2); k < chars.length; k++) {
    if (changeable.test(chars[k])) {
      chars[k] = String.fromCharCode(chars[k].charCodeAt(0) + 1)
      return chars.join('')
    }
  }
  return `${id}x`
}

const [corpus = '/work/corpus', ...only] = process.argv.slice(2)
const rows = []
for (const [project, { apps }] of Object.entries(TRUTH)) {
  if (only.length > 0 && !only.includes(project)) continue
  const dir = path.join(corpus, project)
  if (!existsSync(dir)) continue
  const truth = check(dir, apps)
  const loud = truth.findings.filter((f) => f.severity !== 'notice')
  for (const [appIndex, app] of apps.entries()) {
    for (const [platform, filed] of Object.entries(app.platforms)) {
      const mutated = apps.map((a, k) =>
        k === appIndex
          ? { ...a, platforms: { ...a.platforms, [platform]: { ...filed, id: mutate(filed.id, platform) } } }
          : a,
      )
      const run = check(dir, mutated)
      const errors = run.findings.filter((f) => f.severity === 'error' && f.app === app.id)
      const places = errors.map((f) => `${f.file}:${f.line}`)
      if (process.env.CORPUS_VERBOSE)
        console.error(project, platform, JSON.stringify(run.findings.map((f) => [f.severity, f.message])))
      rows.push({
        project,
        platform,
        truth:
          loud.length === 0
            ? 'pass'
            : `${loud.length} error/warning: ${loud
                .map((f) => f.message)
                .join(' | ')
                .slice(0, 300)}`,
        notices: truth.findings.length - loud.length,
        mutation:
          errors.length === 0
            ? 'MISSED'
            : filed.at && places.includes(filed.at)
              ? `error at ${filed.at}`
              : `error at ${places.join(', ')}`,
        ms: Math.round(Math.max(truth.ms, run.ms)),
      })
    }
  }
}
console.log('| project | platform | true declaration | notices | one-character change | ms |')
console.log('|---|---|---|---|---|---|')
for (const r of rows)
  console.log(`| ${r.project} | ${r.platform} | ${r.truth} | ${r.notices} | ${r.mutation} | ${r.ms} |`)
