import {
  __require
} from "./chunk-ERADHNRU.js";

// cfg-builtin:node:fs
var builtin = __require("node:fs");
var constants = builtin.constants;
var readFileSync = builtin.readFileSync;
var existsSync = builtin.existsSync;

export {
  constants,
  readFileSync,
  existsSync
};
