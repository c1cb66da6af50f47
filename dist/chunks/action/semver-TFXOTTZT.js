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

// merged-entry:merged-entry:dist/chunks/action/semver-TFXOTTZT.js
var semver_TFXOTTZT_exports = {};
__export(semver_TFXOTTZT_exports, {
  satisfies: () => export_satisfies,
  valid: () => export_valid
});
module.exports = __toCommonJS(semver_TFXOTTZT_exports);

// node_modules/semver/functions/satisfies.js, node_modules/semver/functions/parse.js, node_modules/semver/functions/valid.js, src/release/semver.ts
var import_chunk_OVFAO4KD = require("./chunk-OVFAO4KD.js");

// src/stdio.ts, src/action/stdout.ts, cfg-builtin:node:fs, from ../../index.js
var import__ = require("../../index.js");

// node_modules/semver/functions/satisfies.js, node_modules/semver/functions/parse.js, node_modules/semver/functions/valid.js, src/release/semver.ts
var require_satisfies = (0, import__.__cfg37___commonJS)({
  "node_modules/semver/functions/satisfies.js"(exports2, module2) {
    "use strict";
    (0, import__.__cfg37_init_stdout)();
    var Range = (0, import_chunk_OVFAO4KD.require_range)();
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
var require_parse = (0, import__.__cfg37___commonJS)({
  "node_modules/semver/functions/parse.js"(exports2, module2) {
    "use strict";
    (0, import__.__cfg37_init_stdout)();
    var SemVer = (0, import_chunk_OVFAO4KD.require_semver)();
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
var require_valid = (0, import__.__cfg37___commonJS)({
  "node_modules/semver/functions/valid.js"(exports2, module2) {
    "use strict";
    (0, import__.__cfg37_init_stdout)();
    var parse = require_parse();
    var valid = (version, options) => {
      const v = parse(version, options);
      return v ? v.version : null;
    };
    module2.exports = valid;
  }
});
(0, import__.__cfg37_init_stdout)();
var import_satisfies = (0, import__.__cfg37___toESM)(require_satisfies(), 1);
var import_valid = (0, import__.__cfg37___toESM)(require_valid(), 1);
var export_satisfies = import_satisfies.default;
var export_valid = import_valid.default;
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  satisfies,
  valid
});
//# sourceMappingURL=semver-TFXOTTZT.js.map
