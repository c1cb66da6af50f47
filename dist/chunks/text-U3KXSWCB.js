import {
  checkedSummary,
  renderText,
  shouldUseColor
} from "./chunk-CXH5GN3B.js";
import "./chunk-246LD4B2.js";
import "./chunk-QQOIP7LW.js";
import "./chunk-Q3OVM3FJ.js";
import "./chunk-ERADHNRU.js";
export {
  checkedSummary,
  renderText,
  shouldUseColor
};
