import { createRequire as __cfgCreateRequire } from 'node:module'; const require = __cfgCreateRequire(import.meta.url);
import {
  require_picomatch
} from "./chunk-JXJOXRMG.js";
import "./chunk-VFAWLHXG.js";
export default require_picomatch();
