import { createRequire as __cfgCreateRequire } from 'node:module'; const require = __cfgCreateRequire(import.meta.url);
import {
  artifactKind,
  readArtifact
} from "./chunk-WXOC25N6.js";
import "./chunk-TMJ2ESX7.js";
import "./chunk-WKUZGEHA.js";
import "./chunk-EBUTKOES.js";
export {
  artifactKind,
  readArtifact
};
