import { createRequire as __cfgCreateRequire } from 'node:module'; const require = __cfgCreateRequire(import.meta.url);
import {
  EXIT,
  main,
  parse
} from "./chunk-AJR5MLUF.js";
import "./chunk-4UZYQDOS.js";
import "./chunk-42QK5KWP.js";
import "./chunk-FXDJ2GGR.js";
import "./chunk-EBUTKOES.js";
export {
  EXIT,
  main,
  parse
};
