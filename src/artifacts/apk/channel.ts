/**
 * The store channel (渠道) an APK was packaged for. Mainland teams ship one APK per store, written
 * after signing by a channel tool, in one of four places:
 *
 * - Walle (Meituan-Dianping/walle, PayloadWriter / ApkUtil.APK_CHANNEL_BLOCK_ID): an ID-value pair
 *   0x71777777 in the APK Signing Block whose value is a UTF-8 JSON object, `{"channel":"xiaomi", …}`
 *   (other keys are the "extra info" Walle lets teams add).
 * - VasDolly (Tencent/VasDolly, ChannelConstants.CHANNEL_BLOCK_ID = 0x881155ff): a pair in the APK
 *   Signing Block whose value is the channel as UTF-8. Tencent Cloud's packaging service writes the
 *   same pairs.
 * - VasDolly's v1 scheme (V1SchemeUtil.writeChannel): appended to the ZIP end record's comment as the
 *   channel's UTF-8 bytes, their length as a little-endian uint16, then the 8-byte magic `ltlovezh`
 *   (ChannelConstants.V1_MAGIC). The reader trims the channel (V1SchemeUtil.readChannel: `trim()`).
 * - The older marker-file scheme (Meituan's 2014 write-up, UMeng-era tools): an entry
 *   `META-INF/<prefix>channel_<name>`, e.g. `META-INF/channel_xiaomi` or `META-INF/mtchannel_xiaomi`;
 *   JAR (v1) verification ignores unsigned META-INF entries, v2/v3 do not.
 *
 * Pairs in the signing block lie outside the signed data, so they survive `apksigner verify`; a
 * comment or a META-INF entry breaks v2/v3, which is why those schemes only occur on v1-only builds.
 * None of these readers trusts a length it has not checked against the bytes it has.
 */
import { listSome } from '../bounded-text.js'
import type { ChannelMark } from '../types.js'
import type { ZipArchive } from '../zip.js'

export const WALLE_BLOCK_ID = 0x71777777
export const VASDOLLY_BLOCK_ID = 0x881155ff
export const VASDOLLY_V1_MAGIC = Buffer.from('ltlovezh', 'ascii')
/** Walle's JSON key for the channel (PayloadReader.CHANNEL_KEY). */
const WALLE_CHANNEL_KEY = 'channel'
/** A channel is a short store name; anything longer is not a channel a store would recognise. */
const MAX_CHANNEL_BYTES = 256
/** Walle's JSON carries the channel and a few extra keys; a larger value is not Walle's. */
const MAX_WALLE_JSON = 64 * 1024

/** META-INF marker files read: a channel tool writes one, so thousands only cost time and text. */
const MAX_MARKER_FILES = 16

const MARKER = /^META-INF\/([A-Za-z0-9]*channel)_([^/]+)$/i

export interface ChannelReading {
  marks: ChannelMark[]
  /** Facts about malformed channel data (the APK itself is still readable). */
  notes: string[]
}

/** Every channel mark the APK carries, in the order the tools' readers would look. */
export function readChannelMarks(
  zip: ZipArchive,
  unsignedPairs: ReadonlyMap<number, Buffer>,
): ChannelReading {
  const marks: ChannelMark[] = []
  const notes: string[] = []

  const walle = unsignedPairs.get(WALLE_BLOCK_ID)
  if (walle) {
    const channel = walleChannel(walle)
    if (typeof channel === 'string') {
      marks.push({ name: channel, scheme: 'walle', where: 'APK Signing Block pair 0x71777777' })
    } else
      notes.push(
        `the Walle pair 0x71777777 in the APK Signing Block ${channel.problem}, so it names no channel`,
      )
  }

  const vasdolly = unsignedPairs.get(VASDOLLY_BLOCK_ID)
  if (vasdolly) {
    const channel = utf8Channel(vasdolly)
    if (typeof channel === 'string') {
      marks.push({ name: channel, scheme: 'vasdolly', where: 'APK Signing Block pair 0x881155ff' })
    } else
      notes.push(
        `the VasDolly pair 0x881155ff in the APK Signing Block ${channel.problem}, so it names no channel`,
      )
  }

  const comment = commentChannel(zip.comment)
  if (typeof comment === 'string') {
    marks.push({ name: comment, scheme: 'vasdolly-v1', where: 'ZIP comment (VasDolly v1, magic "ltlovezh")' })
  } else if (comment) {
    notes.push(
      `the ZIP comment ends with VasDolly's magic "ltlovezh" but ${comment.problem}, so it names no channel`,
    )
  }

  let markerFiles = 0
  const unnamed: string[] = []
  for (const entry of zip.entries) {
    const match = MARKER.exec(entry.name)
    if (!match) continue
    if (++markerFiles > MAX_MARKER_FILES) continue
    const name = plainName(match[2]!)
    if (typeof name === 'string') marks.push({ name, scheme: 'meta-inf', where: entry.name })
    else unnamed.push(name.problem)
  }
  if (unnamed.length === 1) notes.push(`a META-INF channel marker file ${unnamed[0]}, so it names no channel`)
  else if (unnamed.length > 1)
    notes.push(
      `${unnamed.length} META-INF channel marker files name no channel: each ${listSome([...new Set(unnamed)])}`,
    )
  if (markerFiles > MAX_MARKER_FILES)
    notes.push(
      `it has ${markerFiles} META-INF channel marker files; only the first ${MAX_MARKER_FILES} were read (a channel tool writes one)`,
    )
  return { marks, notes }
}

type Problem = { problem: string }

function walleChannel(value: Buffer): string | Problem {
  if (value.length > MAX_WALLE_JSON) {
    return { problem: `holds ${value.length} bytes, more than Walle's JSON ever takes (${MAX_WALLE_JSON})` }
  }
  const text = decodeUtf8(value)
  if (text === undefined) return { problem: 'is not UTF-8' }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    return { problem: `is not JSON (${(error as Error).message})` }
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { problem: 'is JSON but not an object' }
  }
  const channel = (parsed as Record<string, unknown>)[WALLE_CHANNEL_KEY]
  if (typeof channel !== 'string' || channel.trim() === '') {
    return { problem: `has no "${WALLE_CHANNEL_KEY}" string` }
  }
  return plainName(channel.trim())
}

/**
 * A channel is a store name; control characters (a newline from a JSON escape, say) would let APK
 * bytes shape the gate's annotations and logs, so such a value is reported, not used.
 */
function plainName(name: string): string | Problem {
  if (name.length > MAX_CHANNEL_BYTES) {
    return {
      problem: `holds a ${name.length}-character channel, longer than a channel name (at most ${MAX_CHANNEL_BYTES})`,
    }
  }
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u001f\u007f]/.test(name) ? { problem: 'holds control characters in its channel' } : name
}

function utf8Channel(value: Buffer): string | Problem {
  if (value.length > MAX_CHANNEL_BYTES) {
    return { problem: `holds ${value.length} bytes, more than a channel name (at most ${MAX_CHANNEL_BYTES})` }
  }
  const text = decodeUtf8(value)?.trim()
  if (text === undefined) return { problem: 'is not UTF-8' }
  if (text === '') return { problem: 'is empty' }
  return plainName(text)
}

/** VasDolly v1: comment := … | channel | u16le length | "ltlovezh". Null when the magic is absent. */
function commentChannel(comment: Buffer): string | Problem | null {
  const magicAt = comment.length - VASDOLLY_V1_MAGIC.length
  if (magicAt < 0 || !comment.subarray(magicAt).equals(VASDOLLY_V1_MAGIC)) return null
  if (magicAt < 2) return { problem: 'the length field before it is missing' }
  const length = comment.readUInt16LE(magicAt - 2)
  const start = magicAt - 2 - length
  if (start < 0) {
    return { problem: `its length field claims ${length} bytes and only ${magicAt - 2} precede it` }
  }
  return utf8Channel(comment.subarray(start, magicAt - 2))
}

/** The bytes as UTF-8, or undefined when they are not UTF-8 (decoding would replace bytes with U+FFFD). */
function decodeUtf8(bytes: Buffer): string | undefined {
  const text = bytes.toString('utf8')
  return Buffer.from(text, 'utf8').equals(bytes) ? text : undefined
}

/**
 * The channel the APK is for: the first mark's, in the order the tools' readers look. Marks that
 * disagree are the channel-packages rule's finding (the gate cannot tell which store it is for).
 */
export function channelOf(marks: readonly ChannelMark[]): string | undefined {
  return marks[0]?.name
}
