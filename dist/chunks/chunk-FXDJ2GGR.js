import { createRequire as __cfgCreateRequire } from 'node:module'; const require = __cfgCreateRequire(import.meta.url);

// src/version.ts
var TOOL_VERSION = true ? "1.0.0" : packageJsonVersion();
var VERSION_FLAGS = ["--version", "-V", "-v"];

export {
  TOOL_VERSION,
  VERSION_FLAGS
};
