#!/usr/bin/env node
import { createRequire as __cfgCreateRequire } from 'node:module'; const require = __cfgCreateRequire(import.meta.url);
import {
  main
} from "./chunks/chunk-ONDBHROP.js";
import "./chunks/chunk-LD2BKEBV.js";
import "./chunks/chunk-EBUTKOES.js";

// src/cli/index.ts
process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd()
});
