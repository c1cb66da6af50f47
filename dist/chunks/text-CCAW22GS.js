import {
  checkedSummary,
  renderText,
  shouldUseColor
} from "./chunk-6MQNC5QH.js";
import "./chunk-F7WLKADN.js";
import "./chunk-U5YUOXJF.js";
import "./chunk-YA34C2UJ.js";
import "./chunk-ERADHNRU.js";
export {
  checkedSummary,
  renderText,
  shouldUseColor
};
