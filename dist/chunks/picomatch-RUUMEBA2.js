import {
  require_picomatch
} from "./chunk-XIUSRGBQ.js";
import "./chunk-ERADHNRU.js";
export default require_picomatch();
