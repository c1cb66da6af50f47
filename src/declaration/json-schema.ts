/**
 * The JSON Schema of `china-filing.yml`, generated from the zod schema (so the two cannot drift) and
 * enriched with the catalogue enums that zod checks in refinements, so editors can complete them.
 * Committed at schema/china-filing.schema.json; a test keeps the file in sync.
 */
import * as z from 'zod/mini'
import { declarationSchema } from './schema.js'
import { STORE_IDS } from '../catalog/stores.js'
import { provinceSpellings } from '../catalog/provinces.js'

type JsonObject = Record<string, unknown>

export function declarationJsonSchema(): JsonObject {
  const schema = z.toJSONSchema(declarationSchema, {
    target: 'draft-7',
    unrepresentable: 'any',
  }) as JsonObject
  const props = (node: unknown) => (node as { properties: Record<string, JsonObject> }).properties
  const apps = props(schema).apps as { items: JsonObject }
  const app = props(apps.items)
  ;(app.stores as { items: JsonObject }).items.enum = [...STORE_IDS]
  const channels = props(app.release).channels as { additionalProperties: JsonObject }
  channels.additionalProperties.enum = [...STORE_IDS]
  props(props(schema).holder).province!.enum = provinceSpellings()
  carryRefinements(schema)
  return {
    $id: 'https://github.com/china-filing-gate/china-filing-gate/schema/china-filing.schema.json',
    title: 'china-filing.yml',
    description: 'Declares the apps a repository ships to mainland China and their MIIT filings (APP备案).',
    ...schema,
  }
}

/**
 * zod's refinements (superRefine) do not reach the JSON Schema, so an editor would accept `md5: TODO`
 * that the loader refuses (issue 7.10). The checks that a pattern can express are carried over here,
 * by key name wherever they occur; a test feeds a table of bad values to both Ajv and the loader.
 */
const FINGERPRINT_PATTERNS: Record<string, string> = {
  // Colons, spaces and case are ignored, as the loader does (keytool prints colons).
  md5: '^[\\s:]*(?:[0-9a-fA-F][\\s:]*){32}$',
  sha1: '^[\\s:]*(?:[0-9a-fA-F][\\s:]*){40}$',
  sha256: '^[\\s:]*(?:[0-9a-fA-F][\\s:]*){64}$',
}
const DATE_PATTERN = '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$'
const DATE_KEYS = new Set(['launchedOn', 'approvedOn', 'expires'])

function carryRefinements(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(carryRefinements)
  if (!node || typeof node !== 'object') return
  const object = node as JsonObject
  const properties = object.properties as Record<string, JsonObject> | undefined
  if (properties) {
    for (const [key, child] of Object.entries(properties)) {
      if (child.type !== 'string') continue
      if (DATE_KEYS.has(key)) child.pattern = DATE_PATTERN
      if (FINGERPRINT_PATTERNS[key] && 'sha256' in properties && 'md5' in properties)
        child.pattern = FINGERPRINT_PATTERNS[key]
    }
    // A certificate names at least one fingerprint.
    if ('md5' in properties && 'sha1' in properties && 'sha256' in properties && 'publicKey' in properties)
      object.anyOf = ['md5', 'sha1', 'sha256', 'publicKey'].map((k) => ({ required: [k] }))
  }
  for (const value of Object.values(object)) carryRefinements(value)
}

export function renderJsonSchema(): string {
  return `${JSON.stringify(declarationJsonSchema(), null, 2)}\n`
}
