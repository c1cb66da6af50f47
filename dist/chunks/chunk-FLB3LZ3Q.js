import {
  __require
} from "./chunk-ERADHNRU.js";

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
