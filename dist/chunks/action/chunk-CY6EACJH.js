// src/stdio.ts, src/action/stdout.ts, from ../../index.js
import { __cfg32___commonJS, __cfg32___require, __cfg32___toESM, __cfg32_actionStdout, __cfg32_init_stdout } from "../../index.js";

// cfg-builtin:node:crypto
__cfg32_init_stdout();
var builtin = __cfg32___require("node:crypto");
var X509Certificate = builtin.X509Certificate;
var createHash = builtin.createHash;
export {
  X509Certificate,
  createHash
};
//# sourceMappingURL=chunk-CY6EACJH.js.map
