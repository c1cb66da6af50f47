import { describe, expect, it } from '@jest/globals'
import { readApk } from '../../src/artifacts/apk/index.js'
import { readChannelMarks, VASDOLLY_BLOCK_ID, WALLE_BLOCK_ID } from '../../src/artifacts/apk/channel.js'
import type { ZipArchive } from '../../src/artifacts/zip.js'
import { apksignerSigners, apksignerSchemes, badging, fixture, section } from './android-records.js'

/** Channel APKs written by scripts/fixtures/channel_writer.py after signing (scripts/fixtures/channels.sh). */
const CHANNELS: [file: string, channel: string, scheme: string, where: string][] = [
  ['walle-xiaomi', 'xiaomi', 'walle', 'APK Signing Block pair 0x71777777'],
  ['walle-huawei', 'huawei', 'walle', 'APK Signing Block pair 0x71777777'],
  ['walle-vivo-resigned', 'vivo', 'walle', 'APK Signing Block pair 0x71777777'],
  ['vasdolly-oppo', 'oppo', 'vasdolly', 'APK Signing Block pair 0x881155ff'],
  ['v1-comment-tencent', 'tencent', 'vasdolly-v1', 'ZIP comment (VasDolly v1, magic "ltlovezh")'],
  ['v1-marker-baidu', 'baidu', 'meta-inf', 'META-INF/channel_baidu'],
]

const record = (name: string) => `channels/${name}.txt`

describe('channel packages', () => {
  it.each(CHANNELS)(
    '%s names channel %s (%s) and the signer apksigner verifies',
    async (name, channel, scheme, where) => {
      const apk = await readApk(fixture(`channels/${name}.apk`), `${name}.apk`)
      expect(apk.channel).toBe(channel)
      expect(apk.channelMarks).toEqual([{ name: channel, scheme, where }])
      // The channel data is written after signing; apksigner still verifies the APK, and the gate reports
      // the signer and the versions apksigner and aapt2 report.
      const verify = section(record(name), (c) => c.startsWith('apksigner verify'))!
      expect(verify.exit).toBe(0)
      const [tool] = apksignerSigners(verify.output)
      const signer = apk.signers[apk.effectiveSigner]!
      expect({ subject: signer.subject, sha256: signer.sha256 }).toEqual({
        subject: tool!.subject,
        sha256: tool!.sha256,
      })
      expect(signer.schemes).toEqual(apksignerSchemes(verify.output))
      const truth = badging(section(record(name), (c) => c.startsWith('aapt2 dump badging'))!.output)
      expect([apk.id, apk.build, apk.version]).toEqual([truth.name, truth.versionCode, truth.versionName])
    },
  )

  it.each([...CHANNELS.map(([name]) => name), 'conflict', 'no-channel'])(
    '%s: each mark is what Walle and VasDolly themselves read back',
    async (name) => {
      const apk = await readApk(fixture(`channels/${name}.apk`), `${name}.apk`)
      const ours = (scheme: string) => apk.channelMarks?.find((m) => m.scheme === scheme)?.name ?? ''
      // Recorded by channels.sh with the published walle-cli-all.jar and VasDolly.jar.
      const walle = section(record(name), (c) => c.includes('$WALLE_JAR show'))!.output
      const vasdolly = section(record(name), (c) => c.includes('$VASDOLLY_JAR'))!.output
      expect(ours('walle')).toBe(/channel=([^,}]+)/.exec(walle)?.[1] ?? '')
      expect(ours('vasdolly')).toBe(/^v2 block channel: (.*)$/m.exec(vasdolly)![1])
      expect(ours('vasdolly-v1')).toBe(/^v1 comment channel: (.*)$/m.exec(vasdolly)![1])
    },
  )

  it('reads the last of two pairs of one id, as Walle’s and VasDolly’s readers do (the channel the app reads)', async () => {
    // Walle's ApkUtil.findIdValues and VasDolly's V2SchemeUtil.getAllIdValue put each pair into a
    // LinkedHashMap, so the last pair wins; channels.sh wrote googleplay, then xiaomi.
    const apk = await readApk(fixture('channels/walle-twice-resigned.apk'), 'walle-twice-resigned.apk')
    expect(apk.channel).toBe('xiaomi')
    expect(apk.channelMarks).toEqual([
      { name: 'xiaomi', scheme: 'walle', where: 'APK Signing Block pair 0x71777777' },
    ])
    expect(section(record('walle-twice-resigned'), (c) => c.startsWith('apksigner verify'))!.exit).toBe(0)
  })

  it('reads no channel from an APK without channel data', async () => {
    const apk = await readApk(fixture('channels/no-channel.apk'), 'no-channel.apk')
    expect(apk.channel).toBeUndefined()
    expect(apk.channelMarks).toBeUndefined()
  })

  it('says so when two tools wrote different channels into one APK', async () => {
    const apk = await readApk(fixture('channels/conflict.apk'), 'conflict.apk')
    expect(apk.channelMarks?.map((m) => [m.scheme, m.name])).toEqual([
      ['walle', 'xiaomi'],
      ['vasdolly', 'huawei'],
    ])
    // The channel-packages rule reports the disagreement once, as a warning; the reader adds no
    // notice of its own (it used to be reported twice).
    expect(apk.notes).toEqual([])
  })
})

describe('readChannelMarks on malformed channel data', () => {
  const zip = (comment: Buffer, names: string[] = []) =>
    ({ comment, entries: names.map((name) => ({ name })) }) as unknown as ZipArchive
  const none = new Map<number, Buffer>()
  const v1 = (channel: Buffer, length = channel.length) => {
    const len = Buffer.alloc(2)
    len.writeUInt16LE(length)
    return Buffer.concat([Buffer.from('some earlier comment'), channel, len, Buffer.from('ltlovezh')])
  }

  it.each<[string, Map<number, Buffer>, Buffer, RegExp]>([
    [
      'Walle value that is not JSON',
      new Map([[WALLE_BLOCK_ID, Buffer.from('xiaomi')]]),
      Buffer.alloc(0),
      /Walle pair 0x71777777 .* is not JSON/,
    ],
    [
      'Walle JSON without a channel',
      new Map([[WALLE_BLOCK_ID, Buffer.from('{"buildType":"release"}')]]),
      Buffer.alloc(0),
      /has no "channel" string/,
    ],
    [
      'Walle JSON that is an array',
      new Map([[WALLE_BLOCK_ID, Buffer.from('["xiaomi"]')]]),
      Buffer.alloc(0),
      /JSON but not an object/,
    ],
    [
      'VasDolly value that is not UTF-8',
      new Map([[VASDOLLY_BLOCK_ID, Buffer.from([0xff, 0xfe, 0x41])]]),
      Buffer.alloc(0),
      /VasDolly pair 0x881155ff .* is not UTF-8/,
    ],
    [
      'VasDolly value too long for a channel',
      new Map([[VASDOLLY_BLOCK_ID, Buffer.alloc(4096, 0x61)]]),
      Buffer.alloc(0),
      /4096 bytes, more than a channel name/,
    ],
    [
      'v1 comment whose length runs before the comment',
      none,
      v1(Buffer.from('oppo'), 500),
      /length field claims 500 bytes and only 24 precede it/,
    ],
    ['v1 comment with only the magic', none, Buffer.from('ltlovezh'), /length field before it is missing/],
    [
      'Walle channel with a newline',
      new Map([[WALLE_BLOCK_ID, Buffer.from('{"channel":"xiaomi\\n::error::forged"}')]]),
      Buffer.alloc(0),
      /Walle pair 0x71777777 .* holds control characters in its channel/,
    ],
    [
      'VasDolly channel with an escape character',
      new Map([[VASDOLLY_BLOCK_ID, Buffer.from('oppo\u001b[31m')]]),
      Buffer.alloc(0),
      /VasDolly pair 0x881155ff .* holds control characters/,
    ],
  ])('%s: a note, no channel', (_name, pairs, comment, note) => {
    const reading = readChannelMarks(zip(comment), pairs)
    expect(reading.marks).toEqual([])
    expect(reading.notes.join('\n')).toMatch(note)
  })

  it('reads the VasDolly v1 channel after an earlier comment, trimmed as VasDolly does', () => {
    const reading = readChannelMarks(zip(v1(Buffer.from(' 应用宝 '))), none)
    expect(reading.marks).toEqual([{ name: '应用宝', scheme: 'vasdolly-v1', where: expect.any(String) }])
  })

  it.each([
    ['META-INF/channel_xiaomi', 'xiaomi'],
    ['META-INF/mtchannel_meituan', 'meituan'],
  ])('recognises the marker file %s', (entry, channel) => {
    expect(readChannelMarks(zip(Buffer.alloc(0), [entry, 'META-INF/MANIFEST.MF']), none).marks).toEqual([
      { name: channel, scheme: 'meta-inf', where: entry },
    ])
  })

  it('reads at most 16 marker files, and says so once however many there are', () => {
    const names = Array.from({ length: 200_000 }, (_, k) => `META-INF/channel_c${k}`)
    const bad = Array.from({ length: 9 }, (_, k) => `META-INF/channel_x${k}\u0007`)
    const reading = readChannelMarks(zip(Buffer.alloc(0), [...bad, ...names]), none)
    expect(reading.marks.map((m) => m.name)).toEqual(Array.from({ length: 7 }, (_, k) => `c${k}`))
    expect(reading.notes).toEqual([
      '9 META-INF channel marker files name no channel: each holds control characters in its channel',
      'it has 200009 META-INF channel marker files; only the first 16 were read (a channel tool writes one)',
    ])
  })

  it('does not take a marker file name with control characters as a channel', () => {
    const reading = readChannelMarks(zip(Buffer.alloc(0), ['META-INF/channel_xiaomi\r\n::error::x']), none)
    expect(reading).toEqual({
      marks: [],
      notes: [
        'a META-INF channel marker file holds control characters in its channel, so it names no channel',
      ],
    })
  })

  it('ignores entries that only look like markers', () => {
    const names = [
      'META-INF/channels/xiaomi',
      'assets/channel_xiaomi',
      'META-INF/CERT.RSA',
      'META-INF/channel_',
    ]
    expect(readChannelMarks(zip(Buffer.alloc(0), names), none)).toEqual({ marks: [], notes: [] })
  })
})
