import { createRequire as __cfgCreateRequire } from 'node:module'; const require = __cfgCreateRequire(import.meta.url);
import {
  EXIT,
  main,
  parse
} from "./chunk-BZ7QXRHN.js";
import "./chunk-FXDJ2GGR.js";
import "./chunk-4UZYQDOS.js";
import "./chunk-42QK5KWP.js";
import "./chunk-3LDKSJR5.js";
import "./chunk-VFAWLHXG.js";
export {
  EXIT,
  main,
  parse
};
