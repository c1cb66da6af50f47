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

// merged-entry:merged-entry:dist/chunks/action/github-OFHTBYBU.js
var github_OFHTBYBU_exports = {};
__export(github_OFHTBYBU_exports, {
  context: () => context,
  getOctokit: () => getOctokit
});
module.exports = __toCommonJS(github_OFHTBYBU_exports);

// node_modules/@actions/github/lib/github.js
var import_chunk_QDVNAPSW = require("./chunk-QDVNAPSW.js");

// cfg-builtin-cjs:os, cfg-builtin-cjs:fs, from ../../index.js
var import__ = require("../../index.js");

// src/stdio.ts, src/action/stdout.ts, cfg-builtin:node:fs, from ../../index.js
var import__2 = require("../../index.js");

// node_modules/@actions/github/lib/github.js
(0, import__2.__cfg37_init_stdout)();
var context = new import_chunk_QDVNAPSW.Context();
function getOctokit(token, options, ...additionalPlugins) {
  const GitHubWithPlugins = import_chunk_QDVNAPSW.GitHub.plugin(...additionalPlugins);
  return new GitHubWithPlugins((0, import_chunk_QDVNAPSW.getOctokitOptions)(token, options));
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  context,
  getOctokit
});
//# sourceMappingURL=github-OFHTBYBU.js.map
