"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// merged-entry:merged-entry:dist/chunks/cli-help.js
var cli_help_exports = {};
__export(cli_help_exports, {
  main: () => main
});
module.exports = __toCommonJS(cli_help_exports);

// cfg-builtin:node:util, src/usage-error.ts, src/declaration/suggest.ts, src/version.ts, src/cli/commands.ts, src/cli/fs-errors.ts, src/excerpt.ts, src/rules/docs.ts, src/settle.ts, src/cli/program.ts, src/cli/programs/help.ts
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var builtin = __require("node:util");
var promisify = builtin.promisify;
var parseArgs = builtin.parseArgs;
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
function editDistance(a, b) {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0];
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j];
      previous[j] = Math.min(above + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length];
}
function closestMatch(input, candidates) {
  const needle = input.toLowerCase();
  let best;
  for (const candidate of candidates) {
    const distance = editDistance(needle, candidate.toLowerCase());
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  if (!best) return void 0;
  const limit = Math.max(1, Math.ceil(Math.max(needle.length, best.candidate.length) / 3));
  return best.distance <= limit ? best.candidate : void 0;
}
var TOOL_VERSION = true ? "1.0.0" : packageJsonVersion();
var COMMANDS = [
  {
    name: "check",
    summary: "Judge china-filing.yml (and built artifacts) against the filing rules",
    flags: [
      {
        name: "config",
        short: "c",
        value: "FILE",
        description: "the declaration (default china-filing.yml)"
      },
      {
        name: "mode",
        value: "release|pull-request|audit",
        description: "what the run is (default: release with --tag or --version, else audit)"
      },
      { name: "apps", value: "a,b", description: "judge only these declared apps", repeatable: true },
      { name: "stores", value: "s,t", description: "the stores this run uploads to", repeatable: true },
      { name: "tag", value: "TAG", description: "the release tag (implies --mode release)" },
      {
        name: "version",
        value: "SEMVER",
        description: "the release version (default: from --tag; implies --mode release)"
      },
      {
        name: "artifact",
        value: "GLOB",
        description: "built APK/AAB/IPA/HAP files to verify",
        repeatable: true
      },
      {
        name: "fail-on",
        value: "error|warning|never",
        description: "what blocks (never: report only, exit 0)"
      },
      { name: "today", value: "YYYY-MM-DD", description: "the date to judge on (default: today in China)" },
      {
        name: "certificate-expiry-days",
        value: "N",
        description: "warn when an iOS/HarmonyOS signing certificate expires within N days (default 30)"
      },
      {
        name: "format",
        short: "f",
        value: "text|json|sarif|github|junit|codequality",
        description: "the report format (default text)"
      },
      {
        name: "output",
        short: "o",
        value: "FILE",
        description: "write the report to FILE instead of stdout"
      },
      { name: "help", short: "h", description: "show this help" }
    ],
    examples: [
      "china-filing check",
      'china-filing check --tag v1.4.0 --artifact "build/*.apk"',
      "china-filing check --format sarif -o china-filing.sarif"
    ]
  },
  {
    name: "inspect",
    summary: "Print what the filing form asks for from built APK/AAB/IPA/HAP files",
    args: "FILE...",
    flags: [
      {
        name: "format",
        short: "f",
        value: "text|json|yaml",
        description: "the output format (default text)"
      },
      { name: "help", short: "h", description: "show this help" }
    ],
    examples: ["china-filing inspect app-release.apk", "china-filing inspect --format yaml App.ipa"]
  },
  {
    name: "init",
    summary: "Detect identities in the source tree and write a starter china-filing.yml",
    flags: [
      { name: "config", short: "c", value: "FILE", description: "where to write (default china-filing.yml)" },
      { name: "force", description: "overwrite an existing file" },
      { name: "help", short: "h", description: "show this help" }
    ],
    examples: ["china-filing init", "china-filing init --config mobile/china-filing.yml"]
  },
  {
    name: "schema",
    summary: "Print the JSON Schema of china-filing.yml (for editors)",
    flags: [{ name: "help", short: "h", description: "show this help" }],
    examples: ["china-filing schema > china-filing.schema.json"]
  },
  {
    name: "explain",
    summary: "Print a rule's documentation",
    args: "RULE",
    flags: [{ name: "help", short: "h", description: "show this help" }],
    examples: ["china-filing explain artifact-identity"]
  },
  {
    name: "help",
    summary: "Show the help of a command",
    args: "[COMMAND]",
    flags: [],
    examples: ["china-filing help check"]
  }
];
function findCommand(name) {
  return COMMANDS.find((c) => c.name === name);
}
function flagLabel(flag) {
  const long = `--${flag.name}${flag.value ? ` ${flag.value}` : ""}`;
  return flag.short ? `-${flag.short}, ${long}` : `    ${long}`;
}
function commandUsage(command) {
  const lines = [
    `Usage: china-filing ${command.name}${command.args ? ` ${command.args}` : ""}${command.flags.length ? " [options]" : ""}`,
    "",
    command.summary
  ];
  if (command.flags.length) {
    lines.push("", "Options:");
    const labels = command.flags.map(flagLabel);
    const width = Math.max(...labels.map((l) => l.length));
    command.flags.forEach(
      (flag, i) => lines.push(
        `  ${labels[i].padEnd(width)}  ${flag.description}${flag.repeatable ? " (repeatable)" : ""}`
      )
    );
  }
  lines.push("", "Examples:", ...command.examples.map((e) => `  ${e}`));
  lines.push("", "Exit codes: 0 pass, 1 blocked, 2 usage error.");
  return `${lines.join("\n")}
`;
}
function generalUsage() {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `Usage: china-filing <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n")}

Options:
  -h, --help     show help (also: china-filing COMMAND --help, china-filing help COMMAND)
  -V, --version  print the version of china-filing-gate

Exit codes: 0 pass, 1 blocked, 2 usage error.
`;
}
var REASONS = {
  ENOENT: "no such file or folder",
  ENOTDIR: "a part of the path is a file, not a folder",
  EISDIR: "it is a folder, not a file",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EROFS: "the file system is read-only",
  ENOSPC: "no space left on the device",
  EEXIST: "it already exists",
  ELOOP: "too many symbolic links",
  ENAMETOOLONG: "the name is too long"
};
var FIXES = {
  ENOENT: "create the folder first, or choose a path in an existing folder",
  ENOTDIR: "choose a path whose folders are folders",
  EISDIR: "give a file name inside the folder",
  EACCES: "check the permissions, or choose another path",
  EPERM: "check the permissions, or choose another path",
  EROFS: "choose a writable path",
  ENOSPC: "free some space, or choose another path",
  EEXIST: "remove it, or choose another path",
  ELOOP: "point at the real file",
  ENAMETOOLONG: "choose a shorter path"
};
function fileSystemProblem(error) {
  const e = error;
  if (!e || typeof e !== "object" || typeof e.code !== "string" || !(e.code in REASONS)) return void 0;
  const target = e.path ? `${e.path}: ` : "";
  return `${target}${REASONS[e.code]} (${e.code}${e.syscall ? ` on ${e.syscall}` : ""}); ${FIXES[e.code]}.`;
}
var MAX_MESSAGE = 1e3;
var LINE_BREAKS = /\r\n|\r|\n|\u2028|\u2029/g;
function truncate(text, max) {
  if (text.length <= max) return text;
  const chars = Array.from(text.slice(0, max * 2 + 2));
  if (chars.length <= max) return text;
  return `${chars.slice(0, Math.max(0, max - 1)).join("")}…`;
}
var CARRIAGE_RETURNS = /\r\n?/g;
var unicodeEscape = (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
var CONTROLS_BUT_LINE_BREAKS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;
function escapeControlsButLineBreaks(text) {
  return text.replace(CARRIAGE_RETURNS, "\n").replace(CONTROLS_BUT_LINE_BREAKS, unicodeEscape);
}
var PROJECT_URL = "https://github.com/china-filing-gate/china-filing-gate";
var REPORT_WITH = {
  "china-filing": "the command you ran",
  "china-filing-gate": "the step's log"
};
var ISSUES = `${PROJECT_URL}/issues`;
function internalErrorMessage(program, error) {
  const head = "internal error: ";
  const tail = `. The gate could not decide, so it blocks. Please report this at ${ISSUES} with ${REPORT_WITH[program]}.`;
  return `${head}${errorLine(error, MAX_MESSAGE - head.length - tail.length)}${tail}`;
}
function errorLine(error, max = 300) {
  return truncate(escapeControlsButLineBreaks(describeError(error).split(LINE_BREAKS, 1)[0]), max);
}
function describeError(error) {
  try {
    const { message, name } = error ?? {};
    if (typeof message === "string" && message !== "") return message;
    if (error instanceof Error) return typeof name === "string" && name !== "" ? name : "Error";
    return String(error);
  } catch {
    return "a thrown value that cannot be printed";
  }
}
var EXIT = { pass: 0, blocked: 1, usage: 2 };
function describeParseError(message, known) {
  const unknown = /^Unknown option '([^']+)'/.exec(message);
  if (unknown) {
    const flag = unknown[1];
    const near = flag.startsWith("--") ? closestMatch(flag.slice(2), known) : void 0;
    return `unknown option ${flag}${near ? `; did you mean --${near}?` : ""}`;
  }
  const missing = /^Option '(?:-\w, )?(--[\w-]+) <value>' argument missing/.exec(message);
  if (missing) return `${missing[1]} needs a value`;
  const noValue = /^Option '(?:-\w, )?(--[\w-]+)' does not take an argument/.exec(message);
  if (noValue) return `${noValue[1]} takes no value`;
  return message.split(". ")[0];
}
function parse(args, commandName) {
  const command = findCommand(commandName);
  if (!command) throw new Error(`no command ${commandName} in commands.ts`);
  const options = {};
  for (const flag of command.flags) {
    if (flag.name === "help") continue;
    options[flag.name] = {
      type: flag.value !== void 0 ? "string" : "boolean",
      ...flag.short !== void 0 ? { short: flag.short } : {},
      ...flag.repeatable ? { multiple: true } : {}
    };
  }
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values, positionals };
  } catch (error) {
    throw new UsageError(describeParseError(error.message, Object.keys(options)));
  }
}
function asksForHelp(args) {
  const end = args.indexOf("--");
  return (end === -1 ? args : args.slice(0, end)).some((a) => a === "-h" || a === "--help");
}
async function runCli(argv, io, runners) {
  const [command, ...rest] = argv;
  try {
    const known = command !== void 0 ? findCommand(command) : void 0;
    if (known && known.name !== "help" && asksForHelp(rest)) {
      io.stdout.write(commandUsage(known));
      return EXIT.pass;
    }
    switch (command) {
      case "check":
      case "inspect":
      case "init":
      case "schema":
      case "explain": {
        const runner = runners[command];
        if (!runner)
          throw new Error(`this program cannot run ${command} (src/cli/routes.ts routes it elsewhere)`);
        return await runner(rest, io);
      }
      case "help":
        return helpCommand(rest, io);
      case "-h":
      case "--help":
        io.stdout.write(generalUsage());
        return EXIT.pass;
      case "--version":
      case "-V":
      case "-v":
        io.stdout.write(`${TOOL_VERSION}
`);
        return EXIT.pass;
      case void 0:
        io.stderr.write(generalUsage());
        return EXIT.usage;
      default: {
        const near = closestMatch(
          command,
          COMMANDS.map((c) => c.name)
        );
        throw new UsageError(
          `unknown command "${command}"${near ? `; did you mean "${near}"?` : ""} Commands: ${COMMANDS.map((c) => c.name).join(", ")}`
        );
      }
    }
  } catch (error) {
    const known = command !== void 0 ? findCommand(command) : void 0;
    if (error instanceof UsageError) {
      const help = known ? `Run: china-filing ${known.name} --help` : "Run: china-filing --help";
      io.stderr.write(`china-filing: ${error.describe("flag")}
${help}
`);
      return EXIT.usage;
    }
    const fsProblem = fileSystemProblem(error);
    if (fsProblem) {
      io.stderr.write(`china-filing: ${fsProblem}
`);
      return EXIT.usage;
    }
    io.stderr.write(`china-filing: ${internalErrorMessage("china-filing", error)}
`);
    return EXIT.blocked;
  }
}
function helpCommand(args, io) {
  const { positionals } = parse(args, "help");
  if (positionals.length > 1) throw new UsageError("help takes one command: help check");
  const name = positionals[0];
  if (name === void 0) {
    io.stdout.write(generalUsage());
    return EXIT.pass;
  }
  const command = findCommand(name);
  if (!command) {
    const near = closestMatch(
      name,
      COMMANDS.map((c) => c.name)
    );
    throw new UsageError(`unknown command "${name}"${near ? `; did you mean "${near}"?` : ""}`);
  }
  io.stdout.write(commandUsage(command));
  return EXIT.pass;
}
function main(argv, io) {
  return runCli(argv, io, {});
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  main
});
//# sourceMappingURL=cli-help.js.map
