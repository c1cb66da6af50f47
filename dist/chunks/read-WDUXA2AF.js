import {
  artifactKind,
  readArtifact
} from "./chunk-BIAHVTSC.js";
import "./chunk-H7BF6ZZ6.js";
import "./chunk-6V23J7JQ.js";
import "./chunk-UQ2KJQ4O.js";
import "./chunk-56NIKHG7.js";
import "./chunk-ERADHNRU.js";
export {
  artifactKind,
  readArtifact
};
