import {
  toInspectJson
} from "./chunk-GQM3ONRN.js";
import "./chunk-TUOS4IOT.js";
import "./chunk-246LD4B2.js";
import {
  require_dist
} from "./chunk-IDNUZAIU.js";
import "./chunk-UIIEGSOT.js";
import "./chunk-Q3OVM3FJ.js";
import {
  __toESM
} from "./chunk-ERADHNRU.js";

// src/report/inspect-yaml.ts
var import_yaml = __toESM(require_dist(), 1);
function renderInspectYaml(entries) {
  return (0, import_yaml.stringify)(toInspectJson(entries), { blockQuote: false, lineWidth: 0 });
}
export {
  renderInspectYaml
};
