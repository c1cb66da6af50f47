// src/findings.ts, from ../cli-check.js
import { __cfg11_compareFindings, __cfg11_findingPlace, __cfg11_fingerprintKey, __cfg11_formatPlace, __cfg11_runLevelGroup } from "../cli-check.js";

// src/excerpt.ts, from ../cli-check.js
import { __cfg19_boundMessage, __cfg19_escapeControls, __cfg19_escapeControlsButLineBreaks, __cfg19_quoteExcerpt, __cfg19_reportJson, __cfg19_truncate } from "../cli-check.js";

// src/report/codequality.ts
import {
  createHash
} from "./chunk-CVLJWZ3S.js";

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
    const key = __cfg11_fingerprintKey(finding);
    const ordinal = seen.get(key) ?? 0;
    seen.set(key, ordinal + 1);
    return createHash("sha256").update(`${key}\0${ordinal}`).digest("hex").slice(0, 32);
  });
}
function toCodeQuality(result) {
  const prints = fingerprints(result.findings);
  return result.findings.map((finding, i) => {
    const place = __cfg11_findingPlace(finding);
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
  return __cfg19_reportJson(toCodeQuality(result));
}
export {
  renderCodeQuality,
  toCodeQuality
};
//# sourceMappingURL=codequality-XN2TDL7G.js.map
