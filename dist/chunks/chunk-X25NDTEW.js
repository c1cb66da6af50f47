
// src/version.ts
var TOOL_VERSION = true ? "1.0.0" : packageJsonVersion();
var VERSION_FLAGS = ["--version", "-V", "-v"];

export {
  TOOL_VERSION,
  VERSION_FLAGS
};
