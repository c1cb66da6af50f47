// esbuild's helpers, from ../cli-check.js
import { __cfg33___commonJS, __cfg33___require, __cfg33___toESM } from "../cli-check.js";

// cfg-builtin:node:crypto
var builtin = __cfg33___require("node:crypto");
var X509Certificate = builtin.X509Certificate;
var createHash = builtin.createHash;
export {
  createHash
};
//# sourceMappingURL=chunk-AI6I2UVU.js.map
