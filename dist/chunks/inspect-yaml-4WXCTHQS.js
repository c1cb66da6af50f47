import {
  toInspectJson
} from "./chunk-HKT3ASTO.js";
import "./chunk-TUOS4IOT.js";
import "./chunk-F7WLKADN.js";
import {
  require_dist
} from "./chunk-IDNUZAIU.js";
import "./chunk-UIIEGSOT.js";
import {
  escapeJsonLeftovers
} from "./chunk-YA34C2UJ.js";
import {
  __toESM
} from "./chunk-ERADHNRU.js";

// src/report/inspect-yaml.ts
var import_yaml = __toESM(require_dist(), 1);
function renderInspectYaml(entries) {
  const quoteRaw = (_key, value) => typeof value === "string" && escapeJsonLeftovers(value) !== value ? Object.assign(new import_yaml.Scalar(value), { type: import_yaml.Scalar.QUOTE_DOUBLE }) : value;
  return escapeJsonLeftovers((0, import_yaml.stringify)(toInspectJson(entries), quoteRaw, { blockQuote: false, lineWidth: 0 }));
}
export {
  renderInspectYaml
};
