import { createRequire as __cfgCreateRequire } from 'node:module'; const require = __cfgCreateRequire(import.meta.url);
import {
  require_picomatch
} from "./chunk-I2TCRCIK.js";
import "./chunk-EBUTKOES.js";
export default require_picomatch();
