import {
  renderJson,
  toJsonReport
} from "./chunk-HUVNPTBG.js";
import "./chunk-U5YUOXJF.js";
import "./chunk-ZNOQMITG.js";
import "./chunk-UWRYC2JV.js";
import "./chunk-ERADHNRU.js";
export {
  renderJson,
  toJsonReport
};
