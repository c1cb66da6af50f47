import {
  toInspectJson
} from "./chunk-S7ACWH7Y.js";
import {
  guardLines
} from "./chunk-PH4DEZ6T.js";
import {
  require_dist
} from "./chunk-IDNUZAIU.js";
import "./chunk-UIIEGSOT.js";
import {
  __toESM
} from "./chunk-ERADHNRU.js";

// src/report/inspect-yaml.ts
var import_yaml = __toESM(require_dist(), 1);
function renderInspectYaml(entries) {
  return guardLines((0, import_yaml.stringify)(toInspectJson(entries)));
}
export {
  renderInspectYaml
};
