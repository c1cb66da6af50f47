import { readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import { detectGradle, readGradleModel } from '../../src/sources/gradle.js'
import { tokenizeGradle } from '../../src/sources/gradle-tokens.js'

const fixture = (rel: string) => readFileSync(new URL(`../fixtures/sources/${rel}`, import.meta.url), 'utf8')

/** `[variant, value, line, column, endColumn]` of each identity, in order. */
type Row = [string | undefined, string, number, number, number]
const rows = (file: string, text: string): Row[] =>
  detectGradle(file, text).identities.map((i) => [
    i.variant,
    i.value,
    i.location.line,
    i.location.column,
    i.location.endColumn!,
  ])

describe('Gradle applicationId forms', () => {
  const cases: { name: string; file: string; text: string; expected: Row[] }[] = [
    {
      name: 'Groovy command call, double quotes',
      file: 'build.gradle',
      text: 'android {\n  defaultConfig {\n    applicationId "com.example.shop"\n  }\n}\n',
      expected: [['release', 'com.example.shop', 3, 19, 37]],
    },
    {
      name: 'Groovy command call, single quotes',
      file: 'build.gradle',
      text: "android {\n  defaultConfig {\n    applicationId 'com.example.shop'\n  }\n}\n",
      expected: [['release', 'com.example.shop', 3, 19, 37]],
    },
    {
      name: 'Groovy assignment',
      file: 'build.gradle',
      text: 'android {\n  defaultConfig {\n    applicationId = "com.example.shop"\n  }\n}\n',
      expected: [['release', 'com.example.shop', 3, 21, 39]],
    },
    {
      name: 'method call form',
      file: 'build.gradle',
      text: 'android {\n  defaultConfig {\n    applicationId("com.example.shop")\n  }\n}\n',
      expected: [['release', 'com.example.shop', 3, 19, 37]],
    },
    {
      name: 'Java-style setter',
      file: 'build.gradle',
      text: 'android {\n  defaultConfig {\n    setApplicationId("com.example.shop")\n  }\n}\n',
      expected: [['release', 'com.example.shop', 3, 22, 40]],
    },
    {
      name: 'Kotlin assignment',
      file: 'build.gradle.kts',
      text: 'android {\n    defaultConfig {\n        applicationId = "com.example.shop"\n    }\n}\n',
      expected: [['release', 'com.example.shop', 3, 25, 43]],
    },
    {
      name: 'Kotlin raw string',
      file: 'build.gradle.kts',
      text: 'android {\n    defaultConfig {\n        applicationId = """com.example.shop"""\n    }\n}\n',
      expected: [['release', 'com.example.shop', 3, 25, 47]],
    },
    {
      name: 'dotted path at the top level',
      file: 'build.gradle.kts',
      text: 'android.defaultConfig.applicationId = "com.example.shop"\n',
      expected: [['release', 'com.example.shop', 1, 39, 57]],
    },
    {
      name: 'concatenated literals',
      file: 'build.gradle',
      text: 'android {\n  defaultConfig {\n    applicationId "com.example" + ".shop"\n  }\n}\n',
      expected: [['release', 'com.example.shop', 3, 19, 42]],
    },
    {
      name: 'line comments, block comments and nested Kotlin block comments are not settings',
      file: 'build.gradle.kts',
      text: [
        'android {',
        '    defaultConfig {',
        '        // applicationId = "com.example.line"',
        '        /* applicationId = "com.example.block" */',
        '        /* outer /* applicationId = "com.example.nested" */ applicationId = "com.example.still" */',
        '        applicationId = "com.example.shop" // applicationId = "com.example.trailing"',
        '    }',
        '}',
      ].join('\n'),
      expected: [['release', 'com.example.shop', 6, 25, 43]],
    },
    {
      name: 'a string that mentions applicationId is not a setting',
      file: 'build.gradle',
      text: [
        'android {',
        '  defaultConfig {',
        '    buildConfigField "String", "NOTE", "\\"applicationId \'com.example.fake\'\\""',
        '    applicationId "com.example.shop"',
        '  }',
        '}',
      ].join('\n'),
      expected: [['release', 'com.example.shop', 4, 19, 37]],
    },
    {
      name: 'the last assignment wins',
      file: 'build.gradle',
      text: 'android {\n  defaultConfig { applicationId "com.example.a" }\n  defaultConfig { applicationId "com.example.b" }\n}\n',
      expected: [['release', 'com.example.b', 3, 33, 48]],
    },
    {
      name: 'namespace is not the application id',
      file: 'build.gradle.kts',
      text: 'plugins { id("com.android.library") }\nandroid {\n    namespace = "com.example.shop"\n}\n',
      expected: [],
    },
    {
      name: 'applicationId outside android { } is ignored',
      file: 'build.gradle',
      text: 'ext { applicationId = "com.example.ext" }\nandroid { defaultConfig { applicationId "com.example.shop" } }\n',
      expected: [['release', 'com.example.shop', 2, 41, 59]],
    },
    {
      name: 'extensions.configure<ApplicationExtension> { } is the android block',
      file: 'build.gradle.kts',
      text: 'extensions.configure<com.android.build.api.dsl.ApplicationExtension> {\n  defaultConfig { applicationId = "com.example.shop" }\n}\n',
      expected: [['release', 'com.example.shop', 2, 35, 53]],
    },
    {
      name: 'settings inside if { } still apply',
      file: 'build.gradle',
      text: 'android {\n  defaultConfig {\n    if (true) {\n      applicationId "com.example.shop"\n    }\n  }\n}\n',
      expected: [['release', 'com.example.shop', 4, 21, 39]],
    },
  ]
  it.each(cases)('$name', ({ file, text, expected }) => {
    expect(rows(file, text)).toEqual(expected)
  })
})

describe('Gradle build types and flavours', () => {
  const cases: { name: string; file: string; text: string; expected: [string | undefined, string][] }[] = [
    {
      name: 'a debug-only suffix does not change the release id',
      file: 'build.gradle',
      text: 'android {\n  defaultConfig { applicationId "com.example.shop" }\n  buildTypes {\n    debug { applicationIdSuffix ".debug" }\n  }\n}\n',
      expected: [['release', 'com.example.shop']],
    },
    {
      name: 'a release suffix is appended, with a dot added when missing',
      file: 'build.gradle',
      text: 'android {\n  defaultConfig { applicationId "com.example.shop" }\n  buildTypes {\n    release { applicationIdSuffix "cn" }\n  }\n}\n',
      expected: [['release', 'com.example.shop.cn']],
    },
    {
      name: 'getByName("release") in Kotlin',
      file: 'build.gradle.kts',
      text: 'android {\n  defaultConfig { applicationId = "com.example.shop" }\n  buildTypes {\n    getByName("release") { applicationIdSuffix = ".cn" }\n  }\n}\n',
      expected: [['release', 'com.example.shop.cn']],
    },
    {
      name: 'named("release").configure { } and a chained call on the next line',
      file: 'build.gradle.kts',
      text: 'android {\n  defaultConfig { applicationId = "com.example.shop" }\n  buildTypes {\n    named("release")\n      .configure { applicationIdSuffix = ".cn" }\n  }\n}\n',
      expected: [['release', 'com.example.shop.cn']],
    },
    {
      name: 'buildTypes.all { } applies to release',
      file: 'build.gradle.kts',
      text: 'android {\n  defaultConfig { applicationId = "com.example.shop" }\n}\nandroid.buildTypes.all {\n  applicationIdSuffix = ".all"\n}\n',
      expected: [['release', 'com.example.shop.all']],
    },
    {
      name: 'flavours declared with register() and create()',
      file: 'build.gradle.kts',
      text: [
        'android {',
        '  defaultConfig { applicationId = "com.example.shop" }',
        '  productFlavors {',
        '    register("cn") { }',
        '    create("intl") { applicationIdSuffix = ".intl" }',
        '  }',
        '}',
      ].join('\n'),
      expected: [
        ['cnRelease', 'com.example.shop'],
        ['intlRelease', 'com.example.shop.intl'],
      ],
    },
    {
      // productFlavors.all { } configures every flavour; it is no flavour `*` of its own (a false pass:
      // cnRelease was judged without the suffix).
      name: 'productFlavors.all { } applies to every flavour, declared before or after it',
      file: 'build.gradle.kts',
      text: [
        'android {',
        '  defaultConfig { applicationId = "com.example.shop" }',
        '  productFlavors {',
        '    create("cn") { }',
        '    all { applicationIdSuffix = ".all" }',
        '    create("intl") { }',
        '  }',
        '}',
      ].join('\n'),
      expected: [
        ['cnRelease', 'com.example.shop.all'],
        ['intlRelease', 'com.example.shop.all'],
      ],
    },
    {
      // Gradle runs an all { } action at once for the flavours already there (what they set later wins
      // again) and, for one added later, before its own block.
      name: 'configureEach { } overrides what a flavour set before it, and a flavour overrides it after',
      file: 'build.gradle',
      text: [
        'android {',
        '  defaultConfig { applicationId "com.example.shop" }',
        '  productFlavors {',
        '    cn { applicationIdSuffix ".cn" }',
        '    configureEach { applicationIdSuffix ".every" }',
        '    intl { applicationIdSuffix ".intl" }',
        '  }',
        '}',
      ].join('\n'),
      expected: [
        ['cnRelease', 'com.example.shop.every'],
        ['intlRelease', 'com.example.shop.intl'],
      ],
    },
    {
      name: 'buildTypes.all { } after release { } overrides it',
      file: 'build.gradle',
      text: 'android {\n  defaultConfig { applicationId "com.example.shop" }\n  buildTypes {\n    release { applicationIdSuffix ".r" }\n    all { applicationIdSuffix ".all" }\n  }\n}\n',
      expected: [['release', 'com.example.shop.all']],
    },
    {
      // create("") used to stop the whole run with a TypeError while the variant was named.
      name: 'a flavour with an empty name in a later dimension',
      file: 'build.gradle.kts',
      text: [
        'android {',
        '  defaultConfig { applicationId = "com.example.shop" }',
        '  flavorDimensions += listOf("tier", "market")',
        '  productFlavors {',
        '    create("free") { dimension = "tier" }',
        '    create("") { dimension = "market" }',
        '  }',
        '}',
      ].join('\n'),
      expected: [['freeRelease', 'com.example.shop']],
    },
    {
      name: 'the flavour of the first dimension wins the applicationId; suffixes join in dimension order',
      file: 'build.gradle',
      text: [
        'android {',
        '  defaultConfig { applicationId "com.example.shop"; applicationIdSuffix ".d" }',
        '  flavorDimensions "tier", "abi"',
        '  productFlavors {',
        '    arm { dimension "abi"; applicationId "com.example.arm"; applicationIdSuffix ".arm" }',
        '    pro { dimension "tier"; applicationId "com.example.pro"; applicationIdSuffix ".pro" }',
        '  }',
        '  buildTypes { release { applicationIdSuffix ".r" } }',
        '}',
      ].join('\n'),
      expected: [['proArmRelease', 'com.example.pro.d.pro.arm.r']],
    },
    {
      name: 'flavorDimensions.addAll in Kotlin',
      file: 'build.gradle.kts',
      text: [
        'android {',
        '  defaultConfig { applicationId = "com.example.shop" }',
        '  flavorDimensions.addAll(listOf("store", "env"))',
        '  productFlavors {',
        '    create("china") { dimension = "store" }',
        '    create("prod") { dimension = "env" }',
        '    create("staging") { dimension = "env"; applicationIdSuffix = ".staging" }',
        '  }',
        '}',
      ].join('\n'),
      expected: [
        ['chinaProdRelease', 'com.example.shop'],
        ['chinaStagingRelease', 'com.example.shop.staging'],
      ],
    },
  ]
  it.each(cases)('$name', ({ file, text, expected }) => {
    expect(detectGradle(file, text).identities.map((i) => [i.variant, i.value])).toEqual(expected)
  })
})

describe('Gradle values that cannot be resolved', () => {
  const cases: {
    name: string
    text: string
    expression: string
    key: string
    at: [number, number, number]
  }[] = [
    {
      name: 'Groovy GString interpolation',
      text: 'android {\n  defaultConfig {\n    applicationId "$base.shop"\n  }\n}\n',
      expression: '"$base.shop"',
      key: 'applicationId',
      at: [3, 19, 31],
    },
    {
      name: 'a ${} expression',
      text: 'android {\n  defaultConfig {\n    applicationId "${rootProject.ext.appId}"\n  }\n}\n',
      expression: '"${rootProject.ext.appId}"',
      key: 'applicationId',
      at: [3, 19, 45],
    },
    {
      name: 'a property of the root project',
      text: 'android {\n  defaultConfig {\n    applicationId rootProject.ext.appId\n  }\n}\n',
      expression: 'rootProject.ext.appId',
      key: 'applicationId',
      at: [3, 19, 40],
    },
    {
      name: 'a suffix from a variable',
      text: 'android {\n  defaultConfig { applicationId "com.example.shop" }\n  buildTypes { release { applicationIdSuffix suffix } }\n}\n',
      expression: 'suffix',
      key: 'applicationIdSuffix',
      at: [3, 46, 52],
    },
  ]
  it.each(cases)('$name is reported as unresolved, never as an identity', ({ text, expression, key, at }) => {
    const detected = detectGradle('app/build.gradle', text)
    expect(detected.identities).toEqual([])
    expect(detected.unresolved).toEqual([
      expect.objectContaining({
        platform: 'android',
        key,
        expression,
        variant: 'release',
        release: true,
        location: { file: 'app/build.gradle', line: at[0], column: at[1], endLine: at[0], endColumn: at[2] },
      }),
    ])
  })

  it('a single-quoted Groovy string is literal, $ included', () => {
    const detected = detectGradle(
      'build.gradle',
      "android { defaultConfig { applicationId 'com.example.$shop' } }",
    )
    expect(detected.identities.map((i) => i.value)).toEqual(['com.example.$shop'])
  })

  it('an unterminated string is a parse-error note with its position', () => {
    const detected = detectGradle(
      'app/build.gradle',
      'android {\n  defaultConfig {\n    applicationId "com.example\n',
    )
    expect(detected.identities).toEqual([])
    expect(detected.notes).toEqual([
      {
        kind: 'parse-error',
        file: 'app/build.gradle',
        platform: 'android',
        message:
          'app/build.gradle:3:19: unterminated string starting with "; the application id could not be read',
      },
    ])
  })
})

describe('Gradle release signing', () => {
  it('names the release signing config, its keystore and alias (Kotlin fixture)', () => {
    const detected = detectGradle('app/build.gradle.kts', fixture('native-kts/app/build.gradle.kts'))
    expect(detected.signing).toEqual([
      {
        platform: 'android',
        key: 'signingConfig',
        value: 'release',
        variant: 'release',
        description: 'release builds are signed with signingConfigs.release',
        location: { file: 'app/build.gradle.kts', line: 61, column: 29, endLine: 61, endColumn: 64 },
      },
      {
        platform: 'android',
        key: 'storeFile',
        value: 'keystore/shop-release.jks',
        variant: 'release',
        description: 'signingConfigs.release reads the keystore keystore/shop-release.jks',
        location: { file: 'app/build.gradle.kts', line: 31, column: 25, endLine: 31, endColumn: 58 },
      },
      {
        platform: 'android',
        key: 'keyAlias',
        value: 'shop-upload',
        variant: 'release',
        description: 'signingConfigs.release signs with the key alias shop-upload',
        location: { file: 'app/build.gradle.kts', line: 33, column: 24, endLine: 33, endColumn: 37 },
      },
    ])
  })

  it.each([
    ['signingConfigs.release', 'groovy'],
    ['signingConfigs["release"]', 'kotlin'],
    ['signingConfigs.getByName("release")', 'kotlin'],
    ['android.signingConfigs.named("release").get()', 'kotlin'],
  ])('resolves the config named by %s', (reference, dialect) => {
    const text = `android {\n  buildTypes {\n    release {\n      signingConfig = ${reference}\n    }\n  }\n}\n`
    const detected = detectGradle(dialect === 'kotlin' ? 'build.gradle.kts' : 'build.gradle', text)
    expect(detected.signing.map((s) => [s.key, s.value])).toEqual([['signingConfig', 'release']])
  })

  it('a lambda on the right of = stays part of the value, not a block', () => {
    const text = [
      'android {',
      '  signingConfigs {',
      '    create("release") {',
      '      storeFile = (props["storeFile"] as? String)?.let { rootProject.file(it) }',
      '    }',
      '  }',
      '  buildTypes { release { signingConfig = signingConfigs.getByName("release") } }',
      '}',
    ].join('\n')
    const detected = detectGradle('build.gradle.kts', text)
    expect(detected.signing.map((s) => [s.key, s.value, s.location.column, s.location.endColumn])).toEqual([
      ['signingConfig', 'release', 42, 77],
      ['storeFile', '(props["storeFile"] as? String)?.let { rootProject.file(it) }', 19, 80],
    ])
  })

  it('warns when release builds use the debug keystore (Flutter template)', () => {
    const detected = detectGradle(
      'android/app/build.gradle.kts',
      fixture('flutter-app/android/app/build.gradle.kts'),
    )
    expect(detected.signing).toEqual([
      {
        platform: 'android',
        key: 'signingConfig',
        value: 'debug',
        variant: 'release',
        description:
          'release builds are signed with signingConfigs.debug (the debug keystore: not the certificate in the filing)',
        location: { file: 'android/app/build.gradle.kts', line: 37, column: 29, endLine: 37, endColumn: 62 },
      },
    ])
  })

  it('keeps computed keystore settings as written (React Native template, inside if { })', () => {
    const detected = detectGradle(
      'android/app/build.gradle',
      fixture('react-native-app/android/app/build.gradle'),
    )
    expect(detected.signing.map((s) => [s.key, s.value, s.location.line])).toEqual([
      ['signingConfig', 'release', 58],
      ['storeFile', 'file(SHOP_UPLOAD_STORE_FILE)', 43],
      ['keyAlias', 'SHOP_UPLOAD_KEY_ALIAS', 45],
    ])
  })
})

describe('Gradle fixtures', () => {
  it('Kotlin DSL with store flavours and commented-out ids', () => {
    const detected = detectGradle('app/build.gradle.kts', fixture('native-kts/app/build.gradle.kts'))
    expect(detected.identities).toEqual([
      {
        platform: 'android',
        key: 'applicationId',
        value: 'com.example.shop',
        variant: 'chinaRelease',
        release: true,
        location: { file: 'app/build.gradle.kts', line: 21, column: 25, endLine: 21, endColumn: 43 },
      },
      {
        platform: 'android',
        key: 'applicationId',
        value: 'com.example.shop.global',
        variant: 'globalRelease',
        release: true,
        location: { file: 'app/build.gradle.kts', line: 21, column: 25, endLine: 21, endColumn: 43 },
        parts: [
          {
            key: 'applicationId',
            value: 'com.example.shop',
            location: { file: 'app/build.gradle.kts', line: 21, column: 25, endLine: 21, endColumn: 43 },
          },
          {
            key: 'applicationIdSuffix',
            value: '.global',
            location: { file: 'app/build.gradle.kts', line: 46, column: 35, endLine: 46, endColumn: 44 },
          },
        ],
      },
      {
        platform: 'android',
        key: 'applicationId',
        value: 'com.example.shop.hw',
        variant: 'huaweiRelease',
        release: true,
        location: { file: 'app/build.gradle.kts', line: 50, column: 29, endLine: 50, endColumn: 50 },
      },
    ])
    expect(detected.model?.appliesApplicationPlugin).toBe(true)
  })

  it('Groovy with two flavour dimensions and an interpolated flavour id', () => {
    const detected = detectGradle('app/build.gradle', fixture('native-groovy/app/build.gradle'))
    // `staging { initWith release }` variants are computed (a declaration may name one as shipped)
    // but are not the release unless it does.
    expect(detected.identities.map((i) => [i.variant, i.value, i.release])).toEqual([
      ['freeArmRelease', 'com.example.news.cn.free.arm', true],
      ['freeX86Release', 'com.example.news.cn.free', true],
      ['freeArmStaging', 'com.example.news.cn.free.arm.staging', false],
      ['freeX86Staging', 'com.example.news.cn.free.staging', false],
    ])
    expect(
      detected.unresolved.map((u) => [u.variant, u.expression, u.location.line, u.location.column]),
    ).toEqual([
      ['proArmRelease', '"$base.newspro"', 26, 27],
      ['proX86Release', '"$base.newspro"', 26, 27],
      ['proArmStaging', '"$base.newspro"', 26, 27],
      ['proX86Staging', '"$base.newspro"', 26, 27],
    ])
  })

  it('a root script that declares the plugin with apply false is not an app module', () => {
    const detected = detectGradle('build.gradle.kts', fixture('native-kts/build.gradle.kts'))
    expect(detected.model?.appliesApplicationPlugin).toBe(false)
    expect(detected.identities).toEqual([])
  })

  it('falls back to the manifest package when no applicationId is set', () => {
    const manifestLocation = {
      file: 'legacy/src/main/AndroidManifest.xml',
      line: 4,
      column: 13,
      endLine: 4,
      endColumn: 33,
    }
    const detected = detectGradle('legacy/build.gradle', fixture('native-groovy/legacy/build.gradle'), {
      manifestPackage: { value: 'com.example.legacy', location: manifestLocation },
    })
    expect(detected.identities).toEqual([
      {
        platform: 'android',
        key: 'package',
        value: 'com.example.legacy.lite',
        variant: 'release',
        release: true,
        location: manifestLocation,
        parts: [
          { key: 'package', value: 'com.example.legacy', location: manifestLocation },
          {
            key: 'applicationIdSuffix',
            value: '.lite',
            location: { file: 'legacy/build.gradle', line: 10, column: 33, endLine: 10, endColumn: 40 },
          },
        ],
      },
    ])
  })
})

describe('Gradle tokenizer', () => {
  it('keeps string offsets and flags interpolation only where the language interpolates', () => {
    const tokens = tokenizeGradle(`a "x$y" 'p$q' "\\$z"`, 'groovy').filter((t) => t.kind === 'string')
    expect(
      tokens.map((t) => [t.text, t.kind === 'string' && t.interpolated, t.kind === 'string' && t.value]),
    ).toEqual([
      ['"x$y"', true, 'x$y'],
      ["'p$q'", false, 'p$q'],
      ['"\\$z"', false, '$z'],
    ])
  })
})

describe('a build type block after a head that is not a closure composition', () => {
  it('is not taken for one: Kotlin `val staging by creating { }` declares no build type "val"', () => {
    const kts = `android {\n    buildTypes {\n        val staging by creating {\n            applicationIdSuffix = ".staging"\n        }\n    }\n}\n`
    expect([...readGradleModel(kts, 'kotlin').buildTypes.keys()]).toEqual([])
    const groovy = `android {\n    def t = { minifyEnabled true }\n    buildTypes {\n        beta t >> {\n            applicationIdSuffix ".beta"\n        }\n    }\n}\n`
    expect(readGradleModel(groovy, 'groovy').buildTypes.get('beta')?.applicationIdSuffix?.literal).toBe(
      '.beta',
    )
  })
})
