// node_modules/@actions/github/lib/github.js
import {
  Context,
  GitHub,
  getOctokitOptions
} from "./chunk-KVRLVCY3.js";

// cfg-builtin-cjs:os, cfg-builtin-cjs:fs, from ../../index.js
import { __cfg8_require_fs, __cfg8_require_os } from "../../index.js";

// src/stdio.ts, src/action/stdout.ts, from ../../index.js
import { __cfg31___commonJS, __cfg31___require, __cfg31___toESM, __cfg31_actionStdout, __cfg31_init_stdout } from "../../index.js";

// node_modules/@actions/github/lib/github.js
__cfg31_init_stdout();
var context = new Context();
function getOctokit(token, options, ...additionalPlugins) {
  const GitHubWithPlugins = GitHub.plugin(...additionalPlugins);
  return new GitHubWithPlugins(getOctokitOptions(token, options));
}
export {
  context,
  getOctokit
};
//# sourceMappingURL=github-BFGDBCNH.js.map
