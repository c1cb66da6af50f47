import {
  toInspectJson
} from "./chunk-JNGKQMBM.js";
import "./chunk-TUOS4IOT.js";
import "./chunk-S4FVZDDN.js";
import {
  require_dist
} from "./chunk-IDNUZAIU.js";
import "./chunk-UIIEGSOT.js";
import "./chunk-DQGK4RPC.js";
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
