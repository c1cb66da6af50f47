// src/report/codequality.ts
import {
  createHash
} from "./chunk-AI6I2UVU.js";

// src/findings.ts, from ../cli-check.js
import { __cfg13_compareFindings, __cfg13_findingPlace, __cfg13_fingerprintKey, __cfg13_formatPlace, __cfg13_runLevelGroup } from "../cli-check.js";

// src/excerpt.ts, from ../cli-check.js
import { __cfg24_boundMessage, __cfg24_escapeControls, __cfg24_escapeControlsButLineBreaks, __cfg24_quoteExcerpt, __cfg24_reportJson, __cfg24_truncate } from "../cli-check.js";

// esbuild's helpers, from ../cli-check.js
import { __cfg33___commonJS, __cfg33___require, __cfg33___toESM } from "../cli-check.js";

// src/report/codequality.ts
var SEVERITY = {
  error: "critical",
  warning: "major",
  notice: "info"
};
function fingerprints(findings) {
  const seen = /* @__PURE__ */ new Map();
  return findings.map((finding) => {
    const key = __cfg13_fingerprintKey(finding);
    const ordinal = seen.get(key) ?? 0;
    seen.set(key, ordinal + 1);
    return createHash("sha256").update(`${key}\0${ordinal}`).digest("hex").slice(0, 32);
  });
}
function toCodeQuality(result) {
  const prints = fingerprints(result.findings);
  return result.findings.map((finding, i) => {
    const place = __cfg13_findingPlace(finding);
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
  return __cfg24_reportJson(toCodeQuality(result));
}
export {
  renderCodeQuality,
  toCodeQuality
};
//# sourceMappingURL=codequality-LVVCESTJ.js.map
