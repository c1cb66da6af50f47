import {
  renderJson,
  toJsonReport
} from "./chunk-26RFDSVC.js";
import "./chunk-U5YUOXJF.js";
import "./chunk-ZNOQMITG.js";
import "./chunk-YSFKIYB2.js";
import "./chunk-ERADHNRU.js";
export {
  renderJson,
  toJsonReport
};
