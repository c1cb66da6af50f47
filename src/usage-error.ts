/**
 * A mistake in how the gate was invoked (an unknown flag, app or store, a bad date), as opposed to a
 * finding about the declaration. The CLI exits 2 on it; the action fails the step with its message.
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}
