import {
  plainIsString
} from "./chunk-UIIEGSOT.js";

// src/report/yaml-snippet.ts
var SAFE_PLAIN = /^[A-Za-z0-9._/+=-]+$/;
function yamlScalar(value) {
  if (SAFE_PLAIN.test(value) && value !== "-" && plainIsString(value)) return value;
  return JSON.stringify(value);
}
function snippetYaml(snippet, indent = "") {
  return Object.entries(snippet).map(
    ([key, value]) => typeof value === "string" ? `${indent}${yamlScalar(key)}: ${yamlScalar(value)}
` : `${indent}${yamlScalar(key)}:
${snippetYaml(value, `${indent}  `)}`
  ).join("");
}

export {
  yamlScalar,
  snippetYaml
};
