import {
  renderJson,
  toJsonReport
} from "./chunk-R5W5UOTV.js";
import "./chunk-U5YUOXJF.js";
import "./chunk-ZNOQMITG.js";
import "./chunk-YA34C2UJ.js";
import "./chunk-ERADHNRU.js";
export {
  renderJson,
  toJsonReport
};
