import {
  checkedSummary,
  renderText,
  shouldUseColor
} from "./chunk-U7BRUUPO.js";
import "./chunk-PH4DEZ6T.js";
import "./chunk-QQOIP7LW.js";
import "./chunk-ERADHNRU.js";
export {
  checkedSummary,
  renderText,
  shouldUseColor
};
