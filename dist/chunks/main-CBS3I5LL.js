import { createRequire as __cfgCreateRequire } from 'node:module'; const require = __cfgCreateRequire(import.meta.url);
import {
  EXIT,
  main,
  parse
} from "./chunk-L7L3XPCR.js";
import "./chunk-LD2BKEBV.js";
import "./chunk-DJCYL6EZ.js";
import "./chunk-EBUTKOES.js";
export {
  EXIT,
  main,
  parse
};
