#!/usr/bin/env node
// src/version.ts
var TOOL_VERSION = true ? "1.0.0" : packageJsonVersion();
var VERSION_FLAGS = ["--version", "-V", "-v"];

// src/cli/index.ts
var argv = process.argv.slice(2);
if (VERSION_FLAGS.includes(argv[0])) {
  process.stdout.write(`${TOOL_VERSION}
`);
} else {
  const { main } = await import("./chunks/main.js");
  process.exitCode = await main(argv, {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd()
  });
}
