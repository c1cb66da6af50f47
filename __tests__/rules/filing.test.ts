import { describe, it, expect } from '@jest/globals'
import { appYaml, declarationYaml, findingsOf, gate, positionOf, HOLDER } from '../helpers/declarations.js'

describe('filing-required', () => {
  it('fails an app live before 2023-08-04 that was never filed, with how overdue it is', () => {
    const text = declarationYaml([appYaml({ number: null, status: 'not-filed', launchedOn: '2021-05-01' })])
    expect(findingsOf(gate(text), 'filing-required')).toEqual([
      {
        severity: 'error',
        app: 'shop',
        message:
          'shop is bound for xiaomi, huawei-appgallery but is not filed (APP备案): it was live before 2023-08-04, so it had to be filed by 2024-03-31 (overdue by 973 days; unfiled apps are taken down). File it through your access provider or platform, then set filing.status: approved and filing.number.',
        ...positionOf(text, 'not-filed'),
      },
    ])
  })

  it('says a new app must be filed before it goes live', () => {
    const text = declarationYaml([appYaml({ number: null, status: 'not-filed', launchedOn: '2025-01-01' })])
    expect(findingsOf(gate(text), 'filing-required')[0]!.message).toContain(
      'an app that was not live before 2023-08-04 must be filed before it is distributed in mainland China',
    )
  })

  it('fails "approved" without a number', () => {
    const text = declarationYaml([appYaml({ number: null })])
    expect(findingsOf(gate(text), 'filing-required')[0]!.message).toBe(
      'shop is bound for xiaomi, huawei-appgallery and says its filing is approved, but filing.number is missing. Add the number MIIT issued (e.g. 沪ICP备2023012345号-2A).',
    )
  })

  it('needs no filing for an app not distributed in mainland China, and says so', () => {
    const text = declarationYaml([
      appYaml({ number: null, status: 'not-filed', stores: '[google-play, app-store]' }),
    ])
    const result = gate(text, { mode: 'release' })
    expect(findingsOf(result, 'filing-required')).toEqual([
      {
        severity: 'notice',
        app: 'shop',
        message:
          'shop is not distributed in mainland China (stores: google-play, app-store); no filing is needed for it.',
        ...positionOf(text, 'stores:'),
      },
    ])
    expect(result.verdict).toBe('pass')
  })

  it('judges the stores input instead of the app’s own stores', () => {
    const text = declarationYaml([
      appYaml({ number: null, status: 'not-filed', stores: '[google-play, xiaomi]' }),
    ])
    expect(gate(text, { stores: ['google-play'] }).verdict).toBe('pass')
    expect(gate(text, { stores: ['xiaomi'] }).verdict).toBe('fail')
  })

  it('says an app goes to no mainland store in this run, not that it needs no filing, under the stores input', () => {
    const app = declarationYaml([appYaml({ stores: '[xiaomi]' })])
    expect(findingsOf(gate(app, { stores: ['google-play'] }), 'filing-required')).toMatchObject([
      {
        severity: 'notice',
        message:
          'shop goes to no mainland store in this run (stores: google-play), so this run does not judge its filing.',
      },
    ])
    const mini = declarationYaml([
      appYaml({
        kind: 'mini-program',
        number: '沪ICP备2023012345号-3X',
        via: 'wechat',
        hosting: '',
        stores: '[wechat]',
        platforms: '    platforms:\n      wechat: { appId: wx0123456789abcdef }',
      }),
    ])
    expect(findingsOf(gate(mini, { stores: ['xiaomi'] }), 'filing-required')).toMatchObject([
      {
        message:
          'shop goes to no mainland store in this run (no store of this run distributes mini programs), so this run does not judge its filing.',
      },
    ])
  })
})

describe('filing-approved', () => {
  const pending = declarationYaml([appYaml({ number: null, status: 'pending' })])
  it.each([
    ['release', 'error', 'fail'],
    ['audit', 'error', 'fail'],
    ['pull-request', 'warning', 'pass'],
  ] as const)('a pending filing in %s mode is an %s', (mode, severity, verdict) => {
    const result = gate(pending, { mode })
    expect(findingsOf(result, 'filing-approved')).toMatchObject([
      { severity, app: 'shop', ...positionOf(pending, 'pending') },
    ])
    expect(findingsOf(result, 'filing-required')).toEqual([])
    expect(result.verdict).toBe(verdict)
  })

  it('fails an approval date in the future', () => {
    const text = declarationYaml([appYaml()]).replace(
      '      status: approved',
      '      status: approved\n      approvedOn: 2027-01-05',
    )
    expect(findingsOf(gate(text), 'filing-approved')[0]!.message).toBe(
      'shop: filing.approvedOn 2027-01-05 is after today (2026-11-29). Correct the date.',
    )
  })
})

describe('filing-number-format', () => {
  const app = (number: string, kind = 'app') =>
    declarationYaml([
      kind === 'app'
        ? appYaml({ number })
        : appYaml({
            kind,
            number,
            via: 'wechat',
            hosting: '',
            stores: '[wechat]',
            platforms: '    platforms:\n      wechat: { appId: wx0123456789abcdef }',
          }),
    ]).replace('  mainNumber: 沪ICP备2023012345号\n', '')

  it.each(['沪ICP备2023012345号-1A', '沪ICP备20018325号-12A', '沪B2-20090059-2674A', '沪ICP证030173号-209A'])(
    'accepts %s on an app',
    (number) => {
      expect(findingsOf(gate(app(number)), 'filing-number-format')).toEqual([])
    },
  )

  it('rejects a website number on an app', () => {
    const text = app('沪ICP备2023012345号-1')
    expect(findingsOf(gate(text), 'filing-number-format')).toEqual([
      {
        severity: 'error',
        app: 'shop',
        message:
          'shop: "沪ICP备2023012345号-1" is a website number (no type letter). An app\'s service number ends in A, e.g. 沪ICP备2023012345号-1A; copy the app\'s own number from the filing notice.',
        ...positionOf(text, '沪ICP备2023012345号-1'),
      },
    ])
  })

  it('rejects a mini-program number on an app', () => {
    const [finding] = findingsOf(gate(app('沪ICP备2023012345号-3X')), 'filing-number-format')
    expect(finding!.message).toBe(
      'shop: "沪ICP备2023012345号-3X" ends in X, the letter of a mini program, but this is an app (kind: app), whose number ends in A. Use this app\'s own filing number, or fix kind.',
    )
  })

  it('rejects an app number on a mini program', () => {
    const [finding] = findingsOf(gate(app('沪ICP备2023012345号-3A', 'mini-program')), 'filing-number-format')
    expect(finding!.message).toMatch(/ends in A, the letter of an app, but this is a mini program/)
  })

  it.each([
    ['沪ICP备2023012345-1A', /号/],
    ['沪ICP备202301234号-1A', /9 digits/],
    ['港ICP备2023012345号-1A', /Hong Kong/],
    ['沪ICP备2023012345号-1a', /lowercase/],
  ])('rejects malformed %s', (number, reason) => {
    const [finding] = findingsOf(gate(app(number)), 'filing-number-format')
    expect(finding!.severity).toBe('error')
    expect(finding!.message).toMatch(reason)
  })

  it('rejects a serial year after this year', () => {
    const [finding] = findingsOf(gate(app('沪ICP备2099012345号-1A')), 'filing-number-format')
    expect(finding!.message).toBe(
      'shop: "沪ICP备2099012345号-1A" has serial year 2099, after this year (2026): no such number can have been issued. A typo in the serial?',
    )
  })

  it.each([['沪ICP备00000000号-1A'], ['沪ICP备12345678号-1A']])(
    'warns about the placeholder %s',
    (number) => {
      expect(findingsOf(gate(app(number)), 'filing-number-format')).toMatchObject([{ severity: 'warning' }])
    },
  )

  it('warns about a legacy province character', () => {
    const text = app('川ICP备10200063号-1A').replace('province: 沪', 'province: 蜀')
    expect(findingsOf(gate(text), 'filing-number-format')).toMatchObject([
      { severity: 'warning', message: expect.stringMatching(/legacy character 川; current numbers use 蜀/) },
    ])
    expect(findingsOf(gate(text), 'filing-holder')).toEqual([])
  })
})

describe('filing-holder', () => {
  it('fails a number issued in another province than the holder’s', () => {
    const text = declarationYaml([appYaml({ number: '京ICP备2023012345号-2A' })]).replace(
      '  mainNumber: 沪ICP备2023012345号\n',
      '',
    )
    expect(findingsOf(gate(text), 'filing-holder')).toEqual([
      {
        severity: 'error',
        app: 'shop',
        message:
          "shop: filing number 京ICP备2023012345号-2A was issued in 京, but the holder's province is 沪 (Shanghai). A holder files where it is domiciled: fix holder.province or the number.",
        ...positionOf(text, '京ICP备2023012345号-2A'),
      },
    ])
  })

  it('fails a number that does not extend the main number', () => {
    const text = declarationYaml([appYaml({ number: '沪ICP备2023099999号-2A' })])
    expect(findingsOf(gate(text), 'filing-holder')[0]!.message).toBe(
      "shop: filing number 沪ICP备2023099999号-2A does not extend the holder's main number 沪ICP备2023012345号. An app's service number is the main number followed by -<seq><type>: check both.",
    )
  })

  it('fails apps of one holder with different main numbers', () => {
    const text =
      HOLDER.replace('  mainNumber: 沪ICP备2023012345号\n', '') +
      'apps:\n' +
      [
        appYaml({ id: 'a', number: '沪ICP备2023012345号-2A' }),
        appYaml({
          id: 'b',
          number: '沪ICP备2023012345号-3A',
          platforms:
            '    platforms:\n      ios: { bundleId: com.example.b, certificate: { sha1: CF47C401AB6A1B9F7BF0BA404A6FF069D8778E33 } }',
        }),
        appYaml({
          id: 'c',
          number: '沪ICP备2024000001号-1A',
          platforms:
            '    platforms:\n      ios: { bundleId: com.example.c, certificate: { sha1: CF47C401AB6A1B9F7BF0BA404A6FF069D8778E33 } }',
        }),
      ].join('\n')
    expect(findingsOf(gate(text), 'filing-holder')).toMatchObject([
      {
        app: 'c',
        message: expect.stringMatching(
          /has main number 沪ICP备2024000001号, but other apps of 上海示例网络科技有限公司 use 沪ICP备2023012345号/,
        ),
      },
    ])
  })

  const iosPlatforms = (id: string) =>
    `    platforms:\n      ios: { bundleId: com.example.${id}, certificate: { sha1: CF47C401AB6A1B9F7BF0BA404A6FF069D8778E33 } }`
  const taggedApp = (id: string, number: string) =>
    appYaml({ id, number, platforms: iosPlatforms(id), release: `    release:\n      tags: ['${id}-v*']` })

  it('fails both apps that declare one service number: which is wrong cannot be told', () => {
    const text = declarationYaml([appYaml({ id: 'a' }), appYaml({ id: 'b', platforms: iosPlatforms('b') })])
    expect(findingsOf(gate(text), 'filing-holder')).toMatchObject([
      {
        app: 'a',
        message:
          "a: filing number 沪ICP备2023012345号-2A is also declared for b. Each app has its own service number: copy each app's number from its filing notice. One filed app is declared once, with all its platforms under platforms: and all its release tags under release.tags.",
      },
      {
        app: 'b',
        message: expect.stringMatching(/^b: filing number 沪ICP备2023012345号-2A is also declared for a\./),
      },
    ])
  })

  it('compares a released app’s number with every declared app, not only those the run judges', () => {
    const shared = declarationYaml([
      taggedApp('a', '沪ICP备2023012345号-2A'),
      taggedApp('b', '沪ICP备2023012345号-2A'),
    ])
    for (const run of [{ mode: 'release' as const, tag: 'b-v1.0.0' }, { apps: ['b'] }]) {
      const result = gate(shared, run)
      expect(findingsOf(result, 'filing-holder')).toMatchObject([
        { app: 'b', message: expect.stringContaining('is also declared for a') },
      ])
      expect(result.blocking).toEqual(['b'])
    }
    const twoMains =
      HOLDER.replace('  mainNumber: 沪ICP备2023012345号\n', '') +
      'apps:\n' +
      [
        taggedApp('a', '沪ICP备2023012345号-2A'),
        taggedApp('b', '沪ICP备2023012345号-3A'),
        taggedApp('c', '沪ICP备2023012399号-2A'),
      ].join('\n')
    expect(findingsOf(gate(twoMains, { apps: ['c'] }), 'filing-holder')).toMatchObject([
      {
        app: 'c',
        message: expect.stringContaining(
          'but other apps of 上海示例网络科技有限公司 use 沪ICP备2023012345号',
        ),
      },
    ])
  })

  it('leaves out an app no mainland store distributes: a global edition may carry its China edition’s number', () => {
    const text = declarationYaml([
      appYaml({ id: 'china' }),
      appYaml({ id: 'global', stores: '[google-play]', platforms: iosPlatforms('global') }),
    ])
    expect(findingsOf(gate(text), 'filing-holder')).toEqual([])
  })

  it('fails two services with one sequence under one main number, whatever their type letters', () => {
    const text = declarationYaml([
      appYaml({ id: 'a', number: '沪ICP备2023012345号-2A' }),
      appYaml({
        id: 'b',
        kind: 'mini-program',
        number: '沪ICP备2023012345号-2X',
        via: 'wechat',
        hosting: '',
        stores: '[wechat]',
        platforms: '    platforms:\n      wechat: { appId: wx1234567890abcdef }',
      }),
    ])
    expect(findingsOf(gate(text), 'filing-holder')).toMatchObject([
      {
        app: 'a',
        message:
          "a: filing number 沪ICP备2023012345号-2A has sequence 2 under 沪ICP备2023012345号, as b (沪ICP备2023012345号-2X) does. A holder's websites, apps, mini programs and quick apps are numbered in one sequence, so no two of them share one: copy each app's number from its filing notice.",
      },
      { app: 'b', message: expect.stringContaining('as a (沪ICP备2023012345号-2A) does') },
    ])
  })

  it('fails every app when no main number is the most common', () => {
    const text =
      HOLDER.replace('  mainNumber: 沪ICP备2023012345号\n', '') +
      'apps:\n' +
      [taggedApp('a', '沪ICP备2023012345号-2A'), taggedApp('b', '沪ICP备2023012399号-2A')].join('\n')
    const message = (id: string, number: string, main: string) =>
      `${id}: filing number ${number} has main number ${main}, but the apps of 上海示例网络科技有限公司 use 2 main numbers, none more than the others: 沪ICP备2023012345号 (a); 沪ICP备2023012399号 (b). One holder has one main number: check which is right, and set holder.mainNumber.`
    expect(findingsOf(gate(text), 'filing-holder')).toMatchObject([
      { app: 'a', message: message('a', '沪ICP备2023012345号-2A', '沪ICP备2023012345号') },
      { app: 'b', message: message('b', '沪ICP备2023012399号-2A', '沪ICP备2023012399号') },
    ])
  })
})

describe('filing-channel', () => {
  it('fails a mini program filed through a cloud provider', () => {
    const text = declarationYaml([
      appYaml({
        kind: 'mini-program',
        number: '沪ICP备2023012345号-3X',
        via: 'aliyun',
        hosting: '',
        stores: '[wechat]',
        platforms: '    platforms:\n      wechat: { appId: wx0123456789abcdef }',
      }),
    ])
    expect(findingsOf(gate(text), 'filing-channel')).toEqual([
      {
        severity: 'error',
        app: 'shop',
        message:
          'shop: a mini program is filed through the platform it runs on (wechat), but filing.via is "aliyun". Write filing.via: wechat (WeChat files through 微信公众平台 → ICP代备案).',
        ...positionOf(text, 'via: aliyun'),
        column: positionOf(text, 'via: aliyun').column + 5,
      },
    ])
  })

  it('warns when an app is filed via a provider that does not host it', () => {
    const text = declarationYaml([appYaml({ via: 'huawei' })])
    expect(findingsOf(gate(text), 'filing-channel')).toMatchObject([
      {
        severity: 'warning',
        message: expect.stringMatching(/^shop: filed via huawei, but hosted on aliyun/),
      },
    ])
  })

  it('accepts provider aliases', () => {
    expect(findingsOf(gate(declarationYaml([appYaml({ via: 'alibaba-cloud' })])), 'filing-channel')).toEqual(
      [],
    )
  })

  it('reads a mini program’s platform and a store in via as providers are read, whatever their case', () => {
    const mini = (via: string) =>
      declarationYaml([
        appYaml({
          kind: 'mini-program',
          number: '沪ICP备2023012345号-3X',
          via,
          hosting: '',
          stores: '[wechat]',
          platforms: '    platforms:\n      wechat: { appId: wx0123456789abcdef }',
        }),
      ])
    expect(findingsOf(gate(mini('WeChat')), 'filing-channel')).toEqual([])
    expect(findingsOf(gate(declarationYaml([appYaml({ via: 'Xiaomi' })])), 'filing-channel')).toMatchObject([
      { severity: 'notice', message: expect.stringContaining('filed via the distribution platform Xiaomi') },
    ])
  })

  it('says a store outside mainland China files nothing, and never suggests what was written', () => {
    const text = declarationYaml([appYaml({ via: 'google-play' })])
    expect(findingsOf(gate(text), 'filing-channel')).toMatchObject([
      {
        severity: 'notice',
        message:
          'shop: filing.via "google-play" names Google Play, a store outside mainland China, which files nothing with MIIT. Write the provider the app was filed through, e.g. aliyun.',
      },
    ])
    expect(findingsOf(gate(declarationYaml([appYaml({ via: 'xiaomy' })])), 'filing-channel')).toMatchObject([
      { message: expect.stringContaining('(did you mean "xiaomi"?)') },
    ])
  })
})
