import { createRequire as __cfgCreateRequire } from 'node:module'; const require = __cfgCreateRequire(import.meta.url);
import {
  __require
} from "./chunk-VFAWLHXG.js";

// cfg-builtin:node:fs
var builtin = __require("node:fs");
var readFileSync = builtin.readFileSync;
var constants = builtin.constants;
var existsSync = builtin.existsSync;

// src/version.ts
var TOOL_VERSION = true ? "1.0.0" : packageJsonVersion();
var VERSION_FLAGS = ["--version", "-V", "-v"];

export {
  readFileSync,
  constants,
  existsSync,
  TOOL_VERSION,
  VERSION_FLAGS
};
