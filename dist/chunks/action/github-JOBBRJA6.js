// node_modules/@actions/github/lib/github.js
import {
  Context,
  GitHub,
  getOctokitOptions
} from "./chunk-DVT6WHKK.js";

// cfg-builtin-cjs:os, cfg-builtin-cjs:fs, from ../../index.js
import { __cfg10_require_fs, __cfg10_require_os } from "../../index.js";

// src/stdio.ts, src/action/stdout.ts, from ../../index.js
import { __cfg33___commonJS, __cfg33___require, __cfg33___toESM, __cfg33_actionStdout, __cfg33_init_stdout } from "../../index.js";

// node_modules/@actions/github/lib/github.js
__cfg33_init_stdout();
var context = new Context();
function getOctokit(token, options, ...additionalPlugins) {
  const GitHubWithPlugins = GitHub.plugin(...additionalPlugins);
  return new GitHubWithPlugins(getOctokitOptions(token, options));
}
export {
  context,
  getOctokit
};
//# sourceMappingURL=github-JOBBRJA6.js.map
