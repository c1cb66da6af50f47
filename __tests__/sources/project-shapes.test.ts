/**
 * source-identity on trees shaped like real projects (issue 8): each case is a class of defect seen
 * on a public repository (named in the test), rebuilt here with our own small files. The true
 * declaration must give no error or warning; a one-character change of a filed id must give an error
 * at the line that writes the id in the shipped module.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { runCheck } from '../../src/check.js'
import type { Finding } from '../../src/findings.js'
import { declarationYaml, positionOf } from '../helpers/declarations.js'

const MD5 = 'FC66866CD3CAB411048C250AE8140348'
const made: string[] = []
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })))
})

async function tree(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cfg-shapes-'))
  made.push(dir)
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true })
    await writeFile(path.join(dir, file), text)
  }
  return dir
}

interface App {
  id?: string
  kind?: string
  android?: string
  ios?: string
  wechat?: string
  sources?: string
}

function app(options: App): string {
  const lines = [
    `  - id: ${options.id ?? 'shop'}`,
    '    name: 示例',
    `    kind: ${options.kind ?? 'app'}`,
    '    filing:',
    '      number: 沪ICP备2023012345号-2A',
    '      status: approved',
    '      via: aliyun',
    '    hosting:',
    '      - provider: aliyun',
    '        region: cn-shanghai',
    '    platforms:',
  ]
  if (options.android)
    lines.push(
      `      android:\n        package: ${options.android}\n        certificate:\n          md5: ${MD5}`,
    )
  if (options.ios)
    lines.push(`      ios:\n        bundleId: ${options.ios}\n        certificate:\n          md5: ${MD5}`)
  if (options.wechat) lines.push(`      wechat:\n        appId: ${options.wechat}`)
  lines.push(`    stores: ${options.kind === 'mini-program' ? '[wechat]' : '[xiaomi]'}`)
  if (options.sources) lines.push(`    sources:\n${options.sources}`)
  return lines.join('\n')
}

async function check(
  files: Record<string, string>,
  apps: App[],
  mode: 'audit' | 'release' = 'release',
): Promise<Finding[]> {
  const dir = await tree({ ...files, 'china-filing.yml': declarationYaml(apps.map(app)) })
  const result = await runCheck({
    workspace: dir,
    config: 'china-filing.yml',
    mode,
    failOn: 'error',
    today: '2026-11-29',
    confine: true,
  })
  return result.findings.filter((f) => f.rule === 'source-identity')
}

const loud = (findings: Finding[]) => findings.filter((f) => f.severity !== 'notice')
const errorsAt = (findings: Finding[]) =>
  findings
    .filter((f) => f.severity === 'error')
    .map((f) => `${f.app}@${f.location?.file}:${f.location?.line}`)

function lineOf(text: string, needle: string): number {
  return positionOf(text, needle).line
}

// ---------------------------------------------------------------------------------------------------

const RN_GRADLE = `apply plugin: "com.android.application"

android {
    namespace "com.example.chat"
    defaultConfig {
        applicationId "com.example.chat"
        versionCode 1
    }
}
`
const pbxproj = (bundleId: string, sdk = 'iphoneos', target = 'Chat') => `// !$*UTF8*$!
{
	archiveVersion = 1;
	objectVersion = 56;
	objects = {
		T1 = {
			isa = PBXNativeTarget;
			buildConfigurationList = L1;
			name = ${target};
			productType = "com.apple.product-type.application";
		};
		L1 = {
			isa = XCConfigurationList;
			buildConfigurations = (C1, C2);
		};
		C1 = {
			isa = XCBuildConfiguration;
			buildSettings = {
				PRODUCT_BUNDLE_IDENTIFIER = "${bundleId}.debug";
			};
			name = Debug;
		};
		C2 = {
			isa = XCBuildConfiguration;
			buildSettings = {
				PRODUCT_BUNDLE_IDENTIFIER = "${bundleId}";
			};
			name = Release;
		};
		P1 = {
			isa = PBXProject;
			buildConfigurationList = L2;
			targets = (T1);
		};
		L2 = {
			isa = XCConfigurationList;
			buildConfigurations = (C3);
		};
		C3 = {
			isa = XCBuildConfiguration;
			buildSettings = {
				SDKROOT = ${sdk};
			};
			name = Release;
		};
	};
	rootObject = P1;
}
`

describe('issue 8.1: an id is compared only with its own platform (mattermost-mobile shape)', () => {
  const files = {
    'android/app/build.gradle': RN_GRADLE,
    'ios/Chat.xcodeproj/project.pbxproj': pbxproj('com.example.chat'),
  }
  it('passes with the true declaration', async () => {
    expect(loud(await check(files, [{ android: 'com.example.chat', ios: 'com.example.chat' }]))).toEqual([])
  })
  it('a mistyped Android package is not masked by the same id filed for iOS', async () => {
    const findings = await check(files, [{ android: 'com.example.chas', ios: 'com.example.chat' }])
    expect(errorsAt(findings)).toEqual([
      `shop@android/app/build.gradle:${lineOf(RN_GRADLE, 'applicationId')}`,
    ])
  })
  it('a mistyped iOS bundle id is caught at the Release configuration, naming target and configuration', async () => {
    const findings = await check(files, [{ android: 'com.example.chat', ios: 'com.example.chas' }])
    expect(errorsAt(findings)).toEqual([
      `shop@ios/Chat.xcodeproj/project.pbxproj:${lineOf(files['ios/Chat.xcodeproj/project.pbxproj'], 'PRODUCT_BUNDLE_IDENTIFIER = "com.example.chat";')}`,
    ])
    expect(findings[0]!.message).toContain(
      'PRODUCT_BUNDLE_IDENTIFIER of target Chat (Release) is com.example.chat',
    )
  })
})

describe('issue 8.2 and 8.4: the shipped module, not a catalog sample (nowinandroid shape)', () => {
  const APP = `plugins {
    alias(libs.plugins.example.android.application)
}

android {
    defaultConfig {
        applicationId = "com.example.news"
    }
    buildTypes {
        debug {
            applicationIdSuffix = ExampleBuildType.DEBUG.applicationIdSuffix
        }
        release {
            applicationIdSuffix = ExampleBuildType.RELEASE.applicationIdSuffix
        }
    }
    namespace = "com.example.news"
}
`
  const CATALOG = `plugins {
    alias(libs.plugins.example.android.application)
}

android {
    defaultConfig {
        applicationId = "com.example.newscatalog"
    }
    namespace = "com.example.newscatalog"
}
`
  const BUILD_TYPE = `package com.example

/** Shared by :app and :benchmarks. */
enum class ExampleBuildType(val applicationIdSuffix: String? = null) {
    DEBUG(".debug"),
    RELEASE,
}
`
  const files = {
    'settings.gradle.kts':
      'pluginManagement { includeBuild("build-logic") }\ninclude(":app", ":app-news-catalog")\n',
    'app/build.gradle.kts': APP,
    'app-news-catalog/build.gradle.kts': CATALOG,
    'build-logic/convention/src/main/kotlin/com/example/ExampleBuildType.kt': BUILD_TYPE,
  }
  it('resolves the enum suffix from build-logic and passes, the catalog being a notice', async () => {
    const findings = await check(files, [{ android: 'com.example.news' }])
    expect(loud(findings)).toEqual([])
    expect(findings.map((f) => f.message)).toEqual([
      expect.stringContaining(
        'app-news-catalog/build.gradle.kts: applicationId (release) builds com.example.newscatalog, which is not filed',
      ),
    ])
  })
  it('a one-character change is an error at the app module, the catalog still a notice', async () => {
    const findings = await check(files, [{ android: 'com.example.nevs' }])
    expect(errorsAt(findings)).toEqual([`shop@app/build.gradle.kts:${lineOf(APP, 'applicationId = ')}`])
  })
  it('with an unresolvable suffix, a wrong literal base is still an error and a right one a notice', async () => {
    const unknown = {
      ...files,
      'app/build.gradle.kts': APP.replace('ExampleBuildType.RELEASE', 'Unknown.RELEASE'),
    }
    const right = await check(unknown, [{ android: 'com.example.news' }])
    expect(loud(right)).toEqual([])
    expect(right.map((f) => f.message)).toContainEqual(
      expect.stringContaining('cannot be read without running the build'),
    )
    const wrong = await check(unknown, [{ android: 'com.example.nevs' }])
    expect(errorsAt(wrong)).toEqual([`shop@app/build.gradle.kts:${lineOf(APP, 'applicationId = ')}`])
    expect(wrong.find((f) => f.severity === 'error')!.message).toContain(
      'the base applicationId is com.example.news and only the suffix (Unknown.RELEASE.applicationIdSuffix) is computed',
    )
  })
})

describe('issue 8.3: without applicationId the namespace is the id (AntennaPod shape)', () => {
  const APP = `plugins {
    id('com.android.application')
}

android {
    namespace "de.example.podcast"
    buildTypes {
        debug {
            applicationIdSuffix ".debug"
        }
    }
}
`
  const LIBRARY = `plugins { id('com.android.library') }\nandroid { namespace "de.example.podcast.core" }\n`
  const files = { 'app/build.gradle': APP, 'core/build.gradle': LIBRARY }
  it('passes with the true declaration (the library namespace is not an app id)', async () => {
    expect(await check(files, [{ android: 'de.example.podcast' }])).toEqual([])
  })
  it('a changed namespace is an error at the namespace line', async () => {
    const findings = await check(files, [{ android: 'de.example.podcasu' }])
    expect(errorsAt(findings)).toEqual([`shop@app/build.gradle:${lineOf(APP, 'namespace')}`])
  })
})

describe('issue 8.4: constants a static reader resolves', () => {
  it("a final def of the script (Tusky's APP_ID), located where its literal is written", async () => {
    const APP = `plugins { id "com.android.application" }

final def APP_ID = "com.example.toot"

android {
    defaultConfig {
        applicationId APP_ID
    }
}
`
    expect(await check({ 'app/build.gradle': APP }, [{ android: 'com.example.toot' }])).toEqual([])
    const findings = await check({ 'app/build.gradle': APP }, [{ android: 'com.example.tooq' }])
    expect(errorsAt(findings)).toEqual([`shop@app/build.gradle:${lineOf(APP, 'final def')}`])
  })

  it('gradle.properties through project.property and an interpolated string', async () => {
    const APP = `plugins { id("com.android.application") }

android {
    defaultConfig {
        applicationId = "\${project.property("appIdBase")}.shop"
    }
}
`
    const files = {
      'app/build.gradle.kts': APP,
      'gradle.properties': 'org.gradle.jvmargs=-Xmx2g\nappIdBase=com.example\n',
      'settings.gradle.kts': '',
    }
    expect(await check(files, [{ android: 'com.example.shop' }])).toEqual([])
    expect(errorsAt(await check(files, [{ android: 'com.example.shoq' }]))).toEqual([
      `shop@app/build.gradle.kts:${lineOf(APP, 'applicationId')}`,
    ])
  })

  it('an ext constant of the root script, read as rootProject.ext.appId (React Native shape)', async () => {
    const ROOT = 'buildscript {\n    ext {\n        appId = "com.example.rn"\n    }\n}\n'
    const files = {
      'android/settings.gradle': "include ':app'\n",
      'android/build.gradle': ROOT,
      'android/app/build.gradle':
        'apply plugin: "com.android.application"\nandroid {\n    defaultConfig {\n        applicationId rootProject.ext.appId\n    }\n}\n',
    }
    expect(await check(files, [{ android: 'com.example.rn' }])).toEqual([])
    expect(errorsAt(await check(files, [{ android: 'com.example.rm' }]))).toEqual([
      'shop@android/build.gradle:3',
    ])
  })

  it("a const val of an included build's object (element-x's BuildTimeConfig), located in that file", async () => {
    const CONFIG =
      'package config\n\nobject BuildTimeConfig {\n    const val APPLICATION_ID = "io.example.x"\n}\n'
    const files = {
      'settings.gradle.kts': 'pluginManagement {\n    includeBuild("plugins")\n}\n',
      'app/build.gradle.kts': `plugins { id("com.android.application") }\n\nandroid {\n    defaultConfig {\n        applicationId = BuildTimeConfig.APPLICATION_ID\n    }\n}\n`,
      'plugins/src/main/kotlin/config/BuildTimeConfig.kt': CONFIG,
    }
    expect(await check(files, [{ android: 'io.example.x' }])).toEqual([])
    expect(errorsAt(await check(files, [{ android: 'io.example.y' }]))).toEqual([
      'shop@plugins/src/main/kotlin/config/BuildTimeConfig.kt:4',
    ])
  })

  it('an xcconfig named by baseConfigurationReference, with #include (IceCubesApp / home-assistant shape)', async () => {
    const project = pbxproj('$(BUNDLE_ID_PREFIX).Toots$(BUNDLE_ID_SUFFIX)')
      .replace(
        `			isa = XCBuildConfiguration;
			buildSettings = {
				PRODUCT_BUNDLE_IDENTIFIER = "$(BUNDLE_ID_PREFIX).Toots$(BUNDLE_ID_SUFFIX)";
			};
			name = Release;`,
        `			isa = XCBuildConfiguration;
			baseConfigurationReference = F1;
			buildSettings = {
				PRODUCT_BUNDLE_IDENTIFIER = "$(BUNDLE_ID_PREFIX).Toots$(BUNDLE_ID_SUFFIX)";
			};
			name = Release;`,
      )
      .replace(
        '		P1 = {',
        `		F1 = {
			isa = PBXFileReference;
			path = Toots.release.xcconfig;
			sourceTree = "<group>";
		};
		G1 = {
			isa = PBXGroup;
			children = (F1);
			path = Configuration;
			sourceTree = "<group>";
		};
		P1 = {`,
      )
    const SHARED = '// Shared settings\nBUNDLE_ID_PREFIX = com.example\n'
    const files = {
      'Toots.xcodeproj/project.pbxproj': project,
      'Configuration/Toots.release.xcconfig': '#include "Shared.xcconfig"\n',
      'Configuration/Shared.xcconfig': SHARED,
    }
    expect(loud(await check(files, [{ ios: 'com.example.Toots' }]))).toEqual([])
    const findings = await check(files, [{ ios: 'com.example.Tootz' }])
    expect(errorsAt(findings)).toEqual([
      `shop@Toots.xcodeproj/project.pbxproj:${lineOf(project, 'PRODUCT_BUNDLE_IDENTIFIER = "$(BUNDLE_ID_PREFIX).Toots$(BUNDLE_ID_SUFFIX)";')}`,
    ])
  })
})

describe('a suffix the filed id lacks is reported at the suffix (legado shape)', () => {
  const APP = `apply plugin: 'com.android.application'

android {
    defaultConfig {
        applicationId "io.legado.app"
    }
    buildTypes {
        release {
            applicationIdSuffix '.release'
        }
    }
}
`
  const files = { 'app/build.gradle': APP }

  it('passes the id with the suffix', async () => {
    expect(loud(await check(files, [{ android: 'io.legado.app.release' }]))).toEqual([])
  })

  it('filing the base is an error at the suffix, naming both parts', async () => {
    const findings = await check(files, [{ android: 'io.legado.app' }])
    expect(findings.map((f) => [f.severity, `${f.location?.file}:${f.location?.line}`, f.message])).toEqual([
      [
        'error',
        `app/build.gradle:${lineOf(APP, "applicationIdSuffix '.release'")}`,
        `app/build.gradle: applicationId (release) is io.legado.app.release (applicationId io.legado.app at app/build.gradle:${lineOf(APP, 'applicationId "io.legado.app"')} + applicationIdSuffix .release at app/build.gradle:${lineOf(APP, "applicationIdSuffix '.release'")}), but filing 沪ICP备2023012345号-2A records io.legado.app (apps[0].platforms.android.package). Build the shipped variant without the applicationIdSuffix .release, or file an amendment (变更备案) and update the declaration.`,
      ],
    ])
  })

  it('suffixes without a dot: the one past which the id stops being the filed one', async () => {
    const FLAVOURED = `apply plugin: 'com.android.application'

android {
    defaultConfig {
        applicationId "com.example.shop"
    }
    flavorDimensions "tier", "market"
    productFlavors {
        free {
            dimension "tier"
            applicationIdSuffix "free"
        }
        cn {
            dimension "market"
            applicationIdSuffix "cn"
        }
    }
    buildTypes {
        release {
            applicationIdSuffix ".release"
        }
    }
}
`
    const flavoured = { 'app/build.gradle': FLAVOURED }
    expect(loud(await check(flavoured, [{ android: 'com.example.shop.free.cn.release' }]))).toEqual([])
    const withoutRelease = await check(flavoured, [{ android: 'com.example.shop.free.cn' }])
    expect(errorsAt(withoutRelease)).toEqual([
      `shop@app/build.gradle:${lineOf(FLAVOURED, 'applicationIdSuffix ".release"')}`,
    ])
    expect(withoutRelease[0]!.message).toContain(
      'Build the shipped variant without the applicationIdSuffix .release, or',
    )
    const withoutMarket = await check(flavoured, [{ android: 'com.example.shop.free' }])
    expect(errorsAt(withoutMarket)).toEqual([
      `shop@app/build.gradle:${lineOf(FLAVOURED, 'applicationIdSuffix "cn"')}`,
    ])
    expect(withoutMarket[0]!.message).toContain(
      'Build the shipped variant without the applicationIdSuffix cn and the suffixes after it, or',
    )
  })

  it('a wrong base stays an error at the base', async () => {
    const findings = await check(files, [{ android: 'io.legado.apq.release' }])
    expect(errorsAt(findings)).toEqual([
      `shop@app/build.gradle:${lineOf(APP, 'applicationId "io.legado.app"')}`,
    ])
  })
})

describe('flavours registered without a block (Fossify Gallery shape)', () => {
  const APP = `plugins {
    alias(libs.plugins.android.application)
}

android {
    namespace = "org.fossify.gallery"
    defaultConfig {
        applicationId = project.property("APP_ID").toString()
    }
    flavorDimensions.add("licensing")
    productFlavors {
        register("foss")
        register("gplay")
    }
}
`
  const files = {
    'settings.gradle.kts': 'include(":app")\n',
    'app/build.gradle.kts': APP,
    'gradle.properties': 'APP_ID=org.fossify.gallery\n',
  }
  const shipped = '      android: { path: app/build.gradle.kts, variant: gplayRelease }'

  it('judges the declared variant gplayRelease', async () => {
    expect(loud(await check(files, [{ android: 'org.fossify.gallery', sources: shipped }]))).toEqual([])
  })

  it('a changed package is an error at the property that writes it', async () => {
    const findings = await check(files, [{ android: 'org.fossify.galery', sources: shipped }])
    expect(errorsAt(findings)).toEqual(['shop@gradle.properties:1'])
  })
})

describe('scripts that only declare or pass on the application plugin are no app module', () => {
  const APP =
    'plugins { id("com.android.application") }\nandroid {\n    defaultConfig { applicationId = "io.example.companion" }\n}\n'
  // home-assistant: the root script declares the plugin for the modules; mihon: build-logic registers
  // a convention plugin of that name; ClashMeta: the root applies it to its subprojects.
  const roots: Record<string, Record<string, string>> = {
    '.apply(false) in the root plugins block': {
      'build.gradle.kts': 'plugins {\n    alias(libs.plugins.android.application).apply(false)\n}\n',
    },
    'a convention plugin registered in build-logic': {
      'build-logic/convention/build.gradle.kts': `plugins { \`kotlin-dsl\` }
gradlePlugin {
    plugins {
        register("android-application") {
            id = "example.android.application"
            implementationClass = "AndroidApplicationConventionPlugin"
        }
    }
}
`,
    },
    'the plugin applied in subprojects { }': {
      'build.gradle.kts': `subprojects {
    apply(plugin = if (name == "app") "com.android.application" else "com.android.library")
}
`,
    },
  }
  it.each(Object.keys(roots))('%s', async (shape) => {
    const findings = await check({ 'app/build.gradle.kts': APP, ...roots[shape] }, [
      { android: 'io.example.companion' },
    ])
    expect(findings).toEqual([])
  })
})

describe('an xcconfig in a folder-synchronized group, as Xcode 16 names it (NetNewsWire shape)', () => {
  // Xcode 16 refers to it by the group and a path relative to it, not by a file reference.
  const project = pbxproj('$(ORGANIZATION_IDENTIFIER).NetNewsWire.iOS$(BUNDLE_ID_SUFFIX)')
    .replace(
      `			isa = XCBuildConfiguration;
			buildSettings = {
				PRODUCT_BUNDLE_IDENTIFIER = "$(ORGANIZATION_IDENTIFIER).NetNewsWire.iOS$(BUNDLE_ID_SUFFIX)";
			};
			name = Release;`,
      `			isa = XCBuildConfiguration;
			baseConfigurationReferenceAnchor = G1 /* xcconfig */;
			baseConfigurationReferenceRelativePath = NetNewsWire_iOSapp_target.xcconfig;
			buildSettings = {
			};
			name = Release;`,
    )
    .replace(
      '		P1 = {',
      `		G1 = {isa = PBXFileSystemSynchronizedRootGroup; explicitFileTypes = {}; explicitFolders = (common, ); path = xcconfig; sourceTree = "<group>"; };
		M1 = {
			isa = PBXGroup;
			children = (G1);
			sourceTree = "<group>";
		};
		P1 = {`,
    )
  const TARGET = [
    '#include "common/NetNewsWire_codesigning_common.xcconfig"',
    'PRODUCT_BUNDLE_IDENTIFIER = $(ORGANIZATION_IDENTIFIER).NetNewsWire.iOS$(BUNDLE_ID_SUFFIX)',
    '',
  ].join('\n')
  const files = {
    'NetNewsWire.xcodeproj/project.pbxproj': project,
    'xcconfig/NetNewsWire_iOSapp_target.xcconfig': TARGET,
    'xcconfig/common/NetNewsWire_codesigning_common.xcconfig': 'ORGANIZATION_IDENTIFIER = com.ranchero\n',
  }

  it('passes with the true declaration', async () => {
    expect(loud(await check(files, [{ ios: 'com.ranchero.NetNewsWire.iOS' }]))).toEqual([])
  })

  it('a changed bundle id is an error in the xcconfig that writes it', async () => {
    const findings = await check(files, [{ ios: 'com.ranchero.NetNewsWire.iOS-DEBUG' }])
    expect(errorsAt(findings)).toEqual([
      `shop@xcconfig/NetNewsWire_iOSapp_target.xcconfig:${lineOf(TARGET, 'PRODUCT_BUNDLE_IDENTIFIER')}`,
    ])
  })
})

describe('issue 8.5: a macOS target is not the iOS app (Flutter with macos/)', () => {
  const files = {
    'ios/Runner.xcodeproj/project.pbxproj': pbxproj('com.example.flutterapp', 'iphoneos', 'Runner'),
    'macos/Runner.xcodeproj/project.pbxproj': pbxproj('com.example.flutterapp.mac', 'macosx', 'Runner'),
  }
  it('passes with the iOS id filed', async () => {
    expect(await check(files, [{ ios: 'com.example.flutterapp' }])).toEqual([])
  })
  it('a wrong iOS bundle id is reported at the iOS project, never at the macOS one', async () => {
    const findings = await check(files, [{ ios: 'com.example.flutterapq' }])
    expect(errorsAt(findings)).toEqual([
      `shop@ios/Runner.xcodeproj/project.pbxproj:${lineOf(files['ios/Runner.xcodeproj/project.pbxproj'], 'PRODUCT_BUNDLE_IDENTIFIER = "com.example.flutterapp";')}`,
    ])
  })
})

describe('a watchOS app target ships inside the iOS app under its own id (home-assistant shape)', () => {
  const files = {
    'ios/App.xcodeproj/project.pbxproj': pbxproj('io.example.home', 'iphoneos', 'App'),
    'watch/Watch.xcodeproj/project.pbxproj': pbxproj('io.example.home.watchkitapp', 'watchos', 'WatchApp'),
  }
  it('is neither a mismatch nor a notice, and a wrong iOS id is caught only at the iOS target', async () => {
    expect(await check(files, [{ ios: 'io.example.home' }])).toEqual([])
    expect(errorsAt(await check(files, [{ ios: 'io.example.hone' }]))).toEqual([
      `shop@ios/App.xcodeproj/project.pbxproj:${lineOf(files['ios/App.xcodeproj/project.pbxproj'], 'PRODUCT_BUNDLE_IDENTIFIER = "io.example.home";')}`,
    ])
  })
})

describe('issue 8.6: monorepo attribution without sources:', () => {
  const gradle = (id: string) =>
    `plugins { id("com.android.application") }\nandroid {\n    defaultConfig {\n        applicationId = "${id}"\n    }\n}\n`
  const files = {
    'apps/toot/app/build.gradle.kts': gradle('com.example.toot'),
    'apps/bubbles/android/app/build.gradle.kts': gradle('com.example.bubbles'),
  }
  const both = (toot: string, bubbles: string) => [
    { id: 'toot', android: toot },
    { id: 'bubbles', android: bubbles },
  ]
  it('each app is judged on its own module only', async () => {
    expect(await check(files, both('com.example.toot', 'com.example.bubbles'))).toEqual([])
  })
  it("a typo in one app's package is an error for that app only, at its own module", async () => {
    expect(errorsAt(await check(files, both('com.example.tooq', 'com.example.bubbles')))).toEqual([
      'toot@apps/toot/app/build.gradle.kts:4',
    ])
    expect(errorsAt(await check(files, both('com.example.toot', 'com.example.bubblez')))).toEqual([
      'bubbles@apps/bubbles/android/app/build.gradle.kts:4',
    ])
  })
})

describe('issue 8.7: sources.android naming a folder finds the application module inside', () => {
  const APP = `apply plugin: "com.android.application"\nandroid {\n    defaultConfig {\n        applicationId "com.example.rn"\n    }\n}\n`
  const files = {
    'android/build.gradle': 'buildscript { dependencies { classpath("com.android.tools.build:gradle") } }\n',
    'android/settings.gradle': "include ':app'\n",
    'android/app/build.gradle': APP,
  }
  it('judges android/app/build.gradle', async () => {
    const sources = '      android: android'
    expect(await check(files, [{ android: 'com.example.rn', sources }])).toEqual([])
    expect(errorsAt(await check(files, [{ android: 'com.example.rm', sources }]))).toEqual([
      'shop@android/app/build.gradle:4',
    ])
  })
})

describe('issue 8.8: uni-app manifest.json', () => {
  const MANIFEST = `{
    "name" : "hello",
    "appid" : "__UNI__0000000",
    "app-plus" : {
        "distribute" : {
            "android" : {
                "packagename" : "com.example.uni"
            }
        }
    },
    "mp-weixin" : {
        "appid" : "",
        "setting" : { "urlCheck" : false }
    }
}
`
  it("a plugin's manifest.json under uni_modules is not the app's (yudao-mall-uniapp vendors uni-scss)", async () => {
    const app = MANIFEST.replace('"appid" : "",', '"appid" : "wx0123456789abcdef",')
    const files = { 'manifest.json': app, 'uni_modules/uni-scss/manifest.json': MANIFEST }
    expect(loud(await check(files, [{ kind: 'mini-program', wechat: 'wx0123456789abcdef' }]))).toEqual([])
    expect(errorsAt(await check(files, [{ kind: 'mini-program', wechat: 'wx0123456789abcdee' }]))).toEqual([
      `shop@manifest.json:${lineOf(app, '"appid" : "wx0123456789abcdef"')}`,
    ])
  })

  it('an empty mp-weixin.appid is "not set": a notice in audit, an error that says so in release', async () => {
    const apps = [{ kind: 'mini-program', wechat: 'wx0123456789abcdef' }]
    const audit = await check({ 'manifest.json': MANIFEST }, apps, 'audit')
    expect(audit.map((f) => [f.severity, f.message])).toEqual([
      [
        'notice',
        expect.stringMatching(
          /^manifest\.json: mp-weixin\.appid is not set \(empty\); .* records wx0123456789abcdef/,
        ),
      ],
    ])
    const release = await check({ 'manifest.json': MANIFEST }, apps, 'release')
    expect(release.map((f) => f.severity)).toEqual(['error'])
    expect(release[0]!.message).toContain('is not set (empty)')
    expect(release[0]!.message).not.toMatch(/is , but/)
  })

  it('"touristappid" is "not set" too: a notice in audit, an error that says so in release (Taro templates)', async () => {
    const CONFIG = '{\n  "miniprogramRoot": "dist/",\n  "appid": "touristappid"\n}\n'
    const files = { 'project.config.json': CONFIG }
    const apps = [{ kind: 'mini-program', wechat: 'wx0123456789abcdef' }]
    const message =
      'project.config.json: appid is "touristappid", WeChat DevTools\' placeholder for a project without an AppID: it is not set; filing 沪ICP备2023012345号-2A records wx0123456789abcdef (apps[0].platforms.wechat.appId). Set it to the filed id before a release.'
    expect((await check(files, apps, 'audit')).map((f) => [f.severity, f.message])).toEqual([
      ['notice', message],
    ])
    const release = await check(files, apps)
    expect(release.map((f) => [f.severity, f.message])).toEqual([['error', message]])
    expect(errorsAt(release)).toEqual([`shop@project.config.json:${lineOf(CONFIG, '"appid"')}`])
  })

  it('reads app-plus.distribute.android.packagename for the Android app', async () => {
    expect(await check({ 'manifest.json': MANIFEST }, [{ android: 'com.example.uni' }])).toEqual([])
    expect(errorsAt(await check({ 'manifest.json': MANIFEST }, [{ android: 'com.example.unj' }]))).toEqual([
      'shop@manifest.json:7',
    ])
  })
})

describe('issue 8.9: build types made with initWith and a declared shipped variant', () => {
  const APP = `plugins { id("com.android.application") }
android {
    defaultConfig {
        applicationId = "com.example.shop"
    }
    flavorDimensions += "env"
    productFlavors {
        create("prod") { dimension = "env" }
        create("dev") {
            dimension = "env"
            applicationIdSuffix = ".dev"
        }
    }
    buildTypes {
        create("staging") {
            initWith(getByName("release"))
            applicationIdSuffix = ".staging"
        }
    }
}
`
  const files = { 'app/build.gradle.kts': APP }
  it('without a declared variant, prodRelease is judged and devRelease is a notice', async () => {
    const findings = await check(files, [{ android: 'com.example.shop' }])
    expect(loud(findings)).toEqual([])
  })
  it('a declared variant prodStaging is the one judged', async () => {
    const sources = '      android:\n        path: app\n        variant: prodStaging'
    expect(loud(await check(files, [{ android: 'com.example.shop.staging', sources }]))).toEqual([])
    const findings = await check(files, [{ android: 'com.example.shop', sources }])
    // The filed id is the base: the suffix is what differs, and the error is there.
    expect(errorsAt(findings)).toEqual([
      `shop@app/build.gradle.kts:${lineOf(APP, 'applicationIdSuffix = ".staging"')}`,
    ])
    expect(findings.find((f) => f.severity === 'error')!.message).toContain(
      'applicationId (prodStaging) is com.example.shop.staging',
    )
  })

  // A variant the file does not declare used to leave every variant unjudged, so any declared id
  // passed (an audit on Tusky, element-x-android, nowinandroid): a typo, a debug build, or flavours
  // a plugin adds.
  it.each(['prodRelaese', 'prodDebug', 'gplayRelease'])(
    'a declared variant %s the file does not declare: an error in a release, a warning otherwise',
    async (variant) => {
      const sources = `      android:\n        path: app\n        variant: ${variant}`
      const message = `sources.android.variant "${variant}" is none of the release variants app/build.gradle.kts declares (prodRelease; devRelease; prodStaging; devStaging), so the application id was not checked`
      const release = await check(files, [{ android: 'com.evil.other', sources }])
      expect(release.filter((f) => f.severity === 'error').map((f) => f.message)).toEqual([
        expect.stringContaining(message),
      ])
      const audit = await check(files, [{ android: 'com.evil.other', sources }], 'audit')
      expect(audit.filter((f) => f.rule === 'source-identity').map((f) => [f.severity, f.message])).toEqual([
        ['warning', expect.stringContaining(message)],
      ])
    },
  )
})

// Firefox for Android (mozilla-mobile/fenix, app/build.gradle) configures release, beta and nightly
// with a closure composed with a template (`release releaseTemplate >> { … }`): the suffix in the
// block was dropped, so `org.mozilla` (no suffix) passed and the true `org.mozilla.firefox` failed.
describe('build types configured by a composed template closure (Firefox for Android shape)', () => {
  const APP = `apply plugin: 'com.android.application'

android {
    defaultConfig {
        applicationId "org.mozilla"
    }
    def releaseTemplate = {
        shrinkResources true
        minifyEnabled true
    }
    buildTypes {
        debug {
            applicationIdSuffix ".fenix.debug"
        }
        nightly releaseTemplate >> {
            applicationIdSuffix ".fenix"
        }
        beta releaseTemplate >> {
            applicationIdSuffix ".firefox_beta"
        }
        release releaseTemplate >> {
            applicationIdSuffix ".firefox"
        }
    }
}
`
  const files = { 'app/build.gradle': APP }

  it('passes the true release id, and fails the id without the suffix', async () => {
    expect(loud(await check(files, [{ android: 'org.mozilla.firefox' }]))).toEqual([])
    const findings = await check(files, [{ android: 'org.mozilla' }])
    // The filed id is the base: the suffix is what differs, and the error is there.
    expect(errorsAt(findings)).toEqual([
      `shop@app/build.gradle:${lineOf(APP, 'applicationIdSuffix ".firefox"')}`,
    ])
    expect(findings.find((f) => f.severity === 'error')!.message).toContain(
      'applicationId (release) is org.mozilla.firefox',
    )
  })

  it.each([
    ['beta', 'org.mozilla.firefox_beta'],
    ['nightly', 'org.mozilla.fenix'],
  ])(
    'judges the declared shipped build type %s, made from the template rather than initWith',
    async (variant, id) => {
      const sources = `      android:\n        path: app\n        variant: ${variant}`
      expect(loud(await check(files, [{ android: id, sources }]))).toEqual([])
      const findings = await check(files, [{ android: `${id}x`, sources }])
      expect(findings.find((f) => f.severity === 'error')!.message).toContain(
        `applicationId (${variant}) is ${id}`,
      )
    },
  )

  it('says the suffix cannot be read, rather than dropping it, when the template is not a closure of the script', async () => {
    // As for any suffix computed when Gradle runs: a literal base that matches is a notice naming
    // the unread part, one that does not is still an error.
    const other = APP.replace(
      'release releaseTemplate >> {\n            applicationIdSuffix ".firefox"\n',
      'release makeTemplate() >> {\n',
    )
    const findings = await check({ 'app/build.gradle': other }, [{ android: 'org.mozilla' }])
    expect(findings.map((f) => [f.severity, f.message])).toEqual([
      [
        'notice',
        expect.stringContaining(
          'applicationIdSuffix (release) is makeTemplate() >>, which cannot be read without running the build',
        ),
      ],
    ])
    expect(errorsAt(await check({ 'app/build.gradle': other }, [{ android: 'org.mozillb' }]))).toHaveLength(1)
  })
})

// codevoyager1984/alipay-mini-shop: mini.project.json holds no AppID, and a release passed with
// nothing said about the filed Alipay id (the note was dropped, and counted as a comparison).
describe('a project found without an id says so (alipay-mini-shop shape)', () => {
  it('is a notice naming the file, for a platform an app files', async () => {
    const findings = await check({ 'mini.project.json': '{ "format": 2, "compileType": "mini" }\n' }, [
      { id: 'mini', kind: 'mini-program', sources: undefined },
    ])
    expect(findings).toEqual([])
    const filed = await tree({
      'mini.project.json': '{ "format": 2, "compileType": "mini" }\n',
      'china-filing.yml': declarationYaml([
        app({ id: 'mini', kind: 'mini-program' })
          .replace('    stores: [wechat]', '    stores: [alipay]')
          .replace('    platforms:', '    platforms:\n      alipay:\n        appId: "2021003123456789"'),
      ]),
    })
    const result = await runCheck({
      workspace: filed,
      config: 'china-filing.yml',
      mode: 'release',
      failOn: 'error',
      today: '2026-11-29',
      confine: true,
    })
    expect(
      result.findings.filter((f) => f.rule === 'source-identity').map((f) => [f.severity, f.message]),
    ).toEqual([
      [
        'notice',
        'mini.project.json holds no AppID: the Alipay IDE binds the project to an app and minidev takes --app-id when uploading, so the Alipay AppID cannot be checked in the source tree; the filed Alipay mini program id was not compared with the sources.',
      ],
    ])
  })

  it('an Android application module that sets its id only where the gate cannot read it', async () => {
    const gradle = `plugins { id("com.android.application") }\nandroid {\n    compileSdk = 34\n}\n`
    const findings = await check({ 'app/build.gradle.kts': gradle }, [{ android: 'com.example.any' }])
    expect(findings.map((f) => [f.severity, f.message])).toEqual([
      ['notice', expect.stringContaining('app/build.gradle.kts sets no applicationId')],
    ])
  })
})
