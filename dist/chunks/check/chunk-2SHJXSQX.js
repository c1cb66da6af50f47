"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// merged-entry:merged-entry:dist/chunks/check/chunk-2SHJXSQX.js
var chunk_2SHJXSQX_exports = {};
__export(chunk_2SHJXSQX_exports, {
  createHash: () => createHash
});
module.exports = __toCommonJS(chunk_2SHJXSQX_exports);

// esbuild's helpers, from ../cli-check.js
var import_cli_check = require("../cli-check.js");

// cfg-builtin:node:crypto
var builtin = (0, import_cli_check.__cfg37___require)("node:crypto");
var X509Certificate = builtin.X509Certificate;
var createHash = builtin.createHash;
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  createHash
});
//# sourceMappingURL=chunk-2SHJXSQX.js.map
