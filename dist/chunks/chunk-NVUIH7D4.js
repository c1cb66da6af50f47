import {
  __require
} from "./chunk-ERADHNRU.js";

// cfg-builtin:node:os
var builtin = __require("node:os");
var node_os_default = builtin;
var tmpdir = builtin.tmpdir;

export {
  node_os_default,
  tmpdir
};
