import { createRequire as __cfgCreateRequire } from 'node:module'; const require = __cfgCreateRequire(import.meta.url);
import {
  renderJson,
  toJsonReport
} from "./chunk-ST3K43FR.js";
import "./chunk-FXDJ2GGR.js";
import "./chunk-ER3XPBH3.js";
import "./chunk-EBUTKOES.js";
export {
  renderJson,
  toJsonReport
};
