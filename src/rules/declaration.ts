/** The two rules whose findings come from loading the file (src/declaration/load.ts), not from a check. */
import type { Rule } from './rule.js'

export const declarationSyntax: Rule = {
  meta: {
    id: 'declaration-syntax',
    description:
      'The declaration must exist, be readable UTF-8 YAML under 1 MiB, with no duplicate keys or alias bombs.',
    defaultSeverity: 'error',
  },
}

export const declarationSchema: Rule = {
  meta: {
    id: 'declaration-schema',
    description: 'Every key, type and enum value of the declaration must be valid.',
    defaultSeverity: 'error',
  },
}
