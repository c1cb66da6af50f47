import { createRequire as __cfgCreateRequire } from 'node:module'; const require = __cfgCreateRequire(import.meta.url);

// src/version.ts
var TOOL_VERSION = true ? "0.1.0" : "dev";
var VERSION_FLAGS = ["--version", "-V", "-v"];

export {
  TOOL_VERSION,
  VERSION_FLAGS
};
