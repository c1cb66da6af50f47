import { createRequire as __cfgCreateRequire } from 'node:module'; const require = __cfgCreateRequire(import.meta.url);
import {
  renderJson,
  toJsonReport
} from "./chunk-TIF74DFR.js";
import "./chunk-LQBQYNPS.js";
import "./chunk-ER3XPBH3.js";
import "./chunk-VFAWLHXG.js";
export {
  renderJson,
  toJsonReport
};
