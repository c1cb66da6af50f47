import {
  renderJson,
  toJsonReport
} from "./chunk-CY5AWGG7.js";
import "./chunk-U5YUOXJF.js";
import "./chunk-ZNOQMITG.js";
import "./chunk-DQGK4RPC.js";
import "./chunk-ERADHNRU.js";
export {
  renderJson,
  toJsonReport
};
