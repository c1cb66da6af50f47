import { createRequire as __cfgCreateRequire } from 'node:module'; const require = __cfgCreateRequire(import.meta.url);
import {
  __require
} from "./chunk-VFAWLHXG.js";

// cfg-builtin:node:fs
var builtin = __require("node:fs");
var readFileSync = builtin.readFileSync;
var constants = builtin.constants;
var existsSync = builtin.existsSync;

export {
  readFileSync,
  constants,
  existsSync
};
