#!/usr/bin/env node
// src/version.ts
var TOOL_VERSION = true ? "1.0.0" : packageJsonVersion();
var VERSION_FLAGS = ["--version", "-V", "-v"];

// src/cli/routes.ts
var PROGRAMS = {
  check: () => import("./chunks/cli-check.js"),
  inspect: () => import("./chunks/cli-inspect.js"),
  init: () => import("./chunks/cli-init.js"),
  schema: () => import("./chunks/cli-docs.js"),
  explain: () => import("./chunks/cli-docs.js")
};
function programFor(command) {
  const load = command !== void 0 && Object.hasOwn(PROGRAMS, command) ? PROGRAMS[command] : () => import("./chunks/cli-help.js");
  return load();
}

// src/cli/index.ts
var argv = process.argv.slice(2);
if (VERSION_FLAGS.includes(argv[0])) {
  process.stdout.write(`${TOOL_VERSION}
`);
} else {
  const { main } = await programFor(argv[0]);
  process.exitCode = await main(argv, {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd()
  });
}
