
// src/usage-error.ts
var UsageError = class extends Error {
  constructor(message, setting) {
    super(setting ? message.replace(/\{input\}/g, `input ${setting}`) : message);
    this.setting = setting;
    this.name = "UsageError";
    this.template = message;
  }
  setting;
  template;
  /** The message as the CLI (`flag`) or the action (`input`) should say it. */
  describe(style) {
    if (!this.setting) return this.message;
    return this.template.replace(
      /\{input\}/g,
      style === "flag" ? `--${this.setting}` : `input ${this.setting}`
    );
  }
};

export {
  UsageError
};
