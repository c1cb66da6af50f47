import { createRequire as __cfgCreateRequire } from 'node:module'; const require = __cfgCreateRequire(import.meta.url);
import {
  __require
} from "./chunk-VFAWLHXG.js";

// cfg-builtin:node:path
var builtin = __require("node:path");
var node_path_default = builtin;
var join = builtin.join;
var basename = builtin.basename;
var sep = builtin.sep;

export {
  node_path_default,
  join,
  basename,
  sep
};
