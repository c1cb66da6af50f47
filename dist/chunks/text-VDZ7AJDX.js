import {
  checkedSummary,
  renderText,
  shouldUseColor
} from "./chunk-SAS2JMKQ.js";
import "./chunk-S4FVZDDN.js";
import "./chunk-QQOIP7LW.js";
import "./chunk-DQGK4RPC.js";
import "./chunk-ERADHNRU.js";
export {
  checkedSummary,
  renderText,
  shouldUseColor
};
