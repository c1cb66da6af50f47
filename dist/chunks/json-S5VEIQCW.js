import { createRequire as __cfgCreateRequire } from 'node:module'; const require = __cfgCreateRequire(import.meta.url);
import {
  renderJson,
  toJsonReport
} from "./chunk-VETEHAXN.js";
import "./chunk-ER3XPBH3.js";
import "./chunk-FXDJ2GGR.js";
import "./chunk-3LDKSJR5.js";
import "./chunk-VFAWLHXG.js";
export {
  renderJson,
  toJsonReport
};
