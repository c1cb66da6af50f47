// esbuild's helpers
import {
  GitHub,
  context,
  defaults,
  getOctokitOptions,
  getUserAgentWithOrchestrationId
} from "./chunk-DVT6WHKK.js";

// cfg-builtin-cjs:os, cfg-builtin-cjs:fs, from ../../index.js
import { __cfg10_require_fs, __cfg10_require_os } from "../../index.js";

// src/stdio.ts, src/action/stdout.ts, from ../../index.js
import { __cfg33___commonJS, __cfg33___require, __cfg33___toESM, __cfg33_actionStdout, __cfg33_init_stdout } from "../../index.js";
export {
  GitHub,
  context,
  defaults,
  getOctokitOptions,
  getUserAgentWithOrchestrationId
};
//# sourceMappingURL=utils-DT6BOAHP.js.map
