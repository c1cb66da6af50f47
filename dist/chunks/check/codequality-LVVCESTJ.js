// src/report/codequality.ts
import {
  createHash
} from "./chunk-AI6I2UVU.js";

// src/findings.ts, from ../cli-check.js
import { __cfg12_compareFindings, __cfg12_findingPlace, __cfg12_fingerprintKey, __cfg12_formatPlace, __cfg12_runLevelGroup } from "../cli-check.js";

// src/excerpt.ts, from ../cli-check.js
import { __cfg20_boundMessage, __cfg20_escapeControls, __cfg20_escapeControlsButLineBreaks, __cfg20_quoteExcerpt, __cfg20_reportJson, __cfg20_truncate } from "../cli-check.js";

// esbuild's helpers, from ../cli-check.js
import { __cfg31___commonJS, __cfg31___require, __cfg31___toESM } from "../cli-check.js";

// src/report/codequality.ts
var SEVERITY = {
  error: "critical",
  warning: "major",
  notice: "info"
};
function fingerprints(findings) {
  const seen = /* @__PURE__ */ new Map();
  return findings.map((finding) => {
    const key = __cfg12_fingerprintKey(finding);
    const ordinal = seen.get(key) ?? 0;
    seen.set(key, ordinal + 1);
    return createHash("sha256").update(`${key}\0${ordinal}`).digest("hex").slice(0, 32);
  });
}
function toCodeQuality(result) {
  const prints = fingerprints(result.findings);
  return result.findings.map((finding, i) => {
    const place = __cfg12_findingPlace(finding);
    const location = { file: place?.file ?? result.config, line: place?.line ?? 1, endLine: place?.endLine };
    const waived = finding.waived ? ` (waived until ${finding.waived.expires}: ${finding.waived.reason})` : "";
    return {
      type: "issue",
      description: `${finding.message}${waived}`,
      check_name: finding.rule,
      categories: ["Bug Risk"],
      fingerprint: prints[i],
      severity: SEVERITY[finding.severity],
      location: {
        path: location.file,
        lines: {
          begin: location.line,
          ...location.endLine !== void 0 && location.endLine > location.line ? { end: location.endLine } : {}
        }
      }
    };
  });
}
function renderCodeQuality(result) {
  return __cfg20_reportJson(toCodeQuality(result));
}
export {
  renderCodeQuality,
  toCodeQuality
};
//# sourceMappingURL=codequality-LVVCESTJ.js.map
