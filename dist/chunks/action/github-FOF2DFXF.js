// node_modules/@actions/github/lib/github.js
import {
  Context,
  GitHub,
  getOctokitOptions
} from "./chunk-WMXWWAZ5.js";

// cfg-builtin-cjs:os, cfg-builtin-cjs:fs, from ../../index.js
import { __cfg8_require_fs, __cfg8_require_os } from "../../index.js";

// esbuild's helpers, from ../../index.js
import { __cfg32___commonJS, __cfg32___require, __cfg32___toESM } from "../../index.js";

// node_modules/@actions/github/lib/github.js
var context = new Context();
function getOctokit(token, options, ...additionalPlugins) {
  const GitHubWithPlugins = GitHub.plugin(...additionalPlugins);
  return new GitHubWithPlugins(getOctokitOptions(token, options));
}
export {
  context,
  getOctokit
};
//# sourceMappingURL=github-FOF2DFXF.js.map
