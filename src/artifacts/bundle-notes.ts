/**
 * The notes the AAB reader makes about a bundle's signature (`aab.ts`). `artifact-identity` reports a
 * bundle's signature with findings of its own, so it leaves these out and shows the bundle's other
 * notes (a version it could not resolve). A module of its own so that the rule does not load the reader.
 */
export const UPLOAD_KEY_NOTE =
  'an AAB is signed with the upload key; what Chinese stores distribute are APKs signed by whoever signs them (you, or the store), and that key must match the filing: inspect the APKs built from this bundle'

export const UNSIGNED_NOTE =
  'the bundle is not signed; stores accept only signed uploads, and what Chinese stores distribute are APKs signed by whoever signs them, with the key the filing must record'

const SEVERAL_SIGNERS = ' JAR signers, which every verifier requires together; '

export function severalSignersNote(count: number): string {
  return `the bundle has ${count}${SEVERAL_SIGNERS}which of them is the upload key cannot be told`
}

/** Whether a note of a bundle is about its signature, which artifact-identity reports otherwise. */
export function isBundleSigningNote(note: string): boolean {
  return (
    note === UPLOAD_KEY_NOTE ||
    note === UNSIGNED_NOTE ||
    (note.startsWith('the bundle has ') && note.includes(SEVERAL_SIGNERS))
  )
}
