/**
 * Text from a hostile artifact reaches terminals, annotations and reports, so what the readers say
 * about it is kept short: a list names its first few items and says how many more there are, and a
 * message is bounded like a finding's (`boundMessage` in excerpt.ts; issue 12: a 20k-signer block once
 * produced a 2 MB message).
 */

/** Items a message lists before "and N more". */
export const MAX_LISTED = 5
/** `a; b; c and 17 more`: the first MAX_LISTED items joined, then how many were left out. */
export function listSome(items: readonly string[], separator = '; ', max = MAX_LISTED): string {
  const shown = items.slice(0, max).join(separator)
  return items.length > max ? `${shown} and ${items.length - max} more` : shown
}
