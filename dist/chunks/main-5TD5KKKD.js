import {
  EXIT,
  main,
  parse
} from "./chunk-ZFFCEWS4.js";
import "./chunk-RFFF4SD4.js";
import "./chunk-X25NDTEW.js";
import "./chunk-RS45BQ7I.js";
import "./chunk-ERADHNRU.js";
export {
  EXIT,
  main,
  parse
};
