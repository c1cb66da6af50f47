import {
  toInspectJson
} from "./chunk-UK65S7LG.js";
import {
  guardLines
} from "./chunk-PH4DEZ6T.js";
import {
  require_dist
} from "./chunk-IDNUZAIU.js";
import "./chunk-PKSH7CDN.js";
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
