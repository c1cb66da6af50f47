import { createRequire as __cfgCreateRequire } from 'node:module'; const require = __cfgCreateRequire(import.meta.url);
import {
  toInspectJson
} from "./chunk-HVLMMFAT.js";
import {
  guardLines
} from "./chunk-QV3PWUHZ.js";
import {
  require_dist
} from "./chunk-EIG6KT7N.js";
import "./chunk-AUEDU7HD.js";
import {
  __toESM
} from "./chunk-VFAWLHXG.js";

// src/report/inspect-yaml.ts
var import_yaml = __toESM(require_dist(), 1);
function renderInspectYaml(entries) {
  return guardLines((0, import_yaml.stringify)(toInspectJson(entries)));
}
export {
  renderInspectYaml
};
