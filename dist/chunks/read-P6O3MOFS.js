import {
  artifactKind,
  readArtifact
} from "./chunk-VGSTBH2H.js";
import "./chunk-Q3OVM3FJ.js";
import "./chunk-PKTFE56F.js";
import "./chunk-6V23J7JQ.js";
import "./chunk-UQ2KJQ4O.js";
import "./chunk-56NIKHG7.js";
import "./chunk-ERADHNRU.js";
export {
  artifactKind,
  readArtifact
};
