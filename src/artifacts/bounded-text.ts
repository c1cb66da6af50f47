/**
 * Text from a hostile artifact reaches terminals, annotations and reports, so what the readers say
 * about it is kept short: a list names its first few items and says how many more there are, and a
 * message past a few KiB is cut (issue 12: a 20k-signer block once produced a 2 MB message).
 */

/** Items a message lists before "and N more". */
export const MAX_LISTED = 5
/** Characters of one error or note; real ones are a few hundred. */
export const MAX_MESSAGE = 2000

/** `a; b; c and 17 more`: the first MAX_LISTED items joined, then how many were left out. */
export function listSome(items: readonly string[], separator = '; ', max = MAX_LISTED): string {
  const shown = items.slice(0, max).join(separator)
  return items.length > max ? `${shown} and ${items.length - max} more` : shown
}

/** The message itself when short; otherwise its start and how much was cut. */
export function boundMessage(message: string, max = MAX_MESSAGE): string {
  if (message.length <= max) return message
  return `${message.slice(0, max)}… (${message.length - max} more characters cut)`
}
