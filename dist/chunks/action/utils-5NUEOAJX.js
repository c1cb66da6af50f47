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
import { __cfg32___commonJS, __cfg32___require, __cfg32___toESM, __cfg32_actionStdout, __cfg32_init_stdout } from "../../index.js";
export {
  GitHub,
  context,
  defaults,
  getOctokitOptions,
  getUserAgentWithOrchestrationId
};
//# sourceMappingURL=utils-5NUEOAJX.js.map
