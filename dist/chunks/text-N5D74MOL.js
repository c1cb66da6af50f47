import {
  checkedSummary,
  renderText,
  shouldUseColor
} from "./chunk-NSPGMITC.js";
import "./chunk-S4FVZDDN.js";
import "./chunk-U5YUOXJF.js";
import "./chunk-DQGK4RPC.js";
import "./chunk-ERADHNRU.js";
export {
  checkedSummary,
  renderText,
  shouldUseColor
};
