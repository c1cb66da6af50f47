import { createRequire as __cfgCreateRequire } from 'node:module'; const require = __cfgCreateRequire(import.meta.url);
import {
  __require
} from "./chunk-VFAWLHXG.js";

// cfg-builtin:node:os
var builtin = __require("node:os");
var node_os_default = builtin;
var tmpdir = builtin.tmpdir;

export {
  node_os_default,
  tmpdir
};
