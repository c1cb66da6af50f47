import {
  artifactKind,
  readArtifact
} from "./chunk-L6FWZJ64.js";
import "./chunk-YA34C2UJ.js";
import "./chunk-HCKK6JSR.js";
import "./chunk-6V23J7JQ.js";
import "./chunk-UQ2KJQ4O.js";
import "./chunk-6XKLYHM3.js";
import "./chunk-G5IBDK4M.js";
import "./chunk-ZZLBI4GZ.js";
import "./chunk-ERADHNRU.js";
export {
  artifactKind,
  readArtifact
};
