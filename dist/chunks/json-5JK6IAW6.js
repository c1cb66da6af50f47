import {
  renderJson,
  toJsonReport
} from "./chunk-VYRG6KQV.js";
import "./chunk-QQOIP7LW.js";
import "./chunk-ZNOQMITG.js";
import "./chunk-ERADHNRU.js";
export {
  renderJson,
  toJsonReport
};
