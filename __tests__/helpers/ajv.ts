/** Ajv 8 with ajv-formats, as the vendored SchemaStore and SARIF schemas need (test-tools.md §5). */
import { Ajv, type Options } from 'ajv'
import addFormatsModule from 'ajv-formats'

// ajv-formats is CommonJS: under ESM its function may arrive as the module or as its default.
type AddFormats = (ajv: Ajv) => Ajv
const addFormats: AddFormats =
  (addFormatsModule as unknown as { default?: AddFormats }).default ??
  (addFormatsModule as unknown as AddFormats)

export function createAjv(options: Options = {}): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true, ...options })
  addFormats(ajv)
  return ajv
}
