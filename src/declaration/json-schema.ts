/**
 * The JSON Schema of `china-filing.yml`, generated from the zod schema (so the two cannot drift) and
 * enriched with the catalogue enums that zod checks in refinements, so editors can complete them.
 * Committed at schema/china-filing.schema.json; a test keeps the file in sync.
 */
import * as z from 'zod'
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
  props(props(schema).holder).province!.enum = provinceSpellings()
  return {
    $id: 'https://github.com/china-filing-gate/china-filing-gate/schema/china-filing.schema.json',
    title: 'china-filing.yml',
    description: 'Declares the apps a repository ships to mainland China and their MIIT filings (APP备案).',
    ...schema,
  }
}

export function renderJsonSchema(): string {
  return `${JSON.stringify(declarationJsonSchema(), null, 2)}\n`
}
