// esbuild's helpers
import {
  GitHub,
  context,
  defaults,
  getOctokitOptions,
  getUserAgentWithOrchestrationId
} from "./chunk-KVRLVCY3.js";

// cfg-builtin-cjs:os, cfg-builtin-cjs:fs, from ../../index.js
import { __cfg8_require_fs, __cfg8_require_os } from "../../index.js";

// src/stdio.ts, src/action/stdout.ts, from ../../index.js
import { __cfg31___commonJS, __cfg31___require, __cfg31___toESM, __cfg31_actionStdout, __cfg31_init_stdout } from "../../index.js";
export {
  GitHub,
  context,
  defaults,
  getOctokitOptions,
  getUserAgentWithOrchestrationId
};
//# sourceMappingURL=utils-5NUEOAJX.js.map
