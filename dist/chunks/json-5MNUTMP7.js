import {
  renderJson,
  toJsonReport
} from "./chunk-7KVYN3WW.js";
import "./chunk-QQOIP7LW.js";
import "./chunk-X25NDTEW.js";
import "./chunk-ERADHNRU.js";
export {
  renderJson,
  toJsonReport
};
