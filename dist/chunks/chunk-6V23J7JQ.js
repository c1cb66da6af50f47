import {
  __require
} from "./chunk-ERADHNRU.js";

// cfg-builtin:node:crypto
var builtin = __require("node:crypto");
var X509Certificate = builtin.X509Certificate;
var createHash = builtin.createHash;

export {
  X509Certificate,
  createHash
};
