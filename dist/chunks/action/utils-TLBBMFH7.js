// esbuild's helpers
import {
  GitHub,
  context,
  defaults,
  getOctokitOptions,
  getUserAgentWithOrchestrationId
} from "./chunk-RXJWSJAW.js";

// merged-chunk:dist/chunks/action/chunk-HHMCEJNM.js
import { __cfg8_require_fs, __cfg8_require_os } from "../../index.js";

// merged-chunk:dist/chunks/action/chunk-V5XPCMQJ.js
import { __cfg32___commonJS, __cfg32___require, __cfg32___toESM } from "../../index.js";
export {
  GitHub,
  context,
  defaults,
  getOctokitOptions,
  getUserAgentWithOrchestrationId
};
//# sourceMappingURL=utils-TLBBMFH7.js.map
