// esbuild's helpers
import {
  GitHub,
  context,
  defaults,
  getOctokitOptions,
  getUserAgentWithOrchestrationId
} from "./chunk-WMXWWAZ5.js";

// cfg-builtin-cjs:os, cfg-builtin-cjs:fs, from ../../index.js
import { __cfg8_require_fs, __cfg8_require_os } from "../../index.js";

// esbuild's helpers, from ../../index.js
import { __cfg32___commonJS, __cfg32___require, __cfg32___toESM } from "../../index.js";
export {
  GitHub,
  context,
  defaults,
  getOctokitOptions,
  getUserAgentWithOrchestrationId
};
//# sourceMappingURL=utils-UTGDBZVE.js.map
