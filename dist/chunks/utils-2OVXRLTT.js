import { createRequire as __cfgCreateRequire } from 'node:module'; const require = __cfgCreateRequire(import.meta.url);
import {
  GitHub,
  context,
  defaults,
  getOctokitOptions,
  getUserAgentWithOrchestrationId
} from "./chunk-Z64CF645.js";
import "./chunk-VFAWLHXG.js";
export {
  GitHub,
  context,
  defaults,
  getOctokitOptions,
  getUserAgentWithOrchestrationId
};
