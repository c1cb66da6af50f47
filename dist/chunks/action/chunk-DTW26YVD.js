// esbuild's helpers, from ../../index.js
import { __cfg32___commonJS, __cfg32___require, __cfg32___toESM } from "../../index.js";

// cfg-builtin:node:crypto
var builtin = __cfg32___require("node:crypto");
var X509Certificate = builtin.X509Certificate;
var createHash = builtin.createHash;
export {
  X509Certificate,
  createHash
};
//# sourceMappingURL=chunk-DTW26YVD.js.map
