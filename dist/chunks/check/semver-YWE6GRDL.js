"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// merged-entry:merged-entry:dist/chunks/check/semver-YWE6GRDL.js
var semver_YWE6GRDL_exports = {};
__export(semver_YWE6GRDL_exports, {
  satisfies: () => export_satisfies,
  valid: () => export_valid
});
module.exports = __toCommonJS(semver_YWE6GRDL_exports);

// node_modules/semver/functions/satisfies.js, node_modules/semver/functions/parse.js, node_modules/semver/functions/valid.js, src/release/semver.ts
var import_chunk_CSIPZNFV = require("./chunk-CSIPZNFV.js");

// esbuild's helpers, from ../cli-check.js
var import_cli_check = require("../cli-check.js");

// node_modules/semver/functions/satisfies.js, node_modules/semver/functions/parse.js, node_modules/semver/functions/valid.js, src/release/semver.ts
var require_satisfies = (0, import_cli_check.__cfg37___commonJS)({
  "node_modules/semver/functions/satisfies.js"(exports2, module2) {
    "use strict";
    var Range = (0, import_chunk_CSIPZNFV.require_range)();
    var satisfies = (version, range, options) => {
      try {
        range = new Range(range, options);
      } catch (er) {
        return false;
      }
      return range.test(version);
    };
    module2.exports = satisfies;
  }
});
var require_parse = (0, import_cli_check.__cfg37___commonJS)({
  "node_modules/semver/functions/parse.js"(exports2, module2) {
    "use strict";
    var SemVer = (0, import_chunk_CSIPZNFV.require_semver)();
    var parse = (version, options, throwErrors = false) => {
      if (version instanceof SemVer) {
        return version;
      }
      try {
        return new SemVer(version, options);
      } catch (er) {
        if (!throwErrors) {
          return null;
        }
        throw er;
      }
    };
    module2.exports = parse;
  }
});
var require_valid = (0, import_cli_check.__cfg37___commonJS)({
  "node_modules/semver/functions/valid.js"(exports2, module2) {
    "use strict";
    var parse = require_parse();
    var valid = (version, options) => {
      const v = parse(version, options);
      return v ? v.version : null;
    };
    module2.exports = valid;
  }
});
var import_satisfies = (0, import_cli_check.__cfg37___toESM)(require_satisfies(), 1);
var import_valid = (0, import_cli_check.__cfg37___toESM)(require_valid(), 1);
var export_satisfies = import_satisfies.default;
var export_valid = import_valid.default;
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  satisfies,
  valid
});
//# sourceMappingURL=semver-YWE6GRDL.js.map
