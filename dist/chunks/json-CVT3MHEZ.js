import { createRequire as __cfgCreateRequire } from 'node:module'; const require = __cfgCreateRequire(import.meta.url);
import {
  renderJson,
  toJsonReport
} from "./chunk-VC4S7BW4.js";
import "./chunk-EBUTKOES.js";
export {
  renderJson,
  toJsonReport
};
