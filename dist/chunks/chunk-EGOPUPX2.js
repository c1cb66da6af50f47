import { createRequire as __cfgCreateRequire } from 'node:module'; const require = __cfgCreateRequire(import.meta.url);
import {
  __require
} from "./chunk-VFAWLHXG.js";

// cfg-builtin:node:crypto
var builtin = __require("node:crypto");
var X509Certificate = builtin.X509Certificate;
var createHash = builtin.createHash;

export {
  X509Certificate,
  createHash
};
