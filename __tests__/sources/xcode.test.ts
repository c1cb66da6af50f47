import { readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import { detectInfoPlist } from '../../src/sources/info-plist.js'
import { parseOpenStepPlist } from '../../src/sources/openstep-plist.js'
import { detectXcodeProject, expandBuildSetting, isReleaseConfiguration } from '../../src/sources/xcode.js'

const fixture = (rel: string) => readFileSync(new URL(`../fixtures/sources/${rel}`, import.meta.url), 'utf8')
const at = (file: string, line: number, column: number, endColumn: number) => ({
  file,
  line,
  column,
  endLine: line,
  endColumn,
})

describe('Xcode project.pbxproj', () => {
  it('reads the app target Release bundle id; the widget is reported as embedded; tests are ignored', () => {
    const file = 'Shop.xcodeproj/project.pbxproj'
    const detected = detectXcodeProject(file, fixture('xcode-app/Shop.xcodeproj/project.pbxproj'))
    expect(detected.identities).toEqual([
      {
        platform: 'ios',
        key: 'PRODUCT_BUNDLE_IDENTIFIER',
        value: 'com.example.shop',
        variant: 'Release',
        target: 'Shop',
        release: true,
        location: at(file, 150, 33, 49),
      },
      {
        platform: 'ios',
        key: 'PRODUCT_BUNDLE_IDENTIFIER',
        // $(PRODUCT_BUNDLE_IDENTIFIER_PREFIX) comes from the project-level Release configuration.
        value: 'com.example.shop.ShopWidget',
        variant: 'Release',
        target: 'ShopWidgetExtension',
        release: false,
        location: at(file, 195, 33, 81),
      },
    ])
    expect(detected.unresolved).toEqual([])
    expect(detected.infoPlists).toEqual([])
  })

  it('reads the Release signing settings of the app target, the project level included', () => {
    const file = 'Shop.xcodeproj/project.pbxproj'
    const detected = detectXcodeProject(file, fixture('xcode-app/Shop.xcodeproj/project.pbxproj'))
    expect(detected.signing.map((s) => [s.key, s.value, s.location.line, s.location.column])).toEqual([
      ['DEVELOPMENT_TEAM', '7XK2P9Q3LM', 120, 24],
      ['CODE_SIGN_IDENTITY', 'Apple Distribution', 145, 26],
      [
        'CODE_SIGN_IDENTITY[sdk=iphoneos*]',
        'Apple Distribution: Shanghai Example Network Technology Co., Ltd. (7XK2P9Q3LM)',
        146,
        43,
      ],
      ['CODE_SIGN_STYLE', 'Manual', 147, 23],
      ['PROVISIONING_PROFILE_SPECIFIER', 'Shop App Store', 152, 38],
    ])
    expect(detected.signing[4]!.description).toBe(
      'Shop Release sets PROVISIONING_PROFILE_SPECIFIER = Shop App Store',
    )
  })

  it('Flutter Runner: Release only (not Debug or Profile), and the Info.plist it uses', () => {
    const file = 'ios/Runner.xcodeproj/project.pbxproj'
    const detected = detectXcodeProject(file, fixture('flutter-app/ios/Runner.xcodeproj/project.pbxproj'))
    expect(detected.identities).toEqual([
      {
        platform: 'ios',
        key: 'PRODUCT_BUNDLE_IDENTIFIER',
        value: 'com.example.shop',
        variant: 'Release',
        target: 'Runner',
        release: true,
        location: at(file, 240, 33, 49),
      },
    ])
    expect(detected.infoPlists).toEqual([{ target: 'Runner', variant: 'Release', path: 'Runner/Info.plist' }])
  })

  it('React Native: expands $(PRODUCT_NAME:rfc1034identifier)', () => {
    const file = 'ios/ShopRN.xcodeproj/project.pbxproj'
    const detected = detectXcodeProject(
      file,
      fixture('react-native-app/ios/ShopRN.xcodeproj/project.pbxproj'),
    )
    expect(detected.identities.map((i) => [i.target, i.value, i.location.line, i.location.column])).toEqual([
      ['ShopRN', 'org.reactjs.native.example.Shop-RN', 142, 33],
    ])
  })

  const minimal = (settings: string, base = '') => `// !$*UTF8*$!
{
	objects = {
		T1 = { isa = PBXNativeTarget; name = App; productType = "com.apple.product-type.application"; buildConfigurationList = L1; };
		L1 = { isa = XCConfigurationList; buildConfigurations = ( C1, C2, ); };
		C1 = { isa = XCBuildConfiguration; ${base}buildSettings = { ${settings} }; name = Release; };
		C2 = { isa = XCBuildConfiguration; buildSettings = { PRODUCT_BUNDLE_IDENTIFIER = com.example.debug; }; name = Debug; };
		X1 = { isa = PBXFileReference; path = Config/Release.xcconfig; };
		P1 = { isa = PBXProject; targets = ( T1 ); };
	};
	rootObject = P1;
}
`
  const cases: {
    name: string
    settings: string
    base?: string
    value?: string
    unresolved?: [string, string]
  }[] = [
    {
      name: 'unquoted value',
      settings: 'PRODUCT_BUNDLE_IDENTIFIER = com.example.shop;',
      value: 'com.example.shop',
    },
    {
      name: 'quoted value',
      settings: 'PRODUCT_BUNDLE_IDENTIFIER = "com.example.shop";',
      value: 'com.example.shop',
    },
    {
      name: '$(TARGET_NAME) with :lower',
      settings: 'PRODUCT_BUNDLE_IDENTIFIER = "com.example.$(TARGET_NAME:lower)";',
      value: 'com.example.app',
    },
    {
      name: '${PRODUCT_NAME} defined in the same configuration',
      settings: 'PRODUCT_NAME = Shop; PRODUCT_BUNDLE_IDENTIFIER = "com.example.${PRODUCT_NAME}";',
      value: 'com.example.Shop',
    },
    {
      name: 'a variable the file does not define',
      settings: 'PRODUCT_BUNDLE_IDENTIFIER = "$(BUNDLE_ID_PREFIX).shop";',
      unresolved: ['$(BUNDLE_ID_PREFIX).shop', 'BUNDLE_ID_PREFIX'],
    },
    {
      name: 'set only in an xcconfig file',
      settings: 'SWIFT_VERSION = 5.0;',
      base: 'baseConfigurationReference = X1; ',
      unresolved: ['(Config/Release.xcconfig)', 'xcconfig file Config/Release.xcconfig'],
    },
  ]
  it.each(cases)('$name', ({ settings, base, value, unresolved }) => {
    const detected = detectXcodeProject('App.xcodeproj/project.pbxproj', minimal(settings, base))
    expect(detected.identities.map((i) => i.value)).toEqual(value ? [value] : [])
    if (unresolved) {
      expect(detected.unresolved).toHaveLength(1)
      expect(detected.unresolved[0]!.expression).toBe(unresolved[0])
      expect(detected.unresolved[0]!.reason).toContain(unresolved[1])
      expect(detected.unresolved[0]!.release).toBe(true)
    } else expect(detected.unresolved).toEqual([])
  })

  it('a syntax error is a parse-error note with its position', () => {
    const detected = detectXcodeProject('App.xcodeproj/project.pbxproj', '{\n\tobjects = {\n\t\tA = ;\n')
    expect(detected.notes).toEqual([
      {
        kind: 'parse-error',
        file: 'App.xcodeproj/project.pbxproj',
        platform: 'ios',
        message: 'App.xcodeproj/project.pbxproj:3:7: unexpected ";"; the bundle identifier could not be read',
      },
    ])
  })
})

describe('expandBuildSetting', () => {
  const lookup = (name: string) => ({ PREFIX: 'com.example', NAME: 'My App_1' })[name]
  it.each([
    ['$(PREFIX).shop', 'com.example.shop'],
    ['${PREFIX}.shop', 'com.example.shop'],
    ['$(PREFIX).$(NAME:rfc1034identifier)', 'com.example.My-App-1'],
    ['$(PREFIX).$(NAME:c99extidentifier)', 'com.example.My_App_1'],
    ['$(PREFIX).$(NAME:rfc1034identifier,lower)', 'com.example.my-app-1'],
    ['$(PREFIX).$(TARGET_NAME)', 'com.example.Shop'],
    // Bare `$NAME`, as Pocket Casts' release xcconfig writes PRODUCT_BUNDLE_IDENTIFIER.
    ['$PREFIX', 'com.example'],
    ['$PREFIX.shop', 'com.example.shop'],
    ['$PREFIX.$TARGET_NAME-x', 'com.example.Shop-x'],
  ])('%s → %s', (raw, expected) => {
    expect(expandBuildSetting(raw, lookup, 'Shop')).toEqual({ value: expected })
  })
  it('names the first setting it cannot resolve', () => {
    expect(expandBuildSetting('$(PREFIX).$(UNKNOWN)', lookup, 'Shop')).toEqual({ missing: 'UNKNOWN' })
    expect(expandBuildSetting('$PREFIX.$UNKNOWN', lookup, 'Shop')).toEqual({ missing: 'UNKNOWN' })
  })
})

describe('OpenStep plist parser', () => {
  it('parses comments, quoted escapes, arrays with trailing commas and <data>', () => {
    const root = parseOpenStepPlist('// !$*UTF8*$!\n{ a = "x\\"y"; /* c */ b = ( 1, two, ); c = <0fab>; }')
    expect(root.kind).toBe('dict')
    if (root.kind !== 'dict') return
    expect(root.entries.get('a')!.value).toMatchObject({ kind: 'string', value: 'x"y', start: 20, end: 26 })
    expect(root.entries.get('b')!.value).toMatchObject({
      kind: 'array',
      items: [{ value: '1' }, { value: 'two' }],
    })
    expect(root.entries.get('c')!.value).toMatchObject({ kind: 'data' })
  })
})

describe('Info.plist', () => {
  it('a literal top-level CFBundleIdentifier is the shipped id; nested dictionaries are skipped', () => {
    const detected = detectInfoPlist(
      'ios/ShopRN/Info.plist',
      fixture('react-native-app/ios/ShopRN/Info.plist'),
      {
        target: 'ShopRN',
        variant: 'Release',
      },
    )
    expect(detected.identities).toEqual([
      {
        platform: 'ios',
        key: 'CFBundleIdentifier',
        value: 'com.example.shop.rn',
        release: true,
        target: 'ShopRN',
        variant: 'Release',
        location: at('ios/ShopRN/Info.plist', 22, 10, 29),
      },
    ])
  })

  it('$(PRODUCT_BUNDLE_IDENTIFIER) defers to the project file', () => {
    const detected = detectInfoPlist('ios/Runner/Info.plist', fixture('flutter-app/ios/Runner/Info.plist'))
    expect(detected).toEqual({ identities: [], signing: [], unresolved: [], notes: [] })
  })

  it('another variable is unresolved', () => {
    const text =
      '<?xml version="1.0"?>\n<plist version="1.0">\n<dict>\n\t<key>CFBundleIdentifier</key>\n\t<string>$(APP_ID)</string>\n</dict>\n</plist>\n'
    const detected = detectInfoPlist('Info.plist', text)
    expect(detected.unresolved).toEqual([
      expect.objectContaining({ expression: '$(APP_ID)', location: at('Info.plist', 5, 10, 19) }),
    ])
  })

  it('a binary plist is a note, not a guess', () => {
    const detected = detectInfoPlist('Info.plist', 'bplist00\u00d4\u0001\u0002')
    expect(detected.identities).toEqual([])
    expect(detected.notes[0]!.message).toBe(
      'Info.plist is not an XML property list (binary plists are not read); CFBundleIdentifier was not checked',
    )
  })
})

describe('isReleaseConfiguration', () => {
  it.each([
    ['Release', true],
    ['release', true],
    ['Release-prod', true], // Flutter flavours: Release-<flavor>
    ['Release Staging', true],
    ['Debug', false],
    ['Profile', false],
    ['ReleaseNotes', false],
  ])('%s → %s', (name, expected) => {
    expect(isReleaseConfiguration(name)).toBe(expected)
  })
})
