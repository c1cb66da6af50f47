import {
  __require
} from "./chunk-ERADHNRU.js";

// cfg-builtin:node:fs/promises
var builtin = __require("node:fs/promises");
var readFile = builtin.readFile;
var lstat = builtin.lstat;
var mkdir = builtin.mkdir;
var open = builtin.open;
var readdir = builtin.readdir;
var realpath = builtin.realpath;
var stat = builtin.stat;
var mkdtemp = builtin.mkdtemp;
var rm = builtin.rm;

export {
  readFile,
  lstat,
  mkdir,
  open,
  readdir,
  realpath,
  stat,
  mkdtemp,
  rm
};
