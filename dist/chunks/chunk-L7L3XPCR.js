import { createRequire as __cfgCreateRequire } from 'node:module'; const require = __cfgCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-LD2BKEBV.js";
import {
  TOOL_VERSION
} from "./chunk-DJCYL6EZ.js";

// src/cli/main.ts
import { parseArgs } from "node:util";
var EXIT = { pass: 0, blocked: 1, usage: 2 };
var USAGE = `Usage: china-filing <command> [options]

Commands:
  check     Judge china-filing.yml (and built artifacts) against the filing rules
            [--config F] [--mode release|pull-request|audit] [--apps a,b] [--stores s,t] [--tag T]
            [--version V] [--artifact GLOB ...] [--fail-on error|warning|never] [--today YYYY-MM-DD]
            [--format text|json|sarif|github]
  inspect   Print what the filing form asks for from built APK/AAB/IPA/HAP files
            FILE... [--format text|json|yaml]
  init      Detect identities in the source tree and write a starter china-filing.yml [--config F] [--force]
  schema    Print the JSON Schema of china-filing.yml
  explain   Print a rule's documentation: explain RULE

Exit codes: 0 pass, 1 blocked, 2 usage error.
`;
function parse(args, options) {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values, positionals };
  } catch (error) {
    throw new UsageError(
      error.message.split(". ")[0].replace(/^Unknown option/, "unknown option")
    );
  }
}
async function main(argv, io) {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      // Each command loads only what it needs: `schema` should not pay for the artifact parsers.
      case "check":
        return await (await import("./check-DXJ5K5PD.js")).checkCommand(rest, io);
      case "inspect":
        return await (await import("./inspect-UWTFXJ5D.js")).inspectCommand(rest, io);
      case "init":
        return await (await import("./init-5IPX2MS2.js")).initCommand(rest, io);
      case "schema":
        return (await import("./docs-UYTSSL6T.js")).schemaCommand(rest, io);
      case "explain":
        return await (await import("./docs-UYTSSL6T.js")).explainCommand(rest, io);
      case void 0:
      case "-h":
      case "--help":
      case "help":
        io.stdout.write(USAGE);
        return command === void 0 ? EXIT.usage : EXIT.pass;
      // First-class fast path: nothing but this module and the inlined version is loaded (issue 10).
      case "--version":
      case "-V":
      case "-v":
        io.stdout.write(`${TOOL_VERSION}
`);
        return EXIT.pass;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`china-filing: ${error.message}

${USAGE}`);
      return EXIT.usage;
    }
    io.stderr.write(
      `china-filing: internal error: ${error?.message ?? String(error)}
The gate could not decide, so it blocks. Please report this with the command you ran.
`
    );
    return EXIT.blocked;
  }
}

export {
  EXIT,
  parse,
  main
};
