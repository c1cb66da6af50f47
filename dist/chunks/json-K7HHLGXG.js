import {
  renderJson,
  toJsonReport
} from "./chunk-XBAH5IC4.js";
import "./chunk-QQOIP7LW.js";
import "./chunk-ZNOQMITG.js";
import "./chunk-DQGK4RPC.js";
import "./chunk-ERADHNRU.js";
export {
  renderJson,
  toJsonReport
};
