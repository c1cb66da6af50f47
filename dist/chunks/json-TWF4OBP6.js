import {
  renderJson,
  toJsonReport
} from "./chunk-DGKWSX4R.js";
import "./chunk-QQOIP7LW.js";
import "./chunk-ZNOQMITG.js";
import "./chunk-Q3OVM3FJ.js";
import "./chunk-ERADHNRU.js";
export {
  renderJson,
  toJsonReport
};
