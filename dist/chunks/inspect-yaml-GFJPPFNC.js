import {
  toInspectJson
} from "./chunk-FXERVZGE.js";
import "./chunk-TUOS4IOT.js";
import "./chunk-LZ5XRQHW.js";
import {
  require_dist
} from "./chunk-IDNUZAIU.js";
import "./chunk-UIIEGSOT.js";
import "./chunk-UWRYC2JV.js";
import {
  __toESM
} from "./chunk-ERADHNRU.js";

// src/report/inspect-yaml.ts
var import_yaml = __toESM(require_dist(), 1);
var RAW = /[\u007f-\u009f\u2028\u2029]/;
var RAW_ALL = new RegExp(RAW.source, "g");
function renderInspectYaml(entries) {
  const quoteRaw = (_key, value) => typeof value === "string" && RAW.test(value) ? Object.assign(new import_yaml.Scalar(value), { type: import_yaml.Scalar.QUOTE_DOUBLE }) : value;
  return (0, import_yaml.stringify)(toInspectJson(entries), quoteRaw, { blockQuote: false, lineWidth: 0 }).replace(
    RAW_ALL,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
export {
  renderInspectYaml
};
