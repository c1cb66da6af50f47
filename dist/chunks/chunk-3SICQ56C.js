import {
  UsageError
} from "./chunk-RFFF4SD4.js";
import {
  closestMatch
} from "./chunk-RS45BQ7I.js";

// src/cli/options.ts
function oneOf(flag, value, allowed, fallback) {
  if (value === void 0) return fallback;
  if (!allowed.includes(value)) {
    const near = closestMatch(value, allowed);
    throw new UsageError(
      `${flag} must be one of ${allowed.join(", ")}, not "${value}"${near ? `; did you mean "${near}"?` : ""}`
    );
  }
  return value;
}
function list(value, separator = /[,\n]/) {
  if (value === void 0 || typeof value === "boolean") return void 0;
  const items = (Array.isArray(value) ? value : [value]).flatMap((v) => v.split(separator)).map((v) => v.trim()).filter(Boolean);
  return items.length ? items : void 0;
}

export {
  oneOf,
  list
};
