/**
 * A budget on the structure of a declaration, checked with YAML's lexer before the full parse. A real
 * declaration has a few dozen apps of a few dozen keys each; a 700 KB `apps: [{}, {}, …]` has 230,000
 * mappings, and building the document, validating it and describing every schema issue took 56 s and
 * 2.1 GB (issue 12.8). The lexer is linear and cheap, so it decides first whether the file is worth
 * parsing at all.
 */
import { CST, Lexer } from 'yaml'
import { MAX_DECLARATION_NODES } from './load.js'

const STRUCTURE_TOKENS = new Set<string>([
  'flow-map-start',
  'flow-seq-start',
  'seq-item-ind',
  'map-value-ind',
  'explicit-key-ind',
  'comma',
])

/** Counts structure tokens, stopping as soon as the budget is exceeded. */
export function exceedsNodeBudget(text: string, budget: number = MAX_DECLARATION_NODES): boolean {
  let count = 0
  for (const token of new Lexer().lex(text)) {
    const type = CST.tokenType(token)
    if (type && STRUCTURE_TOKENS.has(type) && ++count > budget) return true
  }
  return false
}
