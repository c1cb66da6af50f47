import { createRequire as __cfgCreateRequire } from 'node:module'; const require = __cfgCreateRequire(import.meta.url);
import {
  checkedSummary,
  renderText,
  shouldUseColor
} from "./chunk-7QD5HYLU.js";
import "./chunk-QV3PWUHZ.js";
import "./chunk-ER3XPBH3.js";
import "./chunk-VFAWLHXG.js";
export {
  checkedSummary,
  renderText,
  shouldUseColor
};
