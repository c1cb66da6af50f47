/**
 * How YAML 1.2's core schema (the `yaml` library's default) reads a plain scalar: null, boolean,
 * integer, another number, or else a string. Shared by the plain-YAML reader and the inspect snippet.
 */
export const NULL = /^(?:~|null|Null|NULL)$/
export const TRUE = /^(?:true|True|TRUE)$/
export const FALSE = /^(?:false|False|FALSE)$/
export const DECIMAL = /^[-+]?[0-9]+$/
/** Octal, hex, floats, infinities and NaN: numbers the plain-YAML reader leaves to the library. */
export const OTHER_NUMBER =
  /^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/

/** Whether the core schema reads this plain scalar as a string. */
export function plainIsString(source: string): boolean {
  return ![NULL, TRUE, FALSE, DECIMAL, OTHER_NUMBER].some((pattern) => pattern.test(source))
}
