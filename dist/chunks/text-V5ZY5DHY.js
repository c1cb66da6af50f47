import {
  checkedSummary,
  renderText,
  shouldUseColor
} from "./chunk-76ZQZAG6.js";
import "./chunk-LZ5XRQHW.js";
import "./chunk-U5YUOXJF.js";
import "./chunk-UWRYC2JV.js";
import "./chunk-ERADHNRU.js";
export {
  checkedSummary,
  renderText,
  shouldUseColor
};
