import { createRequire as __cfgCreateRequire } from 'node:module'; const require = __cfgCreateRequire(import.meta.url);
import {
  artifactKind,
  readArtifact
} from "./chunk-UTHUIN4P.js";
import "./chunk-B2E27M6M.js";
import "./chunk-EGOPUPX2.js";
import "./chunk-BZAF4T2R.js";
import "./chunk-EPIRVGSI.js";
import "./chunk-VFAWLHXG.js";
export {
  artifactKind,
  readArtifact
};
