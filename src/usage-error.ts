/**
 * A mistake in how the gate was invoked (an unknown flag, app or store, a bad date), as opposed to a
 * finding about the declaration. The CLI exits 2 on it; the action fails the step with its message.
 *
 * The same check runs behind a CLI flag (`--apps`) and an action input (`apps`), and a message should
 * name what the user typed: so a message may say `{input}`, and `setting` names it. The CLI shows
 * `--apps`, the action "input apps" (usageMessage below).
 */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The setting the message's `{input}` stands for, e.g. `apps`, `today`. */
    readonly setting?: string,
  ) {
    super(setting ? message.replace(/\{input\}/g, `input ${setting}`) : message)
    this.name = 'UsageError'
    this.template = message
  }

  private readonly template: string

  /** The message as the CLI (`flag`) or the action (`input`) should say it. */
  describe(style: 'flag' | 'input'): string {
    if (!this.setting) return this.message
    return this.template.replace(
      /\{input\}/g,
      style === 'flag' ? `--${this.setting}` : `input ${this.setting}`,
    )
  }
}
