#!/usr/bin/env node
import {
  TOOL_VERSION,
  VERSION_FLAGS
} from "./chunks/chunk-X25NDTEW.js";
import "./chunks/chunk-ERADHNRU.js";

// src/cli/index.ts
var argv = process.argv.slice(2);
if (VERSION_FLAGS.includes(argv[0])) {
  process.stdout.write(`${TOOL_VERSION}
`);
} else {
  const { main } = await import("./chunks/main-5TD5KKKD.js");
  process.exitCode = await main(argv, {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd()
  });
}
