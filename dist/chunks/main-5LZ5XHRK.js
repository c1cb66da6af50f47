import { createRequire as __cfgCreateRequire } from 'node:module'; const require = __cfgCreateRequire(import.meta.url);
import {
  EXIT,
  main,
  parse
} from "./chunk-3BOJCWZP.js";
import "./chunk-4UZYQDOS.js";
import "./chunk-42QK5KWP.js";
import "./chunk-LQBQYNPS.js";
import "./chunk-VFAWLHXG.js";
export {
  EXIT,
  main,
  parse
};
