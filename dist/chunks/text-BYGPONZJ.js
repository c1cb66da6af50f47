import {
  checkedSummary,
  renderText,
  shouldUseColor
} from "./chunk-7QG5QZ46.js";
import "./chunk-U4DJEMRE.js";
import "./chunk-U5YUOXJF.js";
import "./chunk-YSFKIYB2.js";
import "./chunk-ERADHNRU.js";
export {
  checkedSummary,
  renderText,
  shouldUseColor
};
