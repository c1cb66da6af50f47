// esbuild's helpers, from ../cli-check.js
import { __cfg31___commonJS, __cfg31___require, __cfg31___toESM } from "../cli-check.js";

// cfg-builtin:node:crypto
var builtin = __cfg31___require("node:crypto");
var X509Certificate = builtin.X509Certificate;
var createHash = builtin.createHash;
export {
  createHash
};
//# sourceMappingURL=chunk-AI6I2UVU.js.map
