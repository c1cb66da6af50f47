#!/usr/bin/env node
import { createRequire as __cfgCreateRequire } from 'node:module'; const require = __cfgCreateRequire(import.meta.url);
import {
  TOOL_VERSION,
  VERSION_FLAGS
} from "./chunks/chunk-FXDJ2GGR.js";
import "./chunks/chunk-3LDKSJR5.js";
import "./chunks/chunk-VFAWLHXG.js";

// src/cli/index.ts
var argv = process.argv.slice(2);
if (VERSION_FLAGS.includes(argv[0])) {
  process.stdout.write(`${TOOL_VERSION}
`);
} else {
  const { main } = await import("./chunks/main-ENO23M3X.js");
  process.exitCode = await main(argv, {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd()
  });
}
