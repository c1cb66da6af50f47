import { createRequire as __cfgCreateRequire } from 'node:module'; const require = __cfgCreateRequire(import.meta.url);
import {
  artifactKind,
  readArtifact
} from "./chunk-55SPOBB2.js";
import "./chunk-SLX5EUXO.js";
import "./chunk-GW3YTT4C.js";
import "./chunk-EBUTKOES.js";
export {
  artifactKind,
  readArtifact
};
