// node_modules/semver/functions/satisfies.js, node_modules/semver/functions/parse.js, node_modules/semver/functions/valid.js, src/release/semver.ts
import {
  require_range,
  require_semver
} from "./chunk-5RBILTO5.js";

// src/stdio.ts, src/action/stdout.ts, from ../../index.js
import { __cfg33___commonJS, __cfg33___require, __cfg33___toESM, __cfg33_actionStdout, __cfg33_init_stdout } from "../../index.js";

// node_modules/semver/functions/satisfies.js, node_modules/semver/functions/parse.js, node_modules/semver/functions/valid.js, src/release/semver.ts
var require_satisfies = __cfg33___commonJS({
  "node_modules/semver/functions/satisfies.js"(exports, module) {
    "use strict";
    __cfg33_init_stdout();
    var Range = require_range();
    var satisfies = (version, range, options) => {
      try {
        range = new Range(range, options);
      } catch (er) {
        return false;
      }
      return range.test(version);
    };
    module.exports = satisfies;
  }
});
var require_parse = __cfg33___commonJS({
  "node_modules/semver/functions/parse.js"(exports, module) {
    "use strict";
    __cfg33_init_stdout();
    var SemVer = require_semver();
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
    module.exports = parse;
  }
});
var require_valid = __cfg33___commonJS({
  "node_modules/semver/functions/valid.js"(exports, module) {
    "use strict";
    __cfg33_init_stdout();
    var parse = require_parse();
    var valid = (version, options) => {
      const v = parse(version, options);
      return v ? v.version : null;
    };
    module.exports = valid;
  }
});
__cfg33_init_stdout();
var import_satisfies = __cfg33___toESM(require_satisfies(), 1);
var import_valid = __cfg33___toESM(require_valid(), 1);
var export_satisfies = import_satisfies.default;
var export_valid = import_valid.default;
export {
  export_satisfies as satisfies,
  export_valid as valid
};
//# sourceMappingURL=semver-TBT44CIB.js.map
