
// src/sources/module-roles.ts
var SECONDARY_MODULE_WORDS = /* @__PURE__ */ new Set([
  "sample",
  "samples",
  "catalog",
  "demo",
  "demos",
  "example",
  "examples",
  "benchmark",
  "benchmarks",
  "baselineprofile",
  "playground",
  "showcase",
  "testapp",
  "test",
  "tests",
  "sandbox"
]);
var pathSegments = (p) => p.split("/").filter((s) => s !== "" && s !== ".");
function isSecondaryModule(module) {
  if (!module) return false;
  return pathSegments(module).some(
    (segment) => segment.split(/[-_.]|(?<=[a-z])(?=[A-Z])/).some((word) => SECONDARY_MODULE_WORDS.has(word.toLowerCase()))
  );
}
var PLATFORM_FOLDERS = /^(android|ios|app|harmony|ohos|entry|AppScope|miniprogram|.*\.xcodeproj)$/;
function appRootOf(module) {
  const segments = pathSegments(module);
  while (segments.length > 0 && PLATFORM_FOLDERS.test(segments[segments.length - 1])) segments.pop();
  return segments.join("/");
}

export {
  pathSegments,
  isSecondaryModule,
  appRootOf
};
