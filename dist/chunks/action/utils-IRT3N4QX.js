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

// merged-entry:merged-entry:dist/chunks/action/utils-IRT3N4QX.js
var utils_IRT3N4QX_exports = {};
__export(utils_IRT3N4QX_exports, {
  GitHub: () => import_chunk_QDVNAPSW.GitHub,
  context: () => import_chunk_QDVNAPSW.context,
  defaults: () => import_chunk_QDVNAPSW.defaults,
  getOctokitOptions: () => import_chunk_QDVNAPSW.getOctokitOptions,
  getUserAgentWithOrchestrationId: () => import_chunk_QDVNAPSW.getUserAgentWithOrchestrationId
});
module.exports = __toCommonJS(utils_IRT3N4QX_exports);

// esbuild's helpers
var import_chunk_QDVNAPSW = require("./chunk-QDVNAPSW.js");

// cfg-builtin-cjs:os, cfg-builtin-cjs:fs, from ../../index.js
var import__ = require("../../index.js");

// src/stdio.ts, src/action/stdout.ts, cfg-builtin:node:fs, from ../../index.js
var import__2 = require("../../index.js");
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  GitHub,
  context,
  defaults,
  getOctokitOptions,
  getUserAgentWithOrchestrationId
});
//# sourceMappingURL=utils-IRT3N4QX.js.map
