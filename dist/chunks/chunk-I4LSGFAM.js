import {
  __commonJS,
  __require
} from "./chunk-ERADHNRU.js";

// cfg-builtin-cjs:os
var require_os = __commonJS({
  "cfg-builtin-cjs:os"(exports, module) {
    module.exports = __require("os");
  }
});

// cfg-builtin-cjs:fs
var require_fs = __commonJS({
  "cfg-builtin-cjs:fs"(exports, module) {
    module.exports = __require("fs");
  }
});

export {
  require_os,
  require_fs
};
