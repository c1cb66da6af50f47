
// src/version.ts
var TOOL_VERSION = true ? "1.0.0" : packageJsonVersion();

export {
  TOOL_VERSION
};
