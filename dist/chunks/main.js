import {
  EXIT,
  main,
  parse
} from "./chunk-W7XIADXR.js";
import "./chunk-RFFF4SD4.js";
import "./chunk-ZNOQMITG.js";
import "./chunk-RS45BQ7I.js";
import "./chunk-ERADHNRU.js";
export {
  EXIT,
  main,
  parse
};
