import { createRequire as __cfgCreateRequire } from 'node:module'; const require = __cfgCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-LD2BKEBV.js";

// src/cli/options.ts
function oneOf(flag, value, allowed, fallback) {
  if (value === void 0) return fallback;
  if (!allowed.includes(value))
    throw new UsageError(`${flag} must be one of ${allowed.join(", ")}, not "${value}"`);
  return value;
}
function list(value) {
  if (value === void 0 || typeof value === "boolean") return void 0;
  const items = (Array.isArray(value) ? value : [value]).flatMap((v) => v.split(/[,\n]/)).map((v) => v.trim()).filter(Boolean);
  return items.length ? items : void 0;
}

export {
  oneOf,
  list
};
