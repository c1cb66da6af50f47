"use strict"; var __cfgImportMeta = { get url() { return require("node:url").pathToFileURL(__filename).href } };
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

// merged-entry:merged-entry:dist/chunks/cli-docs.js
var cli_docs_exports = {};
__export(cli_docs_exports, {
  __cfg2_require_range: () => require_range,
  __cfg2_require_semver: () => require_semver,
  __cfg4___commonJS: () => __commonJS,
  __cfg4___require: () => __require,
  __cfg4___toESM: () => __toESM,
  main: () => main
});
module.exports = __toCommonJS(cli_docs_exports);

// esbuild's helpers
var __create = Object.create;
var __defProp2 = Object.defineProperty;
var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
var __getOwnPropNames2 = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp2 = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames2(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps2 = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames2(from))
      if (!__hasOwnProp2.call(to, key) && key !== except)
        __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps2(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp2(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/semver/internal/lrucache.js, node_modules/semver/internal/parse-options.js, node_modules/semver/internal/constants.js, node_modules/semver/internal/debug.js, node_modules/semver/internal/re.js, node_modules/semver/internal/identifiers.js, node_modules/semver/classes/semver.js, node_modules/semver/functions/compare.js, node_modules/semver/functions/eq.js, node_modules/semver/functions/neq.js, node_modules/semver/functions/gt.js, node_modules/semver/functions/gte.js, node_modules/semver/functions/lt.js, node_modules/semver/functions/lte.js, node_modules/semver/functions/cmp.js, node_modules/semver/classes/comparator.js, node_modules/semver/internal/trim-comparator-whitespace.js, node_modules/semver/classes/range.js
var require_lrucache = __commonJS({
  "node_modules/semver/internal/lrucache.js"(exports2, module2) {
    "use strict";
    var LRUCache = class {
      constructor() {
        this.max = 1e3;
        this.map = /* @__PURE__ */ new Map();
      }
      get(key) {
        const value = this.map.get(key);
        if (value === void 0) {
          return void 0;
        } else {
          this.map.delete(key);
          this.map.set(key, value);
          return value;
        }
      }
      delete(key) {
        return this.map.delete(key);
      }
      set(key, value) {
        const deleted = this.delete(key);
        if (!deleted && value !== void 0) {
          if (this.map.size >= this.max) {
            const firstKey = this.map.keys().next().value;
            this.delete(firstKey);
          }
          this.map.set(key, value);
        }
        return this;
      }
    };
    module2.exports = LRUCache;
  }
});
var require_parse_options = __commonJS({
  "node_modules/semver/internal/parse-options.js"(exports2, module2) {
    "use strict";
    var looseOption = Object.freeze({ loose: true });
    var emptyOpts = Object.freeze({});
    var parseOptions = (options) => {
      if (!options) {
        return emptyOpts;
      }
      if (typeof options !== "object") {
        return looseOption;
      }
      return options;
    };
    module2.exports = parseOptions;
  }
});
var require_constants = __commonJS({
  "node_modules/semver/internal/constants.js"(exports2, module2) {
    "use strict";
    var SEMVER_SPEC_VERSION = "2.0.0";
    var MAX_LENGTH = 256;
    var MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER || /* istanbul ignore next */
    9007199254740991;
    var MAX_SAFE_COMPONENT_LENGTH = 16;
    var MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6;
    var WHITESPACE_CHARACTERS = [
      "	",
      "\n",
      "\v",
      "\f",
      "\r",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      "\u2028",
      "\u2029",
      " ",
      " ",
      "　",
      "\uFEFF"
    ];
    var RELEASE_TYPES = [
      "major",
      "premajor",
      "minor",
      "preminor",
      "patch",
      "prepatch",
      "prerelease"
    ];
    module2.exports = {
      MAX_LENGTH,
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_SAFE_INTEGER,
      WHITESPACE_CHARACTERS,
      RELEASE_TYPES,
      SEMVER_SPEC_VERSION,
      FLAG_INCLUDE_PRERELEASE: 1,
      FLAG_LOOSE: 2
    };
  }
});
var require_debug = __commonJS({
  "node_modules/semver/internal/debug.js"(exports2, module2) {
    "use strict";
    var debug = typeof process === "object" && process.env && process.env.NODE_DEBUG && /\bsemver\b/i.test(process.env.NODE_DEBUG) ? (...args) => console.error("SEMVER", ...args) : () => {
    };
    module2.exports = debug;
  }
});
var require_re = __commonJS({
  "node_modules/semver/internal/re.js"(exports2, module2) {
    "use strict";
    var {
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_LENGTH
    } = require_constants();
    var debug = require_debug();
    exports2 = module2.exports = {};
    var re = exports2.re = [];
    var safeRe = exports2.safeRe = [];
    var src = exports2.src = [];
    var safeSrc = exports2.safeSrc = [];
    var t = exports2.t = {};
    var R = 0;
    var LETTERDASHNUMBER = "[a-zA-Z0-9-]";
    var safeRegexReplacements = [
      ["\\s", 1],
      ["\\d", MAX_LENGTH],
      [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH]
    ];
    var makeSafeRegex = (value) => {
      for (const [token, max] of safeRegexReplacements) {
        value = value.split(`${token}*`).join(`${token}{0,${max}}`).split(`${token}+`).join(`${token}{1,${max}}`);
      }
      return value;
    };
    var createToken = (name, value, isGlobal) => {
      const safe = makeSafeRegex(value);
      const index = R++;
      debug(name, index, value);
      t[name] = index;
      src[index] = value;
      safeSrc[index] = safe;
      re[index] = new RegExp(value, isGlobal ? "g" : void 0);
      safeRe[index] = new RegExp(safe, isGlobal ? "g" : void 0);
    };
    createToken("NUMERICIDENTIFIER", "0|[1-9]\\d*");
    createToken("NUMERICIDENTIFIERLOOSE", "\\d+");
    createToken("NONNUMERICIDENTIFIER", `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`);
    createToken("MAINVERSION", `(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})`);
    createToken("MAINVERSIONLOOSE", `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASEIDENTIFIER", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIER]})`);
    createToken("PRERELEASEIDENTIFIERLOOSE", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASE", `(?:-(${src[t.PRERELEASEIDENTIFIER]}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`);
    createToken("PRERELEASELOOSE", `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`);
    createToken("BUILDIDENTIFIER", `${LETTERDASHNUMBER}+`);
    createToken("BUILD", `(?:\\+(${src[t.BUILDIDENTIFIER]}(?:\\.${src[t.BUILDIDENTIFIER]})*))`);
    createToken("FULLPLAIN", `v?${src[t.MAINVERSION]}${src[t.PRERELEASE]}?${src[t.BUILD]}?`);
    createToken("FULL", `^${src[t.FULLPLAIN]}$`);
    createToken("LOOSEPLAIN", `[v=\\s]*${src[t.MAINVERSIONLOOSE]}${src[t.PRERELEASELOOSE]}?${src[t.BUILD]}?`);
    createToken("LOOSE", `^${src[t.LOOSEPLAIN]}$`);
    createToken("GTLT", "((?:<|>)?=?)");
    createToken("XRANGEIDENTIFIERLOOSE", `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`);
    createToken("XRANGEIDENTIFIER", `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`);
    createToken("XRANGEPLAIN", `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:${src[t.PRERELEASE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGEPLAINLOOSE", `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:${src[t.PRERELEASELOOSE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`);
    createToken("XRANGELOOSE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COERCEPLAIN", `${"(^|[^\\d])(\\d{1,"}${MAX_SAFE_COMPONENT_LENGTH}})(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`);
    createToken("COERCE", `${src[t.COERCEPLAIN]}(?:$|[^\\d])`);
    createToken("COERCEFULL", src[t.COERCEPLAIN] + `(?:${src[t.PRERELEASE]})?(?:${src[t.BUILD]})?(?:$|[^\\d])`);
    createToken("COERCERTL", src[t.COERCE], true);
    createToken("COERCERTLFULL", src[t.COERCEFULL], true);
    createToken("LONETILDE", "(?:~>?)");
    createToken("TILDETRIM", `(\\s*)${src[t.LONETILDE]}\\s+`, true);
    exports2.tildeTrimReplace = "$1~";
    createToken("TILDE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`);
    createToken("TILDELOOSE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("LONECARET", "(?:\\^)");
    createToken("CARETTRIM", `(\\s*)${src[t.LONECARET]}\\s+`, true);
    exports2.caretTrimReplace = "$1^";
    createToken("CARET", `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`);
    createToken("CARETLOOSE", `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COMPARATORLOOSE", `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`);
    createToken("COMPARATOR", `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`);
    createToken("COMPARATORTRIM", `(\\s*)${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true);
    exports2.comparatorTrimReplace = "$1$2$3";
    createToken("HYPHENRANGE", `^\\s*(${src[t.XRANGEPLAIN]})\\s+-\\s+(${src[t.XRANGEPLAIN]})\\s*$`);
    createToken("HYPHENRANGELOOSE", `^\\s*(${src[t.XRANGEPLAINLOOSE]})\\s+-\\s+(${src[t.XRANGEPLAINLOOSE]})\\s*$`);
    createToken("STAR", "(<|>)?=?\\s*\\*");
    createToken("GTE0", "^\\s*>=\\s*0\\.0\\.0\\s*$");
    createToken("GTE0PRE", "^\\s*>=\\s*0\\.0\\.0-0\\s*$");
  }
});
var require_identifiers = __commonJS({
  "node_modules/semver/internal/identifiers.js"(exports2, module2) {
    "use strict";
    var numeric = /^[0-9]+$/;
    var compareIdentifiers = (a, b) => {
      if (typeof a === "number" && typeof b === "number") {
        return a === b ? 0 : a < b ? -1 : 1;
      }
      const anum = numeric.test(a);
      const bnum = numeric.test(b);
      if (anum && bnum) {
        a = +a;
        b = +b;
      }
      return a === b ? 0 : anum && !bnum ? -1 : bnum && !anum ? 1 : a < b ? -1 : 1;
    };
    var rcompareIdentifiers = (a, b) => compareIdentifiers(b, a);
    module2.exports = {
      compareIdentifiers,
      rcompareIdentifiers
    };
  }
});
var require_semver = __commonJS({
  "node_modules/semver/classes/semver.js"(exports2, module2) {
    "use strict";
    var debug = require_debug();
    var { MAX_LENGTH, MAX_SAFE_INTEGER } = require_constants();
    var { safeRe: re, t } = require_re();
    var parseOptions = require_parse_options();
    var { compareIdentifiers } = require_identifiers();
    var isPrereleaseIdentifier = (prerelease, identifier) => {
      const identifiers = identifier.split(".");
      if (identifiers.length > prerelease.length) {
        return false;
      }
      for (let i = 0; i < identifiers.length; i++) {
        if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
          return false;
        }
      }
      return true;
    };
    var SemVer = class _SemVer {
      constructor(version2, options) {
        options = parseOptions(options);
        if (version2 instanceof _SemVer) {
          if (version2.loose === !!options.loose && version2.includePrerelease === !!options.includePrerelease) {
            return version2;
          } else {
            version2 = version2.version;
          }
        } else if (typeof version2 !== "string") {
          throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version2}".`);
        }
        if (version2.length > MAX_LENGTH) {
          throw new TypeError(
            `version is longer than ${MAX_LENGTH} characters`
          );
        }
        debug("SemVer", version2, options);
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        const m = version2.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL]);
        if (!m) {
          throw new TypeError(`Invalid Version: ${version2}`);
        }
        this.raw = version2;
        this.major = +m[1];
        this.minor = +m[2];
        this.patch = +m[3];
        if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
          throw new TypeError("Invalid major version");
        }
        if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
          throw new TypeError("Invalid minor version");
        }
        if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
          throw new TypeError("Invalid patch version");
        }
        if (!m[4]) {
          this.prerelease = [];
        } else {
          this.prerelease = m[4].split(".").map((id) => {
            if (/^[0-9]+$/.test(id)) {
              const num = +id;
              if (num >= 0 && num < MAX_SAFE_INTEGER) {
                return num;
              }
            }
            return id;
          });
        }
        this.build = m[5] ? m[5].split(".") : [];
        this.format();
      }
      format() {
        this.version = `${this.major}.${this.minor}.${this.patch}`;
        if (this.prerelease.length) {
          this.version += `-${this.prerelease.join(".")}`;
        }
        return this.version;
      }
      toString() {
        return this.version;
      }
      compare(other) {
        debug("SemVer.compare", this.version, this.options, other);
        if (!(other instanceof _SemVer)) {
          if (typeof other === "string" && other === this.version) {
            return 0;
          }
          other = new _SemVer(other, this.options);
        }
        if (other.version === this.version) {
          return 0;
        }
        return this.compareMain(other) || this.comparePre(other);
      }
      compareMain(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.major < other.major) {
          return -1;
        }
        if (this.major > other.major) {
          return 1;
        }
        if (this.minor < other.minor) {
          return -1;
        }
        if (this.minor > other.minor) {
          return 1;
        }
        if (this.patch < other.patch) {
          return -1;
        }
        if (this.patch > other.patch) {
          return 1;
        }
        return 0;
      }
      comparePre(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.prerelease.length && !other.prerelease.length) {
          return -1;
        } else if (!this.prerelease.length && other.prerelease.length) {
          return 1;
        } else if (!this.prerelease.length && !other.prerelease.length) {
          return 0;
        }
        let i = 0;
        do {
          const a = this.prerelease[i];
          const b = other.prerelease[i];
          debug("prerelease compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      compareBuild(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        let i = 0;
        do {
          const a = this.build[i];
          const b = other.build[i];
          debug("build compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      // preminor will bump the version up to the next minor release, and immediately
      // down to pre-release. premajor and prepatch work the same way.
      inc(release, identifier, identifierBase) {
        if (release.startsWith("pre")) {
          if (!identifier && identifierBase === false) {
            throw new Error("invalid increment argument: identifier is empty");
          }
          if (identifier) {
            const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE]);
            if (!match || match[1] !== identifier) {
              throw new Error(`invalid identifier: ${identifier}`);
            }
          }
        }
        switch (release) {
          case "premajor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor = 0;
            this.major++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "preminor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "prepatch":
            this.prerelease.length = 0;
            this.inc("patch", identifier, identifierBase);
            this.inc("pre", identifier, identifierBase);
            break;
          // If the input is a non-prerelease version, this acts the same as
          // prepatch.
          case "prerelease":
            if (this.prerelease.length === 0) {
              this.inc("patch", identifier, identifierBase);
            }
            this.inc("pre", identifier, identifierBase);
            break;
          case "release":
            if (this.prerelease.length === 0) {
              throw new Error(`version ${this.raw} is not a prerelease`);
            }
            this.prerelease.length = 0;
            break;
          case "major":
            if (this.minor !== 0 || this.patch !== 0 || this.prerelease.length === 0) {
              this.major++;
            }
            this.minor = 0;
            this.patch = 0;
            this.prerelease = [];
            break;
          case "minor":
            if (this.patch !== 0 || this.prerelease.length === 0) {
              this.minor++;
            }
            this.patch = 0;
            this.prerelease = [];
            break;
          case "patch":
            if (this.prerelease.length === 0) {
              this.patch++;
            }
            this.prerelease = [];
            break;
          // This probably shouldn't be used publicly.
          // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
          case "pre": {
            const base = Number(identifierBase) ? 1 : 0;
            if (this.prerelease.length === 0) {
              this.prerelease = [base];
            } else {
              let i = this.prerelease.length;
              while (--i >= 0) {
                if (typeof this.prerelease[i] === "number") {
                  this.prerelease[i]++;
                  i = -2;
                }
              }
              if (i === -1) {
                if (identifier === this.prerelease.join(".") && identifierBase === false) {
                  throw new Error("invalid increment argument: identifier already exists");
                }
                this.prerelease.push(base);
              }
            }
            if (identifier) {
              let prerelease = [identifier, base];
              if (identifierBase === false) {
                prerelease = [identifier];
              }
              if (isPrereleaseIdentifier(this.prerelease, identifier)) {
                const prereleaseBase = this.prerelease[identifier.split(".").length];
                if (isNaN(prereleaseBase)) {
                  this.prerelease = prerelease;
                }
              } else {
                this.prerelease = prerelease;
              }
            }
            break;
          }
          default:
            throw new Error(`invalid increment argument: ${release}`);
        }
        this.raw = this.format();
        if (this.build.length) {
          this.raw += `+${this.build.join(".")}`;
        }
        return this;
      }
    };
    module2.exports = SemVer;
  }
});
var require_compare = __commonJS({
  "node_modules/semver/functions/compare.js"(exports2, module2) {
    "use strict";
    var SemVer = require_semver();
    var compare = (a, b, loose) => new SemVer(a, loose).compare(new SemVer(b, loose));
    module2.exports = compare;
  }
});
var require_eq = __commonJS({
  "node_modules/semver/functions/eq.js"(exports2, module2) {
    "use strict";
    var compare = require_compare();
    var eq = (a, b, loose) => compare(a, b, loose) === 0;
    module2.exports = eq;
  }
});
var require_neq = __commonJS({
  "node_modules/semver/functions/neq.js"(exports2, module2) {
    "use strict";
    var compare = require_compare();
    var neq = (a, b, loose) => compare(a, b, loose) !== 0;
    module2.exports = neq;
  }
});
var require_gt = __commonJS({
  "node_modules/semver/functions/gt.js"(exports2, module2) {
    "use strict";
    var compare = require_compare();
    var gt = (a, b, loose) => compare(a, b, loose) > 0;
    module2.exports = gt;
  }
});
var require_gte = __commonJS({
  "node_modules/semver/functions/gte.js"(exports2, module2) {
    "use strict";
    var compare = require_compare();
    var gte = (a, b, loose) => compare(a, b, loose) >= 0;
    module2.exports = gte;
  }
});
var require_lt = __commonJS({
  "node_modules/semver/functions/lt.js"(exports2, module2) {
    "use strict";
    var compare = require_compare();
    var lt = (a, b, loose) => compare(a, b, loose) < 0;
    module2.exports = lt;
  }
});
var require_lte = __commonJS({
  "node_modules/semver/functions/lte.js"(exports2, module2) {
    "use strict";
    var compare = require_compare();
    var lte = (a, b, loose) => compare(a, b, loose) <= 0;
    module2.exports = lte;
  }
});
var require_cmp = __commonJS({
  "node_modules/semver/functions/cmp.js"(exports2, module2) {
    "use strict";
    var eq = require_eq();
    var neq = require_neq();
    var gt = require_gt();
    var gte = require_gte();
    var lt = require_lt();
    var lte = require_lte();
    var cmp = (a, op, b, loose) => {
      switch (op) {
        case "===":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a === b;
        case "!==":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a !== b;
        case "":
        case "=":
        case "==":
          return eq(a, b, loose);
        case "!=":
          return neq(a, b, loose);
        case ">":
          return gt(a, b, loose);
        case ">=":
          return gte(a, b, loose);
        case "<":
          return lt(a, b, loose);
        case "<=":
          return lte(a, b, loose);
        default:
          throw new TypeError(`Invalid operator: ${op}`);
      }
    };
    module2.exports = cmp;
  }
});
var require_comparator = __commonJS({
  "node_modules/semver/classes/comparator.js"(exports2, module2) {
    "use strict";
    var ANY = /* @__PURE__ */ Symbol("SemVer ANY");
    var Comparator = class _Comparator {
      static get ANY() {
        return ANY;
      }
      constructor(comp, options) {
        options = parseOptions(options);
        if (comp instanceof _Comparator) {
          if (comp.loose === !!options.loose) {
            return comp;
          } else {
            comp = comp.value;
          }
        }
        comp = comp.trim().split(/\s+/).join(" ");
        debug("comparator", comp, options);
        this.options = options;
        this.loose = !!options.loose;
        this.parse(comp);
        if (this.semver === ANY) {
          this.value = "";
        } else {
          this.value = this.operator + this.semver.version;
        }
        debug("comp", this);
      }
      parse(comp) {
        const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR];
        const m = comp.match(r);
        if (!m) {
          throw new TypeError(`Invalid comparator: ${comp}`);
        }
        this.operator = m[1] !== void 0 ? m[1] : "";
        if (this.operator === "=") {
          this.operator = "";
        }
        if (!m[2]) {
          this.semver = ANY;
        } else {
          this.semver = new SemVer(m[2], this.options.loose);
        }
      }
      toString() {
        return this.value;
      }
      test(version2) {
        debug("Comparator.test", version2, this.options.loose);
        if (this.semver === ANY || version2 === ANY) {
          return true;
        }
        if (typeof version2 === "string") {
          try {
            version2 = new SemVer(version2, this.options);
          } catch (er) {
            return false;
          }
        }
        return cmp(version2, this.operator, this.semver, this.options);
      }
      intersects(comp, options) {
        if (!(comp instanceof _Comparator)) {
          throw new TypeError("a Comparator is required");
        }
        if (this.operator === "") {
          if (this.value === "") {
            return true;
          }
          return new Range(comp.value, options).test(this.value);
        } else if (comp.operator === "") {
          if (comp.value === "") {
            return true;
          }
          return new Range(this.value, options).test(comp.semver);
        }
        options = parseOptions(options);
        if (options.includePrerelease && (this.value === "<0.0.0-0" || comp.value === "<0.0.0-0")) {
          return false;
        }
        if (!options.includePrerelease && (this.value.startsWith("<0.0.0") || comp.value.startsWith("<0.0.0"))) {
          return false;
        }
        if (this.operator.startsWith(">") && comp.operator.startsWith(">")) {
          return true;
        }
        if (this.operator.startsWith("<") && comp.operator.startsWith("<")) {
          return true;
        }
        if (this.semver.version === comp.semver.version && this.operator.includes("=") && comp.operator.includes("=")) {
          return true;
        }
        if (cmp(this.semver, "<", comp.semver, options) && this.operator.startsWith(">") && comp.operator.startsWith("<")) {
          return true;
        }
        if (cmp(this.semver, ">", comp.semver, options) && this.operator.startsWith("<") && comp.operator.startsWith(">")) {
          return true;
        }
        return false;
      }
    };
    module2.exports = Comparator;
    var parseOptions = require_parse_options();
    var { safeRe: re, t } = require_re();
    var cmp = require_cmp();
    var debug = require_debug();
    var SemVer = require_semver();
    var Range = require_range();
  }
});
var require_trim_comparator_whitespace = __commonJS({
  "node_modules/semver/internal/trim-comparator-whitespace.js"(exports2, module2) {
    "use strict";
    var {
      MAX_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      WHITESPACE_CHARACTERS
    } = require_constants();
    var whitespace = new Uint8Array(65536);
    for (const char of WHITESPACE_CHARACTERS) {
      whitespace[char.charCodeAt(0)] = 1;
    }
    var isWhitespace = (char) => char !== void 0 && whitespace[char.charCodeAt(0)] === 1;
    var isVersionPrefix = (char) => char === "v" || char === "=" || isWhitespace(char);
    var isDigit = (char) => char !== void 0 && char >= "0" && char <= "9";
    var isLetter = (char) => char !== void 0 && (char >= "a" && char <= "z" || char >= "A" && char <= "Z");
    var isIdentifierCharacter = (char) => isDigit(char) || isLetter(char) || char === "-";
    var isVersionStart = (char) => isDigit(char) || char === "x" || char === "X" || char === "*";
    var findDigitsEndIndex = (range, start, limit, digitRuns) => {
      if (!isDigit(range[start])) {
        return start;
      }
      if (start >= digitRuns.start && start < digitRuns.end) {
        return Math.min(start + limit, digitRuns.end);
      }
      if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
        return Math.min(start + limit, digitRuns.previousEnd);
      }
      let end = start + 1;
      while (isDigit(range[end])) {
        end++;
      }
      digitRuns.previousStart = digitRuns.start;
      digitRuns.previousEnd = digitRuns.end;
      digitRuns.start = start;
      digitRuns.end = end;
      return Math.min(start + limit, end);
    };
    var findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
      if (!loose && range[start] === "0") {
        return start + 1;
      }
      return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns);
    };
    var findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
      const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns);
      if (isLetter(range[digitsEnd]) || range[digitsEnd] === "-") {
        let end = digitsEnd + 1;
        const limit = end + MAX_SAFE_BUILD_LENGTH;
        while (end < limit && isIdentifierCharacter(range[end])) {
          end++;
        }
        return end;
      }
      return findVersionNumberEndIndex(range, start, loose, digitRuns);
    };
    var findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
      const hyphen = range[start] === "-";
      if (!loose && !hyphen) {
        return start;
      }
      const identifierStart = start + (hyphen ? 1 : 0);
      let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns);
      if (end === identifierStart) {
        if (!loose || !hyphen) {
          return start;
        }
        end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns);
      }
      while (range[end] === ".") {
        const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findBuildIdentifierEndIndex = (range, start) => {
      let end = start;
      while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
        end++;
      }
      return end;
    };
    var findBuildEndIndex = (range, start) => {
      if (range[start] !== "+") {
        return start;
      }
      let end = findBuildIdentifierEndIndex(range, start + 1);
      if (end === start + 1) {
        return start;
      }
      while (range[end] === ".") {
        const next = findBuildIdentifierEndIndex(range, end + 1);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findLooseFullVersionEndIndex = (range, start, digitRuns) => {
      let end = start;
      for (let component = 0; component < 3; component++) {
        const next = findVersionNumberEndIndex(range, end, true, digitRuns);
        if (next === end) {
          return start;
        }
        end = next;
        if (component < 2) {
          if (range[end] !== ".") {
            return start;
          }
          end++;
        }
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
      if (isDigit(range[start])) {
        return findVersionNumberEndIndex(range, start, false, digitRuns);
      }
      return isVersionStart(range[start]) ? start + 1 : start;
    };
    var findPartialVersionEndIndex = (range, start, digitRuns) => {
      let end = findPartialVersionComponentEndIndex(range, start, digitRuns);
      for (let component = 0; component < 2; component++) {
        if (range[end] !== ".") {
          return end;
        }
        const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns);
        if (next === end + 1) {
          return end;
        }
        end = next;
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findVersionEndIndex = (range, start, digitRuns) => {
      const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns);
      return fullVersionEnd !== start ? fullVersionEnd : findPartialVersionEndIndex(range, start, digitRuns);
    };
    var findRemovableWhitespaceIndex = (range, matchStart) => {
      let position = matchStart;
      if (isWhitespace(range[position])) {
        position++;
      }
      if (range[position] === "<" || range[position] === ">") {
        position++;
      }
      if (range[position] === "=") {
        position++;
      }
      return isWhitespace(range[position]) ? position : -1;
    };
    var trimComparatorWhitespace = (range) => {
      let result = "";
      let copyFrom = 0;
      let cursor = 0;
      const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 };
      while (cursor < range.length) {
        const matchStart = cursor;
        if (range[cursor] === "<" || range[cursor] === ">") {
          cursor++;
        } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
          cursor++;
          continue;
        }
        while (cursor < range.length && isVersionPrefix(range[cursor])) {
          cursor++;
        }
        if (!isVersionStart(range[cursor])) {
          continue;
        }
        const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart);
        if (whitespacePosition !== -1) {
          result += range.slice(copyFrom, whitespacePosition);
          copyFrom = whitespacePosition + 1;
        }
        cursor = findVersionEndIndex(range, cursor, digitRuns);
      }
      return result + range.slice(copyFrom);
    };
    module2.exports = trimComparatorWhitespace;
  }
});
var require_range = __commonJS({
  "node_modules/semver/classes/range.js"(exports2, module2) {
    "use strict";
    var SPACE_CHARACTERS = /\s+/g;
    var Range = class _Range {
      constructor(range, options) {
        options = parseOptions(options);
        if (range instanceof _Range) {
          if (range.loose === !!options.loose && range.includePrerelease === !!options.includePrerelease) {
            return range;
          } else {
            return new _Range(range.raw, options);
          }
        }
        if (range instanceof Comparator) {
          this.raw = range.value;
          this.set = [[range]];
          this.formatted = void 0;
          return this;
        }
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        this.raw = range.trim().replace(SPACE_CHARACTERS, " ");
        this.set = this.raw.split("||").map((r) => this.parseRange(r.trim())).filter((c) => c.length);
        if (!this.set.length) {
          throw new TypeError(`Invalid SemVer Range: ${this.raw}`);
        }
        if (this.set.length > 1) {
          const first = this.set[0];
          this.set = this.set.filter((c) => !isNullSet(c[0]));
          if (this.set.length === 0) {
            this.set = [first];
          } else if (this.set.length > 1) {
            for (const c of this.set) {
              if (c.length === 1 && isAny(c[0])) {
                this.set = [c];
                break;
              }
            }
          }
        }
        this.formatted = void 0;
      }
      get range() {
        if (this.formatted === void 0) {
          this.formatted = "";
          for (let i = 0; i < this.set.length; i++) {
            if (i > 0) {
              this.formatted += "||";
            }
            const comps = this.set[i];
            for (let k = 0; k < comps.length; k++) {
              if (k > 0) {
                this.formatted += " ";
              }
              this.formatted += comps[k].toString().trim();
            }
          }
        }
        return this.formatted;
      }
      format() {
        return this.range;
      }
      toString() {
        return this.range;
      }
      parseRange(range) {
        range = range.replace(BUILDSTRIPRE, "");
        const memoOpts = (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) | (this.options.loose && FLAG_LOOSE);
        const memoKey = memoOpts + ":" + range;
        const cached2 = cache.get(memoKey);
        if (cached2) {
          return cached2;
        }
        const loose = this.options.loose;
        const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE];
        range = range.replace(hr, hyphenReplace(this.options.includePrerelease));
        debug("hyphen replace", range);
        range = trimComparatorWhitespace(range);
        debug("comparator trim", range);
        range = range.replace(re[t.TILDETRIM], tildeTrimReplace);
        debug("tilde trim", range);
        range = range.replace(re[t.CARETTRIM], caretTrimReplace);
        debug("caret trim", range);
        let rangeList = range.split(" ").map((comp) => parseComparator(comp, this.options)).join(" ").split(/\s+/).map((comp) => replaceGTE0(comp, this.options));
        if (loose) {
          rangeList = rangeList.filter((comp) => {
            debug("loose invalid filter", comp, this.options);
            return !!comp.match(re[t.COMPARATORLOOSE]);
          });
        }
        debug("range list", rangeList);
        const rangeMap = /* @__PURE__ */ new Map();
        const comparators = rangeList.map((comp) => new Comparator(comp, this.options));
        for (const comp of comparators) {
          if (isNullSet(comp)) {
            return [comp];
          }
          rangeMap.set(comp.value, comp);
        }
        if (rangeMap.size > 1 && rangeMap.has("")) {
          rangeMap.delete("");
        }
        const result = [...rangeMap.values()];
        cache.set(memoKey, result);
        return result;
      }
      intersects(range, options) {
        if (!(range instanceof _Range)) {
          throw new TypeError("a Range is required");
        }
        return this.set.some((thisComparators) => {
          return isSatisfiable(thisComparators, options) && range.set.some((rangeComparators) => {
            return isSatisfiable(rangeComparators, options) && thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options);
              });
            });
          });
        });
      }
      // if ANY of the sets match ALL of its comparators, then pass
      test(version2) {
        if (!version2) {
          return false;
        }
        if (typeof version2 === "string") {
          try {
            version2 = new SemVer(version2, this.options);
          } catch (er) {
            return false;
          }
        }
        for (let i = 0; i < this.set.length; i++) {
          if (testSet(this.set[i], version2, this.options)) {
            return true;
          }
        }
        return false;
      }
    };
    module2.exports = Range;
    var LRU = require_lrucache();
    var cache = new LRU();
    var parseOptions = require_parse_options();
    var Comparator = require_comparator();
    var debug = require_debug();
    var SemVer = require_semver();
    var trimComparatorWhitespace = require_trim_comparator_whitespace();
    var {
      safeRe: re,
      src,
      t,
      tildeTrimReplace,
      caretTrimReplace
    } = require_re();
    var { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = require_constants();
    var BUILDSTRIPRE = new RegExp(src[t.BUILD], "g");
    var isNullSet = (c) => c.value === "<0.0.0-0";
    var isAny = (c) => c.value === "";
    var isSatisfiable = (comparators, options) => {
      let result = true;
      const remainingComparators = comparators.slice();
      let testComparator = remainingComparators.pop();
      while (result && remainingComparators.length) {
        result = remainingComparators.every((otherComparator) => {
          return testComparator.intersects(otherComparator, options);
        });
        testComparator = remainingComparators.pop();
      }
      return result;
    };
    var parseComparator = (comp, options) => {
      comp = comp.replace(re[t.BUILD], "");
      debug("comp", comp, options);
      comp = replaceCarets(comp, options);
      debug("caret", comp);
      comp = replaceTildes(comp, options);
      debug("tildes", comp);
      comp = replaceXRanges(comp, options);
      debug("xrange", comp);
      comp = replaceStars(comp, options);
      debug("stars", comp);
      return comp;
    };
    var isX = (id) => !id || id.toLowerCase() === "x" || id === "*";
    var invalidXRangeOrder = (M, m, p) => isX(M) && !isX(m) || isX(m) && p && !isX(p);
    var replaceTildes = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceTilde(c, options)).join(" ");
    };
    var replaceTilde = (comp, options) => {
      const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("tilde", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
        } else if (pr) {
          debug("replaceTilde pr", pr);
          ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
        } else {
          ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
        }
        debug("tilde return", ret);
        return ret;
      });
    };
    var replaceCarets = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceCaret(c, options)).join(" ");
    };
    var replaceCaret = (comp, options) => {
      debug("caret", comp, options);
      const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("caret", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          if (M === "0") {
            ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
          } else {
            ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`;
          }
        } else if (pr) {
          debug("replaceCaret pr", pr);
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p}-${pr} <${+M + 1}.0.0-0`;
          }
        } else {
          debug("no pr");
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p} <${+M + 1}.0.0-0`;
          }
        }
        debug("caret return", ret);
        return ret;
      });
    };
    var replaceXRanges = (comp, options) => {
      debug("replaceXRanges", comp, options);
      return comp.split(/\s+/).map((c) => replaceXRange(c, options)).join(" ");
    };
    var replaceXRange = (comp, options) => {
      comp = comp.trim();
      const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE];
      return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
        debug("xRange", comp, ret, gtlt, M, m, p, pr);
        if (invalidXRangeOrder(M, m, p)) {
          return comp;
        }
        const xM = isX(M);
        const xm = xM || isX(m);
        const xp = xm || isX(p);
        const anyX = xp;
        if (gtlt === "=" && anyX) {
          gtlt = "";
        }
        pr = options.includePrerelease ? "-0" : "";
        if (xM) {
          if (gtlt === ">" || gtlt === "<") {
            ret = "<0.0.0-0";
          } else {
            ret = "*";
          }
        } else if (gtlt && anyX) {
          if (xm) {
            m = 0;
          }
          p = 0;
          if (gtlt === ">") {
            gtlt = ">=";
            if (xm) {
              M = +M + 1;
              m = 0;
              p = 0;
            } else {
              m = +m + 1;
              p = 0;
            }
          } else if (gtlt === "<=") {
            gtlt = "<";
            if (xm) {
              M = +M + 1;
            } else {
              m = +m + 1;
            }
          }
          if (gtlt === "<") {
            pr = "-0";
          }
          ret = `${gtlt + M}.${m}.${p}${pr}`;
        } else if (xm) {
          ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`;
        } else if (xp) {
          ret = `>=${M}.${m}.0${pr} <${M}.${+m + 1}.0-0`;
        }
        debug("xRange return", ret);
        return ret;
      });
    };
    var replaceStars = (comp, options) => {
      debug("replaceStars", comp, options);
      return comp.trim().replace(re[t.STAR], "");
    };
    var replaceGTE0 = (comp, options) => {
      debug("replaceGTE0", comp, options);
      return comp.trim().replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], "");
    };
    var hyphenReplace = (incPr) => ($0, from, fM, fm, fp, fpr, fb, to, tM, tm, tp, tpr) => {
      if (isX(fM)) {
        from = "";
      } else if (isX(fm)) {
        from = `>=${fM}.0.0${incPr ? "-0" : ""}`;
      } else if (isX(fp)) {
        from = `>=${fM}.${fm}.0${incPr ? "-0" : ""}`;
      } else if (fpr) {
        from = `>=${from}`;
      } else {
        from = `>=${from}${incPr ? "-0" : ""}`;
      }
      if (isX(tM)) {
        to = "";
      } else if (isX(tm)) {
        to = `<${+tM + 1}.0.0-0`;
      } else if (isX(tp)) {
        to = `<${tM}.${+tm + 1}.0-0`;
      } else if (tpr) {
        to = `<=${tM}.${tm}.${tp}-${tpr}`;
      } else if (incPr) {
        to = `<${tM}.${tm}.${+tp + 1}-0`;
      } else {
        to = `<=${to}`;
      }
      return `${from} ${to}`.trim();
    };
    var testSet = (set, version2, options) => {
      for (let i = 0; i < set.length; i++) {
        if (!set[i].test(version2)) {
          return false;
        }
      }
      if (version2.prerelease.length && !options.includePrerelease) {
        for (let i = 0; i < set.length; i++) {
          debug(set[i].semver);
          if (set[i].semver === Comparator.ANY) {
            continue;
          }
          if (set[i].semver.prerelease.length > 0) {
            const allowed = set[i].semver;
            if (allowed.major === version2.major && allowed.minor === version2.minor && allowed.patch === version2.patch) {
              return true;
            }
          }
        }
        return false;
      }
      return true;
    };
  }
});

// node_modules/semver/ranges/valid.js, cfg-builtin:node:fs, cfg-builtin:node:util, src/promised-fs.ts, cfg-builtin:node:path, cfg-builtin:node:url, node_modules/zod/v4/core/util.js, node_modules/zod/v4/core/core.js, node_modules/zod/v4/core/errors.js, node_modules/zod/v4/core/parse.js, node_modules/zod/v4/core/regexes.js, node_modules/zod/v4/core/checks.js, node_modules/zod/v4/core/versions.js, node_modules/zod/v4/core/schemas.js, node_modules/zod/v4/locales/en.js, node_modules/zod/v4/core/registries.js, node_modules/zod/v4/core/api.js, node_modules/zod/v4/core/to-json-schema.js, node_modules/zod/v4/core/json-schema-processors.js, node_modules/zod/v4/mini/schemas.js, src/declaration/schema.ts, src/declaration/zod-locale.ts, src/catalog/stores.ts, src/catalog/provinces.ts, src/excerpt.ts, src/declaration/suggest.ts, src/china-time.ts, src/declaration/shape.ts, src/declaration/json-schema.ts, src/rules/declaration.ts, src/filing/timeline.ts, src/filing/number.ts, src/rules/rule.ts, src/rules/filing-required.ts, src/rules/filing-approved.ts, src/rules/filing-number-format.ts, src/artifacts/bounded-text.ts, src/rules/filing-holder.ts, src/catalog/regions.ts, src/rules/filing-channel.ts, src/rules/hosting-mainland.ts, src/release/version.ts, src/rules/release-version.ts, src/declaration/identity.ts, src/artifacts/fingerprint.ts, src/artifacts/bundle-notes.ts, src/artifacts/resource-reference.ts, src/rules/artifact-identity.ts, src/sources/types.ts, src/sources/application-id.ts, src/sources/facts.ts, src/sources/module-roles.ts, src/rules/source-identity.ts, src/findings.ts, src/rules/channel-packages.ts, src/rules/certificate-expiry.ts, src/rules/waiver.ts, src/rules/index.ts, src/usage-error.ts, src/version.ts, src/cli/commands.ts, src/cli/fs-errors.ts, src/rules/docs.ts, src/settle.ts, src/cli/program.ts, src/cli/docs.ts, src/cli/programs/docs.ts
var require_valid = __commonJS({
  "node_modules/semver/ranges/valid.js"(exports2, module2) {
    "use strict";
    var Range = require_range();
    var validRange2 = (range, options) => {
      try {
        return new Range(range, options).range || "*";
      } catch (er) {
        return null;
      }
    };
    module2.exports = validRange2;
  }
});
var builtin = __require("node:fs");
var node_fs_default = builtin;
var fstatSync = builtin.fstatSync;
var writeSync = builtin.writeSync;
var constants = builtin.constants;
var readFileSync = builtin.readFileSync;
var statSync = builtin.statSync;
var closeSync = builtin.closeSync;
var openSync = builtin.openSync;
var readSync = builtin.readSync;
var existsSync = builtin.existsSync;
var appendFileSync = builtin.appendFileSync;
var builtin2 = __require("node:util");
var promisify = builtin2.promisify;
var parseArgs = builtin2.parseArgs;
var access = promisify(node_fs_default.access);
var appendFile = promisify(node_fs_default.appendFile);
var lstat = promisify(node_fs_default.lstat);
var mkdir = promisify(node_fs_default.mkdir);
var mkdtemp = promisify(node_fs_default.mkdtemp);
var readdir = promisify(node_fs_default.readdir);
var readFile = promisify(node_fs_default.readFile);
var realpath = promisify(node_fs_default.realpath.native);
var rm = promisify(node_fs_default.rm);
var stat = promisify(node_fs_default.stat);
var openDescriptor = promisify(node_fs_default.open);
var closeDescriptor = promisify(node_fs_default.close);
var fstat = promisify(node_fs_default.fstat);
var readDescriptor = promisify(node_fs_default.read);
var writeDescriptor = promisify(node_fs_default.write);
var writeWholeFile = promisify(node_fs_default.writeFile);
var builtin3 = __require("node:path");
var node_path_default = builtin3;
var join = builtin3.join;
var basename = builtin3.basename;
var sep = builtin3.sep;
var builtin4 = __require("node:url");
var fileURLToPath = builtin4.fileURLToPath;
function getEnumValues(entries) {
  const numericValues = Object.values(entries).filter((v) => typeof v === "number");
  const values = Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
  return values;
}
function joinValues(array2, separator = "|") {
  return array2.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
  if (typeof value === "bigint")
    return value.toString();
  return value;
}
var Cached = class {
  constructor(getter) {
    this._getter = getter;
    this._value = void 0;
  }
  get value() {
    const getter = this._getter;
    if (getter !== void 0) {
      this._value = getter();
      this._getter = void 0;
    }
    return this._value;
  }
};
function cached(getter) {
  return new Cached(getter);
}
function nullish(input) {
  return input === null || input === void 0;
}
function cleanRegex(source) {
  const start = source.startsWith("^") ? 1 : 0;
  const end = source.endsWith("$") ? source.length - 1 : source.length;
  return source.slice(start, end);
}
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
    writable: true,
    enumerable: true,
    configurable: true
  });
}
var captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
};
function isObject(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
function isPlainObject(o) {
  if (isObject(o) === false)
    return false;
  const ctor = o.constructor;
  if (ctor === void 0)
    return true;
  if (typeof ctor !== "function")
    return true;
  const prot = ctor.prototype;
  if (isObject(prot) === false)
    return false;
  if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
    return false;
  }
  return true;
}
var propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
function escapeRegex(str) {
  return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
  const cl = new inst._zod.constr(def ?? inst._zod.def);
  if (!def || params?.parent)
    cl._zod.parent = inst;
  return cl;
}
function normalizeParams(_params) {
  const params = _params;
  if (!params)
    return {};
  if (typeof params === "string")
    return { error: () => params };
  if (params?.message !== void 0) {
    if (params?.error !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params.error = params.message;
  }
  delete params.message;
  if (typeof params.error === "string")
    return { ...params, error: () => params.error };
  return params;
}
function stringifyPrimitive(value) {
  if (typeof value === "bigint")
    return value.toString() + "n";
  if (typeof value === "string")
    return `"${value}"`;
  return `${value}`;
}
function optionalKeys(shape) {
  return Object.keys(shape).filter((k) => {
    return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
  });
}
var NUMBER_FORMAT_RANGES = /* @__PURE__ */ (() => ({
  safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  int32: [-2147483648, 2147483647],
  uint32: [0, 4294967295],
  float32: [-34028234663852886e22, 34028234663852886e22],
  float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
}))();
var BIGINT_FORMAT_RANGES = {
  int64: [/* @__PURE__ */ BigInt("-9223372036854775808"), /* @__PURE__ */ BigInt("9223372036854775807")],
  uint64: [/* @__PURE__ */ BigInt(0), /* @__PURE__ */ BigInt("18446744073709551615")]
};
function aborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue !== true) {
      return true;
    }
  }
  return false;
}
function explicitlyAborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue === false) {
      return true;
    }
  }
  return false;
}
function prefixIssues(path, issues) {
  return issues.map((iss) => {
    var _a3;
    (_a3 = iss).path ?? (_a3.path = []);
    iss.path.unshift(path);
    return iss;
  });
}
function unwrapMessage(message) {
  return typeof message === "string" ? message : message?.message;
}
function sizeCaps(defChecks) {
  const caps = [];
  for (const ch of defChecks ?? []) {
    const d = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(d.check))
      break;
    const max = d.maximum ?? d.length ?? d.size;
    if (max >= 0)
      caps.push([max, ch]);
  }
  return caps;
}
function attachSchema(issues, start, inst) {
  var _a3;
  for (let i = start; i < issues.length; i++) {
    (_a3 = issues[i]).schema ?? (_a3.schema = inst);
  }
}
function finalizeIssue(iss, ctx, config2) {
  var _a3;
  const traits = iss.inst?._zod?.traits;
  if (traits?.has("$ZodType")) {
    if (traits.has("$ZodCheck"))
      (_a3 = iss).schema ?? (_a3.schema = iss.inst);
    else
      iss.schema = iss.inst;
  }
  const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
  const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
  const full = {};
  for (const k of Object.keys(iss)) {
    if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
      continue;
    full[k] = iss[k];
  }
  full.path ?? (full.path = []);
  full.message = message;
  if (ctx?.reportInput) {
    full.input = iss.input;
  }
  return full;
}
var highSurrogate = /[\uD800-\uDBFF]/;
function codePointLength(str) {
  const units = str.length;
  if (!highSurrogate.test(str))
    return units;
  let count = units;
  for (let i = 0; i < units - 1; i++) {
    if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
      count--;
      i++;
    }
  }
  return count;
}
function getLengthableOrigin(input) {
  if (Array.isArray(input))
    return "array";
  if (typeof input === "string")
    return "string";
  return "unknown";
}
function parsedType(data) {
  const t = typeof data;
  switch (t) {
    case "number": {
      return Number.isNaN(data) ? "nan" : "number";
    }
    case "object": {
      if (data === null) {
        return "null";
      }
      if (Array.isArray(data)) {
        return "array";
      }
      const obj = data;
      if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
        return obj.constructor.name;
      }
    }
  }
  return t;
}
function issue(...args) {
  const [iss, input, inst] = args;
  if (typeof iss === "string") {
    return {
      message: iss,
      code: "custom",
      input,
      inst
    };
  }
  return { ...iss };
}
function members(proto, table) {
  for (const key in table) {
    const desc = Object.getOwnPropertyDescriptor(table, key);
    if (desc.get)
      Object.defineProperty(proto, key, { ...desc, enumerable: false });
    else
      defineBound(proto, key, desc.value);
  }
}
function own(inst, key, value, enumerable = true) {
  Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
  return value;
}
function hide(inst, key, value) {
  return own(inst, key, value, false);
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value) {
      own(this, key, value);
    }
  });
}
function claim(inst, sentinel) {
  const proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
var installing;
var broke = false;
var breaker = {
  configurable: true,
  get() {
    broke = true;
    return void 0;
  }
};
function defineLazyInternal(inst, key, compute) {
  const proto = Object.getPrototypeOf(inst._zod);
  if (key in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      Object.defineProperty(this, key, breaker);
      const outer = broke;
      broke = false;
      try {
        const value = compute(this);
        if (broke)
          delete this[key];
        else
          Object.defineProperty(this, key, { configurable: true, writable: true, value });
        broke = broke || outer;
        return value;
      } catch (err) {
        delete this[key];
        broke = broke || outer;
        throw err;
      }
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, value });
    }
  });
}
function installLazyProp(inst, key, make, enumerable) {
  const proto = claim(inst, key);
  if (!proto)
    return;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      const desc = { configurable: true, writable: true, enumerable, value: void 0 };
      Object.defineProperty(this, key, desc);
      desc.value = make(this);
      Object.defineProperty(this, key, desc);
      return desc.value;
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
    }
  });
}
var _a;
var _zodDesc = { value: void 0, enumerable: false };
var _E = "captureStackTrace" in Error ? Error : null;
function newError(Definition) {
  const E = _E;
  if (E) {
    const saved = E.stackTraceLimit;
    if (typeof saved === "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        _E = null;
        return new Definition();
      }
      try {
        return new Definition();
      } finally {
        E.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
// @__NO_SIDE_EFFECTS__
function $constructor(name, initializer2, proto, params) {
  const zodProto = {};
  function Internals(def) {
    this.def = def;
    this.constr = _;
    this.traits = /* @__PURE__ */ new Set();
  }
  Internals.prototype = zodProto;
  const protoMembers = proto;
  const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init(inst, def) {
    if (!inst._zod) {
      _zodDesc.value = new Internals(def);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    } else if (inst._zod.traits.has(name)) {
      return;
    }
    inst._zod.traits.add(name);
    initializer2(inst, def);
    if (initialized) {
      const own2 = Object.getPrototypeOf(inst);
      const ctorProto = inst._zod.constr.prototype;
      let up = own2;
      while (up && up !== ctorProto)
        up = Object.getPrototypeOf(up);
      const target = up ?? own2;
      if (!initialized.has(target)) {
        initialized.add(target);
        members(target, protoMembers);
      }
    }
    const proto2 = _.prototype;
    for (const k in proto2) {
      if (!Object.prototype.hasOwnProperty.call(proto2, k))
        continue;
      if (!(k in inst)) {
        inst[k] = proto2[k].bind(inst);
      }
    }
  }
  const Parent = params?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name });
  function _(def) {
    const inst = params?.Parent ? newError(Definition) : this;
    init(inst, def);
    const deferred = inst._zod.deferred;
    if (deferred) {
      for (const fn of deferred) {
        fn();
      }
      inst._zod.deferred = void 0;
    }
    const pp = globalThis.__zod_globalConfig?.postProcessor;
    if (pp)
      pp(inst);
    return inst;
  }
  Object.defineProperty(_, "init", { value: init });
  Object.defineProperty(_, Symbol.hasInstance, {
    value: (inst) => {
      if (params?.Parent && inst instanceof params.Parent)
        return true;
      return inst?._zod?.traits?.has(name);
    }
  });
  Object.defineProperty(_, "name", { value: name });
  return _;
}
var $ZodAsyncError = class extends Error {
  constructor() {
    super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
  }
};
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
var globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
var _messageDesc = {
  get: _getMessage,
  set: _setMessage,
  enumerable: true,
  configurable: true
};
var _issuesDesc = { value: void 0, enumerable: false };
var _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
var initializer = (inst, def) => {
  inst.name = "$ZodError";
  _issuesDesc.value = def;
  Object.defineProperty(inst, "issues", _issuesDesc);
  _issuesDesc.value = void 0;
  Object.defineProperty(inst, "message", _messageDesc);
  const proto = Object.getPrototypeOf(inst);
  if (!_installedToString.has(proto)) {
    _installedToString.add(proto);
    Object.defineProperty(proto, "toString", {
      configurable: true,
      enumerable: false,
      get() {
        const value = () => this.message;
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
      }
    });
  }
};
var $ZodRealError = /* @__PURE__ */ $constructor("$ZodError", initializer, void 0, {
  Parent: Error
});
var _parse = (_Err) => {
  const fn = (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
      throw new $ZodAsyncError();
    }
    if (result.issues.length) {
      const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, _params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var parse = /* @__PURE__ */ _parse($ZodRealError);
var _parseAsync = (_Err) => {
  const fn = async (schema, value, _ctx, params) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
      result = await result;
    if (result.issues.length) {
      const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var parseAsync = /* @__PURE__ */ _parseAsync($ZodRealError);
var _safeParse = (_Err) => (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
  const result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParse = /* @__PURE__ */ _safeParse($ZodRealError);
function failure(Err, issues, ctx) {
  let error2;
  return {
    success: false,
    get error() {
      if (!error2) {
        error2 = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
        issues = void 0;
        ctx = void 0;
      }
      return error2;
    },
    set error(e) {
      error2 = e;
      issues = void 0;
      ctx = void 0;
    }
  };
}
var _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
  let result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParseAsync = /* @__PURE__ */ _safeParseAsync($ZodRealError);
var base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
var base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
var anyString = /^[\s\S]{0,}$/;
var integer = /^-?\d+$/;
var number = /^-?\d+(?:\.\d+)?$/;
var boolean = /^(?:true|false)$/i;
var $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
  var _a3;
  inst._zod ?? (inst._zod = {});
  inst._zod.def = def;
  (_a3 = inst._zod).onattach ?? (_a3.onattach = []);
});
var _whenHasLength = (payload) => {
  const val = payload.value;
  return !nullish(val) && val.length !== void 0;
};
var $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
  var _a3;
  $ZodCheck.init(inst, def);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units;
    if (length >= def.minimum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_small",
      minimum: def.minimum,
      inclusive: true,
      input,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
  var _a3, _b;
  $ZodCheck.init(inst, def);
  if (def.pattern)
    (_a3 = inst._zod).check ?? (_a3.check = (payload) => {
      def.pattern.lastIndex = 0;
      if (def.pattern.test(payload.value))
        return;
      payload.issues.push({
        origin: "string",
        code: "invalid_format",
        format: def.format,
        input: payload.value,
        ...def.pattern ? { pattern: def.pattern.toString() } : {},
        inst,
        continue: !def.abort
      });
    });
  else
    (_b = inst._zod).check ?? (_b.check = () => {
    });
});
var $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
  $ZodCheckStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    def.pattern.lastIndex = 0;
    if (def.pattern.test(payload.value))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "regex",
      input: payload.value,
      pattern: def.pattern.toString(),
      inst,
      continue: !def.abort
    });
  };
});
var version = {
  major: 4,
  minor: 6,
  patch: 7
};
var $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
  var _a3;
  inst ?? (inst = {});
  inst._zod.def = def;
  inst._zod.bag = inst._zod.bag || {};
  inst._zod.version = version;
  const defChecks = inst._zod.def.checks;
  const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
  for (const ch of checks) {
    for (const fn of ch._zod.onattach) {
      fn(inst);
    }
  }
  if (checks.length === 0) {
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred?.push(() => {
      inst._zod.run = inst._zod.parse;
    });
  } else {
    const runChecks = (payload, checks2, ctx) => {
      if (payload.memo)
        return payload;
      let isAborted = aborted(payload);
      let asyncResult;
      for (const ch of checks2) {
        if (ch._zod.def.when) {
          if (explicitlyAborted(payload))
            continue;
          const shouldRun = ch._zod.def.when(payload);
          if (!shouldRun)
            continue;
        } else if (isAborted) {
          continue;
        }
        const currLen = payload.issues.length;
        const _ = ch._zod.check(payload);
        if (_ instanceof Promise && ctx?.async === false) {
          throw new $ZodAsyncError();
        }
        if (asyncResult || _ instanceof Promise) {
          asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
            await _;
            const nextLen = payload.issues.length;
            if (nextLen === currLen)
              return;
            attachSchema(payload.issues, currLen, inst);
            if (!isAborted)
              isAborted = aborted(payload, currLen);
          });
        } else {
          const nextLen = payload.issues.length;
          if (nextLen === currLen)
            continue;
          attachSchema(payload.issues, currLen, inst);
          if (!isAborted)
            isAborted = aborted(payload, currLen);
        }
      }
      if (asyncResult) {
        return asyncResult.then(() => {
          return payload;
        });
      }
      return payload;
    };
    const handleCanaryResult = (canary, payload, ctx) => {
      if (aborted(canary)) {
        canary.aborted = true;
        return canary;
      }
      const checkResult = runChecks(payload, checks, ctx);
      if (checkResult instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
      }
      return inst._zod.parse(checkResult, ctx);
    };
    inst._zod.run = (payload, ctx) => {
      if (ctx.skipChecks) {
        return inst._zod.parse(payload, ctx);
      }
      if (ctx.direction === "backward") {
        const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
        if (canary instanceof Promise) {
          return canary.then((canary2) => {
            return handleCanaryResult(canary2, payload, ctx);
          });
        }
        return handleCanaryResult(canary, payload, ctx);
      }
      const result = inst._zod.parse(payload, ctx);
      if (result instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return result.then((result2) => runChecks(result2, checks, ctx));
      }
      return runChecks(result, checks, ctx);
    };
  }
}, {
  // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
  get "~standard"() {
    return hide(this, "~standard", standardProps(this));
  },
  set "~standard"(value) {
    own(this, "~standard", value);
  }
});
var toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
  const ctx = { async: true };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      const ctx = { async: false };
      try {
        const r = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r instanceof Promise))
          return toStandardResult(r, ctx);
      } catch (_) {
      }
      return validateAsync(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
var $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = def.pattern ?? anyString;
  inst._zod.parse = (payload, _) => {
    if (def.coerce)
      try {
        payload.value = String(payload.value);
      } catch (_2) {
      }
    if (typeof payload.value === "string")
      return payload;
    payload.issues.push({
      expected: "string",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
var base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
var base64urlCharset = /^[A-Za-z0-9_-]*$/;
var $ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = boolean;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Boolean(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "boolean")
      return payload;
    payload.issues.push({
      expected: "boolean",
      code: "invalid_type",
      input,
      inst
    });
    return payload;
  };
});
var $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _ctx) => {
    payload.issues.push({
      expected: "never",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
function capSize(inst, size) {
  const caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  const cap = Math.min(...caps.map((c) => c[0]));
  const parse3 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    const n = size(payload.value);
    if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
      for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
        if (n > max && ch._zod.def.when(payload)) {
          const start = payload.issues.length;
          ch._zod.check(payload);
          payload.issues[start].continue = false;
          attachSchema(payload.issues, start, inst);
          return payload;
        }
      }
    }
    return parse3(payload, ctx);
  };
}
var arraySize = (input) => Array.isArray(input) ? input.length : -1;
function handleArrayResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
var $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
  $ZodType.init(inst, def);
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!Array.isArray(input)) {
      payload.issues.push({
        expected: "array",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
    const proms = [];
    const abortEarly = ctx?.abortEarly;
    for (let i = 0; i < input.length; i++) {
      const item = input[i];
      const result = def.element._zod.run({
        value: item,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        proms.push(result.then((result2) => handleArrayResult(result2, payload, i)));
      } else {
        handleArrayResult(result, payload, i);
        if (abortEarly && result.issues.length !== 0 && aborted(result))
          break;
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
  capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
  const isPresent = key in input;
  const isOptionalOut = optout === "optional";
  if (!isPresent && isOptionalOut && optin === "optional") {
    return;
  }
  if (result.issues.length) {
    if (optin !== void 0 && isOptionalOut && !isPresent) {
      return;
    }
    final.issues.push(...prefixIssues(key, result.issues));
  }
  if (!isPresent && optin === void 0) {
    if (!result.issues.length) {
      final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
    }
    return;
  }
  if (result.value === void 0) {
    if (isPresent || optin === "defaulted" && !isOptionalOut) {
      final.value[key] = void 0;
    }
  } else {
    final.value[key] = result.value;
  }
}
var NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
  const keys = Object.keys(def.shape);
  const ownSymbols = Object.getOwnPropertySymbols(def.shape);
  const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
  const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  for (const k of allKeys) {
    if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
      throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
    }
  }
  const okeys = optionalKeys(def.shape);
  return {
    ...def,
    allKeys,
    symbolKeys,
    // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
    keySet: new Set(keys),
    numKeys: keys.length,
    optionalKeys: new Set(okeys)
  };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
  const unrecognized = [];
  const keySet = def.keySet;
  const _catchall = def.catchall._zod;
  const t = _catchall.def.type;
  const optin = _catchall.optin;
  const optout = _catchall.optout;
  let seen = 0;
  for (const key in input) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen))
        break;
      seen = payload.issues.length;
    }
    if (keySet.has(key))
      continue;
    if (key === "__proto__") {
      if (t === "never")
        unrecognized.push(key);
      continue;
    }
    if (t === "never") {
      unrecognized.push(key);
      continue;
    }
    const r = _catchall.run({ value: input[key], issues: [] }, ctx);
    if (r instanceof Promise) {
      proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
    } else {
      handlePropertyResult(r, payload, key, input, optin, optout);
    }
  }
  if (unrecognized.length) {
    payload.issues.push({
      code: "unrecognized_keys",
      keys: unrecognized,
      input,
      inst,
      // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
      continue: true
    });
  }
  if (!proms.length)
    return payload;
  return Promise.all(proms).then(() => {
    return payload;
  });
}
var $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
  $ZodType.init(inst, def);
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  const sh = desc?.get ? desc.get.raw : def.shape ?? {};
  if (sh) {
    const get = () => {
      const newSh = { ...sh };
      Object.defineProperty(def, "shape", { value: newSh });
      get.raw = newSh;
      return newSh;
    };
    get.raw = sh;
    Object.defineProperty(def, "shape", { get });
  }
  const _normalized = cached(() => normalizeDef(def));
  defineLazyInternal(inst, "propValues", (zod) => {
    const shape = zod.def.shape;
    const propValues = {};
    for (const key in shape) {
      const field = shape[key]._zod;
      if (field.values) {
        if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
          assignProp(propValues, key, /* @__PURE__ */ new Set());
        }
        for (const v of field.values)
          propValues[key].add(v);
        if (field.optin !== void 0)
          propValues[key].add(void 0);
      }
    }
    return propValues;
  });
  const isObject2 = isObject;
  const catchall = def.catchall;
  let value;
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input = payload.value;
    if (!isObject2(input)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
    const proms = [];
    const shape = value.shape;
    const abortEarly = ctx?.abortEarly;
    let seen = payload.issues.length;
    for (const key of value.allKeys) {
      if (abortEarly && payload.issues.length !== seen) {
        if (aborted(payload, seen))
          break;
        seen = payload.issues.length;
      }
      if (key === "__proto__")
        continue;
      const el = shape[key];
      const optin = el._zod.optin;
      const optout = el._zod.optout;
      const r = el._zod.run({ value: input[key], issues: [] }, ctx);
      if (r instanceof Promise) {
        proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
      } else {
        handlePropertyResult(r, payload, key, input, optin, optout);
      }
    }
    if (!catchall) {
      return proms.length ? Promise.all(proms).then(() => payload) : payload;
    }
    return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
  };
});
function handleUnionResults(results, final, inst, ctx) {
  for (const result of results) {
    if (result.issues.length === 0) {
      final.value = result.value;
      return final;
    }
  }
  const nonaborted = results.filter((r) => !aborted(r));
  if (nonaborted.length === 1) {
    final.value = nonaborted[0].value;
    return nonaborted[0];
  }
  final.issues.push({
    code: "invalid_union",
    input: final.value,
    inst,
    errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
  });
  return final;
}
var $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
  defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
  defineLazyInternal(inst, "values", (zod) => {
    if (zod.def.options.every((o) => o._zod.values)) {
      return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
    }
    return void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    if (zod.def.options.every((o) => o._zod.pattern)) {
      const patterns = zod.def.options.map((o) => o._zod.pattern);
      return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
    }
    return void 0;
  });
  const first = def.options.length === 1 ? def.options[0]._zod.run : null;
  inst._zod.parse = (payload, ctx) => {
    if (first) {
      return first(payload, ctx);
    }
    let async = false;
    const results = [];
    for (const option of def.options) {
      const result = option._zod.run({
        value: payload.value,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        results.push(result);
        async = true;
      } else {
        if (result.issues.length === 0)
          return result;
        results.push(result);
      }
    }
    if (!async)
      return handleUnionResults(results, payload, inst, ctx);
    return Promise.all(results).then((results2) => {
      return handleUnionResults(results2, payload, inst, ctx);
    });
  };
});
var $ZodRecord = /* @__PURE__ */ $constructor("$ZodRecord", (inst, def) => {
  $ZodType.init(inst, def);
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!isPlainObject(input)) {
      payload.issues.push({
        expected: "record",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    const proms = [];
    const values = def.keyType._zod.values;
    if (values && !def.partial) {
      payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
      const recordKeys = /* @__PURE__ */ new Set();
      for (const key of values) {
        if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
          recordKeys.add(typeof key === "number" ? key.toString() : key);
          if (key === "__proto__")
            continue;
          const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
          if (keyResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (keyResult.issues.length) {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
            continue;
          }
          const outKey = keyResult.value;
          if (outKey === "__proto__")
            continue;
          const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
          if (result instanceof Promise) {
            proms.push(result.then((result2) => {
              if (result2.issues.length) {
                payload.issues.push(...prefixIssues(key, result2.issues));
              }
              payload.value[outKey] = result2.value;
            }));
          } else {
            if (result.issues.length) {
              payload.issues.push(...prefixIssues(key, result.issues));
            }
            payload.value[outKey] = result.value;
          }
        }
      }
      let unrecognized;
      for (const key in input) {
        if (!recordKeys.has(key)) {
          if (def.mode === "loose") {
            if (key === "__proto__")
              continue;
            payload.value[key] = input[key];
          } else {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          }
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    } else {
      payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
      let unrecognized;
      for (const key of Reflect.ownKeys(input)) {
        if (key === "__proto__")
          continue;
        if (!Object.prototype.propertyIsEnumerable.call(input, key))
          continue;
        let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
        if (keyResult instanceof Promise) {
          throw new Error("Async schemas not supported in object keys currently");
        }
        const checkNumericKey = typeof key === "string" && number.test(key) && keyResult.issues.length;
        if (checkNumericKey) {
          const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
          if (retryResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (retryResult.issues.length === 0) {
            keyResult = retryResult;
          }
        }
        if (keyResult.issues.length) {
          if (def.mode === "loose") {
            payload.value[key] = input[key];
          } else if (values) {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          } else {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
          }
          continue;
        }
        const outKey = keyResult.value;
        if (outKey === "__proto__")
          continue;
        const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
        if (result instanceof Promise) {
          proms.push(result.then((result2) => {
            if (result2.issues.length) {
              payload.issues.push(...prefixIssues(key, result2.issues));
            }
            payload.value[outKey] = result2.value;
          }));
        } else {
          if (result.issues.length) {
            payload.issues.push(...prefixIssues(key, result.issues));
          }
          payload.value[outKey] = result.value;
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
});
var $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
  $ZodType.init(inst, def);
  const values = getEnumValues(def.entries);
  const valuesSet = new Set(values);
  inst._zod.values = valuesSet;
  defineLazyInternal(inst, "pattern", (zod) => {
    const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
    return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (valuesSet.has(input)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values,
      input,
      inst
    });
    return payload;
  };
});
var $ZodLiteral = /* @__PURE__ */ $constructor("$ZodLiteral", (inst, def) => {
  $ZodType.init(inst, def);
  const values = new Set(def.values);
  inst._zod.values = values;
  defineLazyInternal(inst, "pattern", (zod) => {
    const vals = zod.def.values;
    return new RegExp(vals.length ? `^(${vals.map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o)).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (values.has(input)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values: def.values,
      input,
      inst
    });
    return payload;
  };
});
function handleOptionalResult(payload, result) {
  payload.value = result.issues.length ? void 0 : result.value;
  return payload;
}
var $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  inst._zod.optout = "optional";
  defineLazyInternal(inst, "values", (zod) => {
    const values = zod.def.innerType._zod.values;
    return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === void 0) {
      if (def.innerType._zod.optin !== "defaulted")
        return payload;
      const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
      if (result instanceof Promise)
        return result.then((result2) => handleOptionalResult(payload, result2));
      return handleOptionalResult(payload, result);
    }
    return def.innerType._zod.run(payload, ctx);
  };
});
var error = () => {
  const Sizable = {
    string: { unit: "characters", verb: "to have" },
    file: { unit: "bytes", verb: "to have" },
    array: { unit: "items", verb: "to have" },
    set: { unit: "items", verb: "to have" },
    map: { unit: "entries", verb: "to have" }
  };
  function getSizing(origin) {
    return Sizable[origin] ?? null;
  }
  const FormatDictionary = {
    regex: "input",
    email: "email address",
    url: "URL",
    emoji: "emoji",
    uuid: "UUID",
    uuidv4: "UUIDv4",
    uuidv6: "UUIDv6",
    nanoid: "nanoid",
    guid: "GUID",
    cuid: "cuid",
    cuid2: "cuid2",
    ulid: "ULID",
    xid: "XID",
    ksuid: "KSUID",
    datetime: "ISO datetime",
    date: "ISO date",
    time: "ISO time",
    duration: "ISO duration",
    ipv4: "IPv4 address",
    ipv6: "IPv6 address",
    mac: "MAC address",
    cidrv4: "IPv4 range",
    cidrv6: "IPv6 range",
    base64: "base64-encoded string",
    base64url: "base64url-encoded string",
    json_string: "JSON string",
    e164: "E.164 number",
    currency_code: "currency code",
    credit_card: "credit card number",
    iban: "IBAN",
    jwt: "JWT",
    template_literal: "input"
  };
  const TypeDictionary = {
    // Compatibility: "nan" -> "NaN" for display
    nan: "NaN"
    // All other type names omitted - they fall back to raw values via ?? operator
  };
  function getTypeName(type, input) {
    if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
      return String(input);
    }
    return TypeDictionary[type] ?? type;
  }
  return (issue2) => {
    switch (issue2.code) {
      case "invalid_type": {
        const expected = getTypeName(issue2.expected);
        const receivedType = parsedType(issue2.input);
        const received = getTypeName(receivedType, issue2.input);
        return `Invalid input: expected ${expected}, received ${received}`;
      }
      case "invalid_value":
        if (issue2.values.length === 1)
          return `Invalid input: expected ${stringifyPrimitive(issue2.values[0])}`;
        return `Invalid option: expected one of ${joinValues(issue2.values, "|")}`;
      case "too_big": {
        const adj = issue2.exact ? "exactly " : issue2.inclusive ? "<=" : "<";
        const sizing = getSizing(issue2.origin);
        if (sizing)
          return `Too big: expected ${issue2.origin ?? "value"} to have ${adj}${issue2.maximum.toString()} ${sizing.unit ?? "elements"}`;
        return `Too big: expected ${issue2.origin ?? "value"} to be ${adj}${issue2.maximum.toString()}`;
      }
      case "too_small": {
        const adj = issue2.exact ? "exactly " : issue2.inclusive ? ">=" : ">";
        const sizing = getSizing(issue2.origin);
        if (sizing) {
          return `Too small: expected ${issue2.origin} to have ${adj}${issue2.minimum.toString()} ${sizing.unit}`;
        }
        return `Too small: expected ${issue2.origin} to be ${adj}${issue2.minimum.toString()}`;
      }
      case "invalid_format": {
        const _issue = issue2;
        if (_issue.format === "starts_with") {
          return `Invalid string: must start with "${_issue.prefix}"`;
        }
        if (_issue.format === "ends_with")
          return `Invalid string: must end with "${_issue.suffix}"`;
        if (_issue.format === "includes")
          return `Invalid string: must include "${_issue.includes}"`;
        if (_issue.format === "regex")
          return `Invalid string: must match pattern ${_issue.pattern}`;
        return `Invalid ${FormatDictionary[_issue.format] ?? issue2.format}`;
      }
      case "not_multiple_of":
        return `Invalid number: must be a multiple of ${issue2.divisor}`;
      case "unrecognized_keys":
        return `Unrecognized key${issue2.keys.length > 1 ? "s" : ""}: ${joinValues(issue2.keys, ", ")}`;
      case "invalid_key":
        return `Invalid key in ${issue2.origin}`;
      case "invalid_union":
        if (issue2.options && Array.isArray(issue2.options) && issue2.options.length > 0) {
          const opts = issue2.options.map((o) => `'${o}'`).join(" | ");
          return `Invalid discriminator value. Expected ${opts}`;
        }
        if (issue2.inclusive === false) {
          return "Invalid input: more than one option matched";
        }
        return "Invalid input";
      case "invalid_element":
        return `Invalid value in ${issue2.origin}`;
      default:
        return `Invalid input`;
    }
  };
};
function en_default() {
  return {
    localeError: error()
  };
}
var _a2;
var $ZodRegistry = class {
  constructor() {
    this._map = /* @__PURE__ */ new WeakMap();
    this._idmap = /* @__PURE__ */ new Map();
  }
  add(schema, ..._meta) {
    const meta14 = _meta[0];
    this._map.set(schema, meta14);
    if (meta14 && typeof meta14 === "object" && "id" in meta14) {
      this._idmap.set(meta14.id, schema);
    }
    return this;
  }
  clear() {
    this._map = /* @__PURE__ */ new WeakMap();
    this._idmap = /* @__PURE__ */ new Map();
    return this;
  }
  remove(schema) {
    const meta14 = this._map.get(schema);
    if (meta14 && typeof meta14 === "object" && "id" in meta14) {
      this._idmap.delete(meta14.id);
    }
    this._map.delete(schema);
    return this;
  }
  get(schema) {
    const p = schema._zod.parent;
    if (p) {
      const pm = { ...this.get(p) ?? {} };
      delete pm.id;
      const f = { ...pm, ...this._map.get(schema) };
      return Object.keys(f).length ? f : void 0;
    }
    return this._map.get(schema);
  }
  has(schema) {
    return this._map.has(schema);
  }
};
function registry() {
  return new $ZodRegistry();
}
(_a2 = globalThis).__zod_globalRegistry ?? (_a2.__zod_globalRegistry = registry());
var globalRegistry = globalThis.__zod_globalRegistry;
function snapshotChecks(def) {
  if (def.checks)
    def.checks = [...def.checks];
  return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
  return new Class(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
  return new Class({
    type: "boolean",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
  return new Class({
    type: "never",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
  return new $ZodCheckMinLength({
    check: "min_length",
    ...normalizeParams(params),
    minimum
  });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
  return new $ZodCheckRegex({
    check: "string_format",
    format: "regex",
    ...normalizeParams(params),
    pattern
  });
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
  const ch = /* @__PURE__ */ _check((payload) => {
    payload.addIssue = (issue2) => {
      if (typeof issue2 === "string") {
        payload.issues.push(issue(issue2, payload.value, ch._zod.def));
      } else {
        const _issue = issue2;
        if (_issue.fatal)
          _issue.continue = false;
        _issue.code ?? (_issue.code = "custom");
        if (!("input" in _issue))
          _issue.input = payload.value;
        _issue.inst ?? (_issue.inst = ch);
        _issue.continue ?? (_issue.continue = !ch._zod.def.abort);
        payload.issues.push(issue(_issue));
      }
    };
    return fn(payload.value, payload);
  }, params);
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
  const ch = new $ZodCheck({
    check: "custom",
    ...normalizeParams(params)
  });
  ch._zod.check = fn;
  return ch;
}
function assignProps(target, ...sources) {
  for (const source of sources) {
    for (const key of Reflect.ownKeys(source)) {
      if (Object.prototype.propertyIsEnumerable.call(source, key)) {
        assignProp(target, key, source[key]);
      }
    }
  }
  return target;
}
function initializeContext(params) {
  let target = params?.target ?? "draft-2020-12";
  if (target === "draft-4")
    target = "draft-04";
  if (target === "draft-7")
    target = "draft-07";
  return {
    processors: params.processors ?? {},
    metadataRegistry: params?.metadata ?? globalRegistry,
    target,
    unrepresentable: params?.unrepresentable ?? "throw",
    override: params?.override ?? (() => {
    }),
    io: params?.io ?? "output",
    counter: 0,
    seen: /* @__PURE__ */ new Map(),
    sharedDefsExtractedFor: void 0,
    sharedEmitDoneFor: void 0,
    cycles: params?.cycles ?? "ref",
    reused: params?.reused ?? "inline",
    intersections: [],
    deferred: [],
    external: params?.external ?? void 0
  };
}
function handleUnrepresentable(schema, ctx, json, params, message) {
  const result = typeof ctx.unrepresentable === "function" ? ctx.unrepresentable({ zodSchema: schema, path: params.path, message }) : ctx.unrepresentable;
  if (result === "any")
    return false;
  if (result === void 0 || result === "throw")
    throw new Error(message);
  Object.assign(json, result);
  return true;
}
function processSchema(schema, ctx, _params = { path: [], schemaPath: [] }) {
  var _a3;
  const def = schema._zod.def;
  const seen = ctx.seen.get(schema);
  if (seen) {
    seen.count++;
    const isCycle = _params.schemaPath.includes(schema);
    if (isCycle) {
      seen.cycle = _params.path;
    }
    return seen.schema;
  }
  const result = { schema: {}, count: 1, cycle: void 0, path: _params.path };
  ctx.seen.set(schema, result);
  ctx.sharedDefsExtractedFor = void 0;
  ctx.sharedEmitDoneFor = void 0;
  const overrideSchema = schema._zod.toJSONSchema?.();
  if (overrideSchema) {
    result.schema = overrideSchema;
  } else {
    const params = {
      ..._params,
      schemaPath: [..._params.schemaPath, schema],
      path: _params.path
    };
    if (schema._zod.processJSONSchema) {
      schema._zod.processJSONSchema(ctx, result.schema, params);
    } else {
      const _json = result.schema;
      const processor = ctx.processors[def.type];
      if (!processor) {
        throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
      }
      processor(schema, ctx, _json, params);
    }
    const parent = schema._zod.parent;
    if (parent) {
      if (!result.ref)
        result.ref = parent;
      processSchema(parent, ctx, params);
      ctx.seen.get(parent).isParent = true;
    }
  }
  const meta14 = ctx.metadataRegistry.get(schema);
  if (meta14)
    assignProps(result.schema, meta14);
  if (ctx.io === "input" && isTransforming(schema)) {
    delete result.schema.examples;
    delete result.schema.default;
  }
  if (ctx.io === "input" && "_prefault" in result.schema)
    (_a3 = result.schema).default ?? (_a3.default = result.schema._prefault);
  delete result.schema._prefault;
  const _result = ctx.seen.get(schema);
  return _result.schema;
}
function encodeJSONPointerSegment(segment) {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function extractDefs(ctx, schema) {
  const root = ctx.seen.get(schema);
  if (!root)
    throw new Error("Unprocessed schema. This is a bug in Zod.");
  if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external)
    return;
  const idToSchema = /* @__PURE__ */ new Map();
  for (const entry of ctx.seen.entries()) {
    const id = ctx.metadataRegistry.get(entry[0])?.id;
    if (id) {
      const existing = idToSchema.get(id);
      if (existing && existing !== entry[0]) {
        throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
      }
      idToSchema.set(id, entry[0]);
    }
  }
  const makeURI = (entry) => {
    const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
    if (ctx.external) {
      const externalId = ctx.external.registry.get(entry[0])?.id;
      const uriGenerator = ctx.external.uri ?? ((id2) => id2);
      if (externalId) {
        return { ref: uriGenerator(externalId) };
      }
      const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
      entry[1].defId = id;
      return { defId: id, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}` };
    }
    const uriPrefix = `#`;
    const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
    if (entry[1] === root && !entry[1].schema.id) {
      return { ref: uriPrefix };
    }
    const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
    return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
  };
  const extractToDef = (entry) => {
    if (entry[1].schema.$ref) {
      return;
    }
    const seen = entry[1];
    const { ref, defId } = makeURI(entry);
    seen.def = { ...seen.schema };
    if (defId)
      seen.defId = defId;
    const schema2 = seen.schema;
    for (const key in schema2) {
      delete schema2[key];
    }
    schema2.$ref = ref;
  };
  if (ctx.cycles === "throw") {
    for (const entry of ctx.seen.entries()) {
      const seen = entry[1];
      if (seen.cycle) {
        throw new Error(`Cycle detected: #/${seen.cycle?.join("/")}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`);
      }
    }
  }
  for (const entry of ctx.seen.entries()) {
    const seen = entry[1];
    if (schema === entry[0]) {
      extractToDef(entry);
      continue;
    }
    if (ctx.external) {
      const ext = ctx.external.registry.get(entry[0])?.id;
      if (schema !== entry[0] && ext) {
        extractToDef(entry);
        continue;
      }
    }
    const id = ctx.metadataRegistry.get(entry[0])?.id;
    if (id) {
      extractToDef(entry);
      continue;
    }
    if (seen.cycle) {
      extractToDef(entry);
      continue;
    }
    if (seen.count > 1) {
      if (ctx.reused === "ref") {
        extractToDef(entry);
      }
    }
  }
  if (ctx.external)
    ctx.sharedDefsExtractedFor = ctx.external;
}
function compactTypeUnion(schema) {
  const options = schema.anyOf;
  if (!Array.isArray(options) || options.length === 0 || schema.type !== void 0)
    return;
  const types = [];
  for (const option of options) {
    if (!option || typeof option !== "object")
      return;
    compactTypeUnion(option);
    const keys = Object.keys(option);
    if (keys.length !== 1 || keys[0] !== "type")
      return;
    const type = option.type;
    for (const member of Array.isArray(type) ? type : [type]) {
      if (typeof member !== "string")
        return;
      if (!types.includes(member))
        types.push(member);
    }
  }
  delete schema.anyOf;
  schema.type = types.length === 1 ? types[0] : types;
}
var FOLDABLE_KEYS = /* @__PURE__ */ new Set(["type", "properties", "required", "additionalProperties"]);
var UNION_KEYS = ["oneOf", "anyOf"];
function undeclaredConstraint(member) {
  const extra = member.additionalProperties;
  if (extra === void 0 || extra === false || typeof extra !== "object" || extra === null)
    return null;
  return Object.keys(extra).length ? extra : null;
}
function foldObjects(members2) {
  const objects = [];
  for (const member of members2) {
    if (typeof member !== "object" || member.type !== "object")
      return null;
    for (const key in member) {
      if (!FOLDABLE_KEYS.has(key))
        return null;
    }
    objects.push(member);
  }
  const properties = {};
  const required2 = /* @__PURE__ */ new Set();
  for (const object of objects) {
    for (const key in object.properties) {
      if (Object.prototype.hasOwnProperty.call(properties, key))
        continue;
      const parts = [];
      for (const other of objects) {
        const part = other.properties?.[key] ?? undeclaredConstraint(other);
        if (part === null || part === void 0)
          continue;
        if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part)))
          parts.push(part);
      }
      const merged = parts.length === 1 ? parts[0] : foldObjects(parts) ?? { allOf: parts };
      assignProp(properties, key, merged);
    }
    for (const key of object.required ?? [])
      required2.add(key);
  }
  const folded = { type: "object", properties };
  if (required2.size)
    folded.required = [...required2];
  if (objects.every((object) => object.additionalProperties === false)) {
    folded.additionalProperties = false;
  } else {
    const constraints = [];
    for (const object of objects) {
      const constraint = undeclaredConstraint(object);
      if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint)))
        constraints.push(constraint);
    }
    if (constraints.length === 1)
      folded.additionalProperties = constraints[0];
    else if (constraints.length > 1)
      folded.additionalProperties = { allOf: constraints };
  }
  return folded;
}
function foldIntersection(json) {
  const allOf = json.allOf;
  if (!Array.isArray(allOf) || allOf.length < 2)
    return;
  for (const key of FOLDABLE_KEYS)
    if (key in json)
      return;
  const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
  let folded = null;
  if (!unions.length) {
    folded = foldObjects(allOf);
  } else {
    const union2 = unions[0];
    const keyword = UNION_KEYS.find((k) => Array.isArray(union2[k]));
    if (Object.keys(union2).length !== 1)
      return;
    const rest = allOf.filter((m) => m !== union2);
    const branches = union2[keyword].map((branch) => foldObjects([...rest, branch]));
    if (branches.some((b) => !b))
      return;
    folded = { [keyword]: branches };
  }
  if (!folded)
    return;
  delete json.allOf;
  assignProps(json, folded);
}
function finalize(ctx, schema) {
  const root = ctx.seen.get(schema);
  if (!root)
    throw new Error("Unprocessed schema. This is a bug in Zod.");
  const flattenRef = (zodSchema) => {
    const seen = ctx.seen.get(zodSchema);
    if (seen.ref === null)
      return;
    const schema2 = seen.def ?? seen.schema;
    const _cached = { ...schema2 };
    const ref = seen.ref;
    seen.ref = null;
    if (ref) {
      flattenRef(ref);
      const refSeen = ctx.seen.get(ref);
      const refSchema = refSeen.schema;
      if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
        schema2.allOf = schema2.allOf ?? [];
        schema2.allOf.push(refSchema);
      } else {
        assignProps(schema2, refSchema);
      }
      assignProps(schema2, _cached);
      const isParentRef = zodSchema._zod.parent === ref;
      if (isParentRef) {
        for (const key in schema2) {
          if (key === "$ref" || key === "allOf")
            continue;
          if (!(key in _cached)) {
            delete schema2[key];
          }
        }
      }
      if (refSchema.$ref && refSeen.def) {
        for (const key in schema2) {
          if (key === "$ref" || key === "allOf")
            continue;
          if (key in refSeen.def && JSON.stringify(schema2[key]) === JSON.stringify(refSeen.def[key])) {
            delete schema2[key];
          }
        }
      }
    }
    const parent = zodSchema._zod.parent;
    if (parent && parent !== ref) {
      flattenRef(parent);
      const parentSeen = ctx.seen.get(parent);
      if (parentSeen?.schema.$ref) {
        schema2.$ref = parentSeen.schema.$ref;
        if (parentSeen.def) {
          for (const key in schema2) {
            if (key === "$ref" || key === "allOf")
              continue;
            if (key in parentSeen.def && JSON.stringify(schema2[key]) === JSON.stringify(parentSeen.def[key])) {
              delete schema2[key];
            }
          }
        }
      }
    }
    ctx.override({
      zodSchema,
      jsonSchema: schema2,
      path: seen.path ?? []
    });
  };
  if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
    for (const entry of [...ctx.seen.entries()].reverse()) {
      flattenRef(entry[0]);
    }
    if (ctx.target !== "openapi-3.0") {
      for (const entry of ctx.seen.entries()) {
        compactTypeUnion(entry[1].def ?? entry[1].schema);
      }
    }
    for (const rewrite of ctx.deferred)
      rewrite();
    if (ctx.intersections.length) {
      const carriers = /* @__PURE__ */ new Map();
      for (const seen of ctx.seen.values()) {
        for (const json of [seen.schema, seen.def]) {
          const allOf = json?.allOf;
          if (!Array.isArray(allOf))
            continue;
          const existing = carriers.get(allOf);
          if (existing)
            existing.push(json);
          else
            carriers.set(allOf, [json]);
        }
      }
      for (const allOf of ctx.intersections) {
        for (const json of carriers.get(allOf) ?? [])
          foldIntersection(json);
      }
    }
  }
  const result = {};
  if (ctx.target === "draft-2020-12") {
    result.$schema = "https://json-schema.org/draft/2020-12/schema";
  } else if (ctx.target === "draft-07") {
    result.$schema = "http://json-schema.org/draft-07/schema#";
  } else if (ctx.target === "draft-04") {
    result.$schema = "http://json-schema.org/draft-04/schema#";
  } else if (ctx.target === "openapi-3.0") {
  } else {
  }
  if (ctx.external?.uri) {
    const id = ctx.external.registry.get(schema)?.id;
    if (!id)
      throw new Error("Schema is missing an `id` property");
    result.$id = ctx.external.uri(id);
  }
  assignProps(result, root.defId ? root.schema : root.def ?? root.schema);
  const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
  if (rootMetaId !== void 0 && result.id === rootMetaId)
    delete result.id;
  const defs = ctx.external?.defs ?? {};
  if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
    for (const entry of ctx.seen.entries()) {
      const seen = entry[1];
      if (seen.def && seen.defId) {
        if (seen.def.id === seen.defId)
          delete seen.def.id;
        assignProp(defs, seen.defId, seen.def);
      }
    }
  }
  if (ctx.external)
    ctx.sharedEmitDoneFor = ctx.external;
  if (ctx.external) {
  } else {
    if (Object.keys(defs).length > 0) {
      if (ctx.target === "draft-2020-12") {
        result.$defs = defs;
      } else {
        result.definitions = defs;
      }
    }
  }
  try {
    const finalized = JSON.parse(JSON.stringify(result));
    Object.defineProperty(finalized, "~standard", {
      value: {
        ...schema["~standard"],
        jsonSchema: {
          input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
          output: createStandardJSONSchemaMethod(schema, "output", ctx.processors)
        }
      },
      enumerable: false,
      writable: false
    });
    return finalized;
  } catch (_err) {
    throw new Error("Error converting schema to JSON.");
  }
}
function isTransforming(_schema, _ctx) {
  const ctx = _ctx ?? { seen: /* @__PURE__ */ new Set() };
  if (ctx.seen.has(_schema))
    return false;
  ctx.seen.add(_schema);
  const def = _schema._zod.def;
  if (def.type === "transform")
    return true;
  if (def.type === "array")
    return isTransforming(def.element, ctx);
  if (def.type === "set")
    return isTransforming(def.valueType, ctx);
  if (def.type === "lazy")
    return isTransforming(def.getter(), ctx);
  if (def.type === "promise" || def.type === "optional" || def.type === "nonoptional" || def.type === "nullable" || def.type === "readonly" || def.type === "default" || def.type === "prefault" || def.type === "catch") {
    return isTransforming(def.innerType, ctx);
  }
  if (def.type === "intersection") {
    return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
  }
  if (def.type === "record" || def.type === "map") {
    return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
  }
  if (def.type === "pipe") {
    if (_schema._zod.traits.has("$ZodCodec"))
      return true;
    return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
  }
  if (def.type === "object") {
    for (const key in def.shape) {
      if (isTransforming(def.shape[key], ctx))
        return true;
    }
    return false;
  }
  if (def.type === "union") {
    for (const option of def.options) {
      if (isTransforming(option, ctx))
        return true;
    }
    return false;
  }
  if (def.type === "tuple") {
    for (const item of def.items) {
      if (isTransforming(item, ctx))
        return true;
    }
    if (def.rest && isTransforming(def.rest, ctx))
      return true;
    return false;
  }
  return false;
}
var createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
  const { libraryOptions, target } = params ?? {};
  const ctx = initializeContext({ ...libraryOptions ?? {}, target, io, processors });
  processSchema(schema, ctx);
  extractDefs(ctx, schema);
  return finalize(ctx, schema);
};
var narrowMin = (agg, key, value) => {
  if (agg[key] === void 0 || value > agg[key])
    agg[key] = value;
};
var narrowMax = (agg, key, value) => {
  if (agg[key] === void 0 || value < agg[key])
    agg[key] = value;
};
var narrowBoth = (agg, value) => {
  narrowMin(agg, "minimum", value);
  narrowMax(agg, "maximum", value);
};
var addDivisor = (agg, value) => {
  agg.multipleOf ?? (agg.multipleOf = []);
  if (!agg.multipleOf.includes(value))
    agg.multipleOf.push(value);
};
var addPattern = (agg, pattern) => {
  agg.patterns ?? (agg.patterns = /* @__PURE__ */ new Set());
  agg.patterns.add(pattern);
};
var intersectMime = (agg, mime) => {
  agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
};
var setFormat = (agg, format) => {
  agg.format = format;
  if (format.includes("int"))
    agg.isInt = true;
};
var minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
var maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
var formatContributor = (ranges) => (agg, def) => {
  setFormat(agg, def.format);
  const [minimum, maximum] = ranges[def.format];
  narrowMin(agg, "minimum", minimum);
  narrowMax(agg, "maximum", maximum);
};
var contributors = {
  greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
  less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
  multiple_of: (agg, def) => addDivisor(agg, def.value),
  number_format: formatContributor(NUMBER_FORMAT_RANGES),
  bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
  min_length: minContributor,
  max_length: maxContributor,
  length_equals: (agg, def) => narrowBoth(agg, def.length),
  min_size: minContributor,
  max_size: maxContributor,
  size_equals: (agg, def) => narrowBoth(agg, def.size),
  string_format: (agg, def) => {
    setFormat(agg, def.format);
    if (def.pattern)
      addPattern(agg, def.pattern);
    if (def.format === "base64" || def.format === "base64url")
      agg.contentEncoding = def.format;
    if (def.local || def.precision === -1)
      agg.laxFormat = true;
  },
  mime_type: (agg, def) => intersectMime(agg, def.mime)
};
function aggregateChecks(schema) {
  const agg = {};
  const def = schema._zod.def;
  const list = schema._zod.traits.has("$ZodCheck") ? [schema, ...def.checks ?? []] : def.checks ?? [];
  for (const ch of list)
    contributors[ch._zod.def.check]?.(agg, ch._zod.def);
  const bag = schema._zod.bag;
  if (bag.minimum !== void 0)
    narrowMin(agg, "minimum", bag.minimum);
  if (bag.exclusiveMinimum !== void 0)
    narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
  if (bag.maximum !== void 0)
    narrowMax(agg, "maximum", bag.maximum);
  if (bag.exclusiveMaximum !== void 0)
    narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
  if (bag.multipleOf !== void 0)
    addDivisor(agg, bag.multipleOf);
  if (bag.format !== void 0) {
    agg.format ?? (agg.format = bag.format);
    if (bag.format.includes("int"))
      agg.isInt = true;
  }
  if (bag.mime)
    intersectMime(agg, bag.mime);
  for (const pattern of bag.patterns ?? [])
    addPattern(agg, pattern);
  return agg;
}
var formatMap = {
  guid: "uuid",
  url: "uri",
  datetime: "date-time",
  json_string: "json-string",
  regex: ""
  // do not set
};
var exactPatterns = /* @__PURE__ */ new Map([
  [base64Charset, base64],
  [base64urlCharset, base64url]
]);
var exactPattern = (p) => exactPatterns.get(p) ?? p;
var stringProcessor = (schema, ctx, _json, _params) => {
  const json = _json;
  json.type = "string";
  const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
  if (typeof minimum === "number")
    json.minLength = minimum;
  if (typeof maximum === "number")
    json.maxLength = maximum;
  if (format) {
    json.format = formatMap[format] ?? format;
    if (json.format === "")
      delete json.format;
    if (format === "time" || laxFormat) {
      delete json.format;
    }
  }
  if (contentEncoding)
    json.contentEncoding = contentEncoding;
  if (patterns && patterns.size > 0) {
    const patternList = [...patterns].map(exactPattern);
    if (patternList.length === 1)
      json.pattern = patternList[0].source;
    else if (patternList.length > 1) {
      json.allOf = [
        ...patternList.map((regex) => ({
          ...ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0" ? { type: "string" } : {},
          pattern: regex.source
        }))
      ];
    }
  }
};
var numberProcessor = (schema, ctx, _json, params) => {
  const json = _json;
  const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema);
  json.type = isInt ? "integer" : "number";
  const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
  const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
  const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
  if (exMin) {
    if (legacy) {
      json.minimum = exclusiveMinimum;
      json.exclusiveMinimum = true;
    } else {
      json.exclusiveMinimum = exclusiveMinimum;
    }
  } else if (typeof minimum === "number") {
    json.minimum = minimum;
  }
  if (exMax) {
    if (legacy) {
      json.maximum = exclusiveMaximum;
      json.exclusiveMaximum = true;
    } else {
      json.exclusiveMaximum = exclusiveMaximum;
    }
  } else if (typeof maximum === "number") {
    json.maximum = maximum;
  }
  if (multipleOf) {
    const divisors = /* @__PURE__ */ new Set();
    for (const divisor of multipleOf) {
      if (Number.isFinite(divisor) && divisor !== 0)
        divisors.add(Math.abs(divisor));
      else
        handleUnrepresentable(schema, ctx, json, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
    }
    const [first, ...rest] = divisors;
    if (first !== void 0)
      json.multipleOf = first;
    if (rest.length)
      json.allOf = [...json.allOf ?? [], ...rest.map((m) => ({ multipleOf: m }))];
  }
};
var booleanProcessor = (_schema, _ctx, json, _params) => {
  json.type = "boolean";
};
var bigintProcessor = (schema, ctx, json, params) => {
  handleUnrepresentable(schema, ctx, json, params, "BigInt cannot be represented in JSON Schema");
};
var symbolProcessor = (schema, ctx, json, params) => {
  handleUnrepresentable(schema, ctx, json, params, "Symbols cannot be represented in JSON Schema");
};
var nullProcessor = (_schema, ctx, json, _params) => {
  if (ctx.target === "openapi-3.0") {
    json.type = "string";
    json.nullable = true;
    json.enum = [null];
  } else {
    json.type = "null";
  }
};
var undefinedProcessor = (schema, ctx, json, params) => {
  handleUnrepresentable(schema, ctx, json, params, "Undefined cannot be represented in JSON Schema");
};
var voidProcessor = (schema, ctx, json, params) => {
  handleUnrepresentable(schema, ctx, json, params, "Void cannot be represented in JSON Schema");
};
var neverProcessor = (_schema, _ctx, json, _params) => {
  json.not = {};
};
var anyProcessor = (_schema, _ctx, _json, _params) => {
};
var unknownProcessor = (_schema, _ctx, _json, _params) => {
};
var dateProcessor = (schema, ctx, json, params) => {
  handleUnrepresentable(schema, ctx, json, params, "Date cannot be represented in JSON Schema");
};
var enumProcessor = (schema, _ctx, json, _params) => {
  const def = schema._zod.def;
  const values = getEnumValues(def.entries);
  if (values.length === 0) {
    json.not = {};
    return;
  }
  if (values.every((v) => typeof v === "number"))
    json.type = "number";
  if (values.every((v) => typeof v === "string"))
    json.type = "string";
  json.enum = values;
};
var literalProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  if (def.values.length === 0) {
    json.not = {};
    return;
  }
  const vals = [];
  for (const val of def.values) {
    if (val === void 0) {
      if (handleUnrepresentable(schema, ctx, json, params, "Literal `undefined` cannot be represented in JSON Schema"))
        return;
    } else if (typeof val === "bigint") {
      if (handleUnrepresentable(schema, ctx, json, params, "BigInt literals cannot be represented in JSON Schema"))
        return;
      vals.push(Number(val));
    } else {
      vals.push(val);
    }
  }
  if (vals.length === 0) {
  } else if (vals.length === 1) {
    const val = vals[0];
    json.type = val === null ? "null" : typeof val;
    if (ctx.target === "draft-04" || ctx.target === "openapi-3.0") {
      json.enum = [val];
    } else {
      json.const = val;
    }
  } else {
    if (vals.every((v) => typeof v === "number"))
      json.type = "number";
    if (vals.every((v) => typeof v === "string"))
      json.type = "string";
    if (vals.every((v) => typeof v === "boolean"))
      json.type = "boolean";
    if (vals.every((v) => v === null))
      json.type = "null";
    json.enum = vals;
  }
};
var nanProcessor = (schema, ctx, json, params) => {
  handleUnrepresentable(schema, ctx, json, params, "NaN cannot be represented in JSON Schema");
};
var templateLiteralProcessor = (schema, _ctx, json, _params) => {
  const _json = json;
  const pattern = schema._zod.pattern;
  if (!pattern)
    throw new Error("Pattern not found in template literal");
  _json.type = "string";
  _json.pattern = pattern.source;
};
var fileProcessor = (schema, _ctx, json, _params) => {
  const _json = json;
  _json.type = "string";
  _json.format = "binary";
  _json.contentEncoding = "binary";
  const { minimum, maximum, mime } = aggregateChecks(schema);
  if (minimum !== void 0)
    _json.minLength = minimum;
  if (maximum !== void 0)
    _json.maxLength = maximum;
  if (!mime)
    return;
  if (mime.length === 0)
    _json.not = {};
  else if (mime.length === 1)
    _json.contentMediaType = mime[0];
  else
    _json.anyOf = mime.map((m) => ({ contentMediaType: m }));
};
var successProcessor = (_schema, _ctx, json, _params) => {
  json.type = "boolean";
};
var customProcessor = (schema, ctx, json, params) => {
  handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
};
var functionProcessor = (schema, ctx, json, params) => {
  handleUnrepresentable(schema, ctx, json, params, "Function types cannot be represented in JSON Schema");
};
var transformProcessor = (schema, ctx, json, params) => {
  handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
};
var mapProcessor = (schema, ctx, json, params) => {
  handleUnrepresentable(schema, ctx, json, params, "Map cannot be represented in JSON Schema");
};
var setProcessor = (schema, ctx, json, params) => {
  handleUnrepresentable(schema, ctx, json, params, "Set cannot be represented in JSON Schema");
};
var arrayProcessor = (schema, ctx, _json, params) => {
  const json = _json;
  const def = schema._zod.def;
  const { minimum, maximum } = aggregateChecks(schema);
  if (typeof minimum === "number")
    json.minItems = minimum;
  if (typeof maximum === "number")
    json.maxItems = maximum;
  json.type = "array";
  json.items = processSchema(def.element, ctx, {
    ...params,
    path: [...params.path, "items"]
  });
};
function inputOptin(schema) {
  const def = schema._zod.def;
  if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) {
    return inputOptin(def.out);
  }
  if (def.type === "catch") {
    return inputOptin(def.innerType);
  }
  return schema._zod.optin;
}
var objectProcessor = (schema, ctx, _json, params) => {
  const json = _json;
  const def = schema._zod.def;
  const shape = def.shape;
  const symbolKeys = Object.getOwnPropertySymbols(shape);
  if (symbolKeys.length && handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) {
    return;
  }
  json.type = "object";
  json.properties = {};
  for (const key in shape) {
    assignProp(json.properties, key, processSchema(shape[key], ctx, {
      ...params,
      path: [...params.path, "properties", key]
    }));
  }
  const requiredKeys = [];
  for (const key of Object.keys(shape)) {
    const field = def.shape[key];
    if (ctx.io === "input" ? inputOptin(field) === void 0 : field._zod.optout === void 0) {
      requiredKeys.push(key);
    }
  }
  if (requiredKeys.length > 0) {
    json.required = requiredKeys;
  }
  if (def.catchall?._zod.def.type === "never") {
    json.additionalProperties = false;
  } else if (!def.catchall) {
    if (ctx.io === "output")
      json.additionalProperties = false;
  } else if (def.catchall) {
    json.additionalProperties = processSchema(def.catchall, ctx, {
      ...params,
      path: [...params.path, "additionalProperties"]
    });
  }
};
var unionProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  const isExclusive = def.inclusive === false;
  const options = def.options.map((x, i) => processSchema(x, ctx, {
    ...params,
    path: [...params.path, isExclusive ? "oneOf" : "anyOf", i]
  }));
  if (isExclusive) {
    json.oneOf = options;
  } else {
    json.anyOf = options;
  }
};
var intersectionProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  const a = processSchema(def.left, ctx, {
    ...params,
    path: [...params.path, "allOf", 0]
  });
  const b = processSchema(def.right, ctx, {
    ...params,
    path: [...params.path, "allOf", 1]
  });
  const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
  const allOf = [
    ...isSimpleIntersection(a) ? a.allOf : [a],
    ...isSimpleIntersection(b) ? b.allOf : [b]
  ];
  json.allOf = allOf;
  ctx.intersections.push(allOf);
};
var tupleProcessor = (schema, ctx, _json, params) => {
  const json = _json;
  const def = schema._zod.def;
  json.type = "array";
  const prefixPath = ctx.target === "draft-2020-12" ? "prefixItems" : "items";
  const restPath = ctx.target === "draft-2020-12" ? "items" : ctx.target === "openapi-3.0" ? "items" : "additionalItems";
  const prefixItems = def.items.map((x, i) => processSchema(x, ctx, {
    ...params,
    path: [...params.path, prefixPath, i]
  }));
  const rest = def.rest ? processSchema(def.rest, ctx, {
    ...params,
    path: [...params.path, restPath, ...ctx.target === "openapi-3.0" ? [def.items.length] : []]
  }) : null;
  let minItems = def.items.length;
  while (minItems > 0) {
    const item = def.items[minItems - 1];
    const optional2 = ctx.io === "input" ? inputOptin(item) !== void 0 : item._zod.optout === "optional";
    if (!optional2)
      break;
    minItems--;
  }
  const maxItems = def.items.length;
  const isClosed = !def.rest;
  if (ctx.target === "draft-2020-12") {
    json.prefixItems = prefixItems;
    if (isClosed) {
      json.items = false;
    } else if (rest) {
      json.items = rest;
    }
    if (minItems > 0)
      json.minItems = minItems;
    if (isClosed)
      json.maxItems = maxItems;
  } else if (ctx.target === "openapi-3.0") {
    json.items = {
      anyOf: prefixItems
    };
    if (rest) {
      json.items.anyOf.push(rest);
    }
    if (minItems > 0)
      json.minItems = minItems;
    if (isClosed)
      json.maxItems = maxItems;
  } else {
    json.items = prefixItems;
    if (isClosed) {
      json.additionalItems = false;
    } else if (rest) {
      json.additionalItems = rest;
    }
    if (minItems > 0)
      json.minItems = minItems;
    if (isClosed)
      json.maxItems = maxItems;
  }
  const { minimum, maximum } = aggregateChecks(schema);
  if (typeof minimum === "number")
    json.minItems = minimum;
  if (typeof maximum === "number")
    json.maxItems = maximum;
};
function stringifyKeyNames(bySchema, json, visited) {
  if (json.$ref) {
    if (visited.has(json))
      return json;
    visited.add(json);
    const def = bySchema.get(json)?.def;
    if (!def)
      return json;
    const inlined = stringifyKeyNames(bySchema, def, visited);
    return inlined === def ? json : inlined;
  }
  for (const keyword of ["anyOf", "oneOf"]) {
    const branches = json[keyword];
    if (!Array.isArray(branches))
      continue;
    const mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
    if (mapped.some((branch, i) => branch !== branches[i]))
      json = { ...json, [keyword]: mapped };
  }
  const types = Array.isArray(json.type) ? json.type : [json.type];
  const numericType = !types.includes("string") && types.some((t) => t === "number" || t === "integer");
  const values = json.enum ?? (json.const !== void 0 ? [json.const] : void 0);
  if (!numericType && !values?.some((v) => typeof v === "number"))
    return json;
  const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id, ...rest } = json;
  if (rest.enum)
    rest.enum = rest.enum.map((v) => typeof v === "number" ? String(v) : v);
  else if (typeof rest.const === "number")
    rest.const = String(rest.const);
  if (!numericType)
    return rest;
  rest.type = "string";
  if (!values)
    rest.pattern = (types.includes("number") ? number : integer).source;
  return rest;
}
var pendingRecords = /* @__PURE__ */ new WeakMap();
function rewriteKeyNames(ctx) {
  const bySchema = /* @__PURE__ */ new Map();
  for (const entry of ctx.seen.values()) {
    if (entry.def && !bySchema.has(entry.schema))
      bySchema.set(entry.schema, entry);
  }
  const rewrites = /* @__PURE__ */ new Map();
  for (const record2 of pendingRecords.get(ctx) ?? []) {
    const seen = ctx.seen.get(record2);
    const names = (seen?.def ?? seen?.schema)?.propertyNames;
    if (!names || names === true || rewrites.has(names))
      continue;
    const rewritten = stringifyKeyNames(bySchema, names, /* @__PURE__ */ new Set());
    if (rewritten !== names)
      rewrites.set(names, rewritten);
  }
  if (!rewrites.size)
    return;
  for (const entry of ctx.seen.values()) {
    for (const carrier of [entry.schema, entry.def]) {
      const rewritten = carrier && rewrites.get(carrier.propertyNames);
      if (rewritten)
        carrier.propertyNames = rewritten;
    }
  }
}
var recordProcessor = (schema, ctx, _json, params) => {
  const json = _json;
  const def = schema._zod.def;
  json.type = "object";
  const keyType = def.keyType;
  const patterns = aggregateChecks(keyType).patterns;
  if (def.mode === "loose" && patterns && patterns.size > 0) {
    const valueSchema = processSchema(def.valueType, ctx, {
      ...params,
      path: [...params.path, "patternProperties", "*"]
    });
    json.patternProperties = {};
    for (const pattern of patterns) {
      assignProp(json.patternProperties, exactPattern(pattern).source, valueSchema);
    }
  } else {
    if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
      json.propertyNames = processSchema(def.keyType, ctx, {
        ...params,
        path: [...params.path, "propertyNames"]
      });
      let pending = pendingRecords.get(ctx);
      if (!pending) {
        pending = [];
        pendingRecords.set(ctx, pending);
        ctx.deferred.push(() => rewriteKeyNames(ctx));
      }
      pending.push(schema);
    }
    json.additionalProperties = processSchema(def.valueType, ctx, {
      ...params,
      path: [...params.path, "additionalProperties"]
    });
  }
  const keyValues = keyType._zod.values;
  const omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== void 0;
  if (keyValues && !def.partial && !omittableOnInput) {
    const validKeyValues = [...keyValues].filter((v) => typeof v === "string" || typeof v === "number");
    if (validKeyValues.length > 0) {
      json.required = validKeyValues.map(String);
    }
  }
};
var nullableProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  const inner = processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  if (ctx.target === "openapi-3.0") {
    seen.ref = def.innerType;
    json.nullable = true;
  } else {
    json.anyOf = [inner, { type: "null" }];
  }
};
var nonoptionalProcessor = (schema, ctx, _json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
};
var UNREPRESENTABLE_DEFAULT = /* @__PURE__ */ Symbol();
function serializeDefaultValue(value, schema, ctx, json, params) {
  let unrepresentable = false;
  const serialized = JSON.stringify(value, (_, val) => {
    if (typeof val !== "bigint")
      return val;
    unrepresentable = true;
    return null;
  });
  if (!unrepresentable)
    return JSON.parse(serialized);
  handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
  return UNREPRESENTABLE_DEFAULT;
}
var defaultProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
  const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
  if (value !== UNREPRESENTABLE_DEFAULT)
    json.default = value;
};
var prefaultProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
  if (ctx.io !== "input")
    return;
  const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
  if (value !== UNREPRESENTABLE_DEFAULT)
    json._prefault = value;
};
var catchProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
  let catchValue;
  try {
    catchValue = def.catchValue(void 0);
  } catch {
    handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
    return;
  }
  json.default = catchValue;
};
var pipeProcessor = (schema, ctx, _json, params) => {
  const def = schema._zod.def;
  const inIsTransform = def.in._zod.traits.has("$ZodTransform");
  const innerType = ctx.io === "input" ? inIsTransform ? def.out : def.in : def.out;
  processSchema(innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = innerType;
};
var readonlyProcessor = (schema, ctx, json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
  json.readOnly = true;
};
var promiseProcessor = (schema, ctx, _json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
};
var optionalProcessor = (schema, ctx, _json, params) => {
  const def = schema._zod.def;
  processSchema(def.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def.innerType;
};
var lazyProcessor = (schema, ctx, _json, params) => {
  const innerType = schema._zod.innerType;
  processSchema(innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = innerType;
};
var allProcessors = {
  string: stringProcessor,
  number: numberProcessor,
  boolean: booleanProcessor,
  bigint: bigintProcessor,
  symbol: symbolProcessor,
  null: nullProcessor,
  undefined: undefinedProcessor,
  void: voidProcessor,
  never: neverProcessor,
  any: anyProcessor,
  unknown: unknownProcessor,
  date: dateProcessor,
  enum: enumProcessor,
  literal: literalProcessor,
  nan: nanProcessor,
  template_literal: templateLiteralProcessor,
  file: fileProcessor,
  success: successProcessor,
  custom: customProcessor,
  function: functionProcessor,
  transform: transformProcessor,
  map: mapProcessor,
  set: setProcessor,
  array: arrayProcessor,
  object: objectProcessor,
  union: unionProcessor,
  intersection: intersectionProcessor,
  tuple: tupleProcessor,
  record: recordProcessor,
  nullable: nullableProcessor,
  nonoptional: nonoptionalProcessor,
  default: defaultProcessor,
  prefault: prefaultProcessor,
  catch: catchProcessor,
  pipe: pipeProcessor,
  readonly: readonlyProcessor,
  promise: promiseProcessor,
  optional: optionalProcessor,
  lazy: lazyProcessor
};
function toJSONSchema(input, params) {
  if ("_idmap" in input) {
    const registry2 = input;
    const ctx2 = initializeContext({ ...params, processors: allProcessors });
    const defs = {};
    for (const entry of registry2._idmap.entries()) {
      const [_, schema] = entry;
      processSchema(schema, ctx2);
    }
    const schemas = {};
    const external = {
      registry: registry2,
      uri: params?.uri,
      defs
    };
    ctx2.external = external;
    for (const entry of registry2._idmap.entries()) {
      const [key, schema] = entry;
      extractDefs(ctx2, schema);
      assignProp(schemas, key, finalize(ctx2, schema));
    }
    if (Object.keys(defs).length > 0) {
      const defsSegment = ctx2.target === "draft-2020-12" ? "$defs" : "definitions";
      schemas.__shared = {
        [defsSegment]: defs
      };
    }
    return { schemas };
  }
  const ctx = initializeContext({ ...params, processors: allProcessors });
  processSchema(input, ctx);
  extractDefs(ctx, input);
  return finalize(ctx, input);
}
var ZodMiniType = /* @__PURE__ */ $constructor("ZodMiniType", (inst, def) => {
  if (!inst._zod)
    throw new Error("Uninitialized schema in ZodMiniType.");
  $ZodType.init(inst, def);
  inst.def = def;
  inst.type = def.type;
}, {
  // `with` is an alias for `check`: the same function object, not a wrapper.
  get with() {
    return this.check;
  },
  set with(value) {
    own(this, "with", value);
  },
  parse(data, params) {
    return parse(this, data, params, { callee: this.parse });
  },
  parseAsync(data, params) {
    return parseAsync(this, data, params, { callee: this.parseAsync });
  },
  safeParse(data, params) {
    return safeParse(this, data, params);
  },
  safeParseAsync(data, params) {
    return safeParseAsync(this, data, params);
  },
  check(...checks) {
    const def = this.def;
    return this.clone({
      ...def,
      checks: [
        ...def.checks ?? [],
        ...checks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
      ]
    }, { parent: true });
  },
  clone(_def, params) {
    return clone(this, _def, params);
  },
  brand() {
    return this;
  },
  register(reg, meta14) {
    reg.add(this, meta14);
    return this;
  },
  apply(fn, ...args) {
    return args.length === 0 ? fn(this) : fn(this, ...args);
  }
});
var ZodMiniString = /* @__PURE__ */ $constructor("ZodMiniString", (inst, def) => {
  $ZodString.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function string2(params) {
  return /* @__PURE__ */ _string(ZodMiniString, params);
}
var ZodMiniBoolean = /* @__PURE__ */ $constructor("ZodMiniBoolean", (inst, def) => {
  $ZodBoolean.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function boolean2(params) {
  return /* @__PURE__ */ _boolean(ZodMiniBoolean, params);
}
var ZodMiniNever = /* @__PURE__ */ $constructor("ZodMiniNever", (inst, def) => {
  $ZodNever.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function never(params) {
  return /* @__PURE__ */ _never(ZodMiniNever, params);
}
var ZodMiniArray = /* @__PURE__ */ $constructor("ZodMiniArray", (inst, def) => {
  $ZodArray.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function array(element, params) {
  return new ZodMiniArray({
    type: "array",
    element,
    ...normalizeParams(params)
  });
}
var ZodMiniObject = /* @__PURE__ */ $constructor("ZodMiniObject", (inst, def) => {
  $ZodObject.init(inst, def);
  ZodMiniType.init(inst, def);
  installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
});
// @__NO_SIDE_EFFECTS__
function strictObject(shape, params) {
  return new ZodMiniObject({
    type: "object",
    shape,
    catchall: /* @__PURE__ */ never(),
    ...normalizeParams(params)
  });
}
var ZodMiniUnion = /* @__PURE__ */ $constructor("ZodMiniUnion", (inst, def) => {
  $ZodUnion.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function union(options, params) {
  return new ZodMiniUnion({
    type: "union",
    options,
    ...normalizeParams(params)
  });
}
var ZodMiniRecord = /* @__PURE__ */ $constructor("ZodMiniRecord", (inst, def) => {
  $ZodRecord.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function record(keyType, valueType, params) {
  if (!valueType || !valueType._zod) {
    return new ZodMiniRecord({
      type: "record",
      keyType: /* @__PURE__ */ string2(),
      valueType: keyType,
      ...normalizeParams(valueType)
    });
  }
  return new ZodMiniRecord({
    type: "record",
    keyType,
    valueType,
    ...normalizeParams(params)
  });
}
var ZodMiniEnum = /* @__PURE__ */ $constructor("ZodMiniEnum", (inst, def) => {
  $ZodEnum.init(inst, def);
  ZodMiniType.init(inst, def);
  inst.options = [...inst._zod.values];
});
// @__NO_SIDE_EFFECTS__
function _enum(values, params) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodMiniEnum({
    type: "enum",
    entries,
    ...normalizeParams(params)
  });
}
var ZodMiniLiteral = /* @__PURE__ */ $constructor("ZodMiniLiteral", (inst, def) => {
  $ZodLiteral.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function literal(value, params) {
  return new ZodMiniLiteral({
    type: "literal",
    values: Array.isArray(value) ? value : [value],
    ...normalizeParams(params)
  });
}
var ZodMiniOptional = /* @__PURE__ */ $constructor("ZodMiniOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function optional(innerType) {
  return new ZodMiniOptional({
    type: "optional",
    innerType
  });
}
// @__NO_SIDE_EFFECTS__
function superRefine(fn, params) {
  return /* @__PURE__ */ _superRefine(fn, params);
}
var import_valid = __toESM(require_valid(), 1);
config(en_default());
var STORES = [
  // Android stores in mainland China. Xiaomi matches package name and signature against the filing
  // (Xiaomi-备案申诉); Huawei: "先备案后上架" (HW-KB doc_0117). Others: Store-secondary (not confirmed per store).
  {
    id: "huawei-appgallery",
    name: "Huawei AppGallery",
    mainland: true,
    kinds: ["app", "quick-app"],
    source: "HW-KB doc_0117; Huawei-FASP"
  },
  {
    id: "honor",
    name: "Honor App Market",
    mainland: true,
    kinds: ["app", "quick-app"],
    source: "Store-secondary"
  },
  {
    id: "xiaomi",
    name: "Xiaomi GetApps",
    mainland: true,
    kinds: ["app", "quick-app"],
    source: "Xiaomi-备案申诉"
  },
  {
    id: "oppo",
    name: "OPPO App Market",
    mainland: true,
    kinds: ["app", "quick-app"],
    source: "Store-secondary"
  },
  {
    id: "vivo",
    name: "vivo App Store",
    mainland: true,
    kinds: ["app", "quick-app"],
    source: "Store-secondary"
  },
  {
    id: "tencent-myapp",
    name: "Tencent MyApp (应用宝)",
    mainland: true,
    kinds: ["app"],
    source: "Store-secondary"
  },
  {
    id: "baidu-app",
    name: "Baidu Mobile Assistant",
    mainland: true,
    kinds: ["app"],
    source: "Store-secondary"
  },
  {
    id: "360",
    name: "360 Mobile Assistant",
    mainland: true,
    kinds: ["app"],
    source: "Store-secondary"
  },
  {
    id: "quick-app-alliance",
    name: "Quick App Alliance (快应用联盟)",
    mainland: true,
    kinds: ["quick-app"],
    source: "HW-KB doc_0115 (K suffix); Store-secondary"
  },
  // Apple: ICP number required for new apps in the China mainland storefront from 2023-09-29 (Apple-ICP).
  {
    id: "app-store-cn",
    name: "App Store (China mainland)",
    mainland: true,
    kinds: ["app"],
    source: "Apple-ICP"
  },
  // Mini-program platforms file their mini programs themselves (MIIT-解读; 登记表).
  {
    id: "wechat",
    name: "WeChat Mini Programs",
    mainland: true,
    kinds: ["mini-program"],
    platform: "wechat",
    source: "WeChat-备案"
  },
  {
    id: "alipay",
    name: "Alipay Mini Programs",
    mainland: true,
    kinds: ["mini-program"],
    platform: "alipay",
    source: "Store-secondary"
  },
  {
    id: "baidu",
    name: "Baidu Smart Mini Programs",
    mainland: true,
    kinds: ["mini-program"],
    platform: "baidu",
    source: "Store-secondary"
  },
  {
    id: "douyin",
    name: "Douyin Mini Programs",
    mainland: true,
    kinds: ["mini-program"],
    platform: "douyin",
    source: "Douyin-备案"
  },
  // Outside mainland China: no filing needed to distribute there.
  {
    id: "google-play",
    name: "Google Play",
    mainland: false,
    kinds: ["app"],
    source: "not available in mainland China"
  },
  {
    id: "app-store",
    name: "App Store (outside China mainland)",
    mainland: false,
    kinds: ["app"],
    source: "non-CN storefronts"
  },
  {
    id: "galaxy-store",
    name: "Samsung Galaxy Store (outside China)",
    mainland: false,
    kinds: ["app"],
    source: "non-CN storefront"
  },
  {
    id: "amazon-appstore",
    name: "Amazon Appstore",
    mainland: false,
    kinds: ["app"],
    source: "not offered in mainland China"
  },
  {
    id: "huawei-appgallery-global",
    name: "Huawei AppGallery (outside China)",
    mainland: false,
    kinds: ["app"],
    source: "non-CN storefront"
  },
  {
    id: "direct-download-global",
    name: "Direct download outside China",
    mainland: false,
    kinds: ["app"],
    source: "self-distribution abroad"
  },
  // Self-distribution to users in mainland China is distribution all the same.
  {
    id: "direct-download-cn",
    name: "Direct download in mainland China (own website)",
    mainland: true,
    kinds: ["app"],
    source: "MIIT-解读 (legal basis)"
  }
];
var STORE_IDS = STORES.map((s) => s.id);
var storeIndex;
function findStore(id) {
  storeIndex ??= new Map(STORES.map((store) => [store.id, store]));
  return storeIndex.get(id);
}
function storeNamedBy(via) {
  return findStore(via) ?? findStore(via.trim().toLowerCase());
}
var MINI_PROGRAM_PLATFORMS = ["wechat", "alipay", "baidu", "douyin"];
var PROVINCES = [
  { abbr: "京", pinyin: "beijing", english: "Beijing" },
  { abbr: "津", pinyin: "tianjin", english: "Tianjin" },
  { abbr: "冀", pinyin: "hebei", english: "Hebei" },
  { abbr: "晋", pinyin: "shanxi", english: "Shanxi" },
  { abbr: "蒙", pinyin: "neimenggu", english: "Inner Mongolia" },
  { abbr: "辽", pinyin: "liaoning", english: "Liaoning" },
  { abbr: "吉", pinyin: "jilin", english: "Jilin" },
  { abbr: "黑", pinyin: "heilongjiang", english: "Heilongjiang" },
  { abbr: "沪", pinyin: "shanghai", english: "Shanghai" },
  { abbr: "苏", pinyin: "jiangsu", english: "Jiangsu" },
  { abbr: "浙", pinyin: "zhejiang", english: "Zhejiang" },
  { abbr: "皖", pinyin: "anhui", english: "Anhui" },
  { abbr: "闽", pinyin: "fujian", english: "Fujian" },
  { abbr: "赣", pinyin: "jiangxi", english: "Jiangxi" },
  { abbr: "鲁", pinyin: "shandong", english: "Shandong" },
  { abbr: "豫", pinyin: "henan", english: "Henan" },
  { abbr: "鄂", pinyin: "hubei", english: "Hubei" },
  { abbr: "湘", pinyin: "hunan", english: "Hunan" },
  { abbr: "粤", pinyin: "guangdong", english: "Guangdong" },
  { abbr: "桂", pinyin: "guangxi", english: "Guangxi" },
  { abbr: "琼", pinyin: "hainan", english: "Hainan" },
  { abbr: "渝", pinyin: "chongqing", english: "Chongqing" },
  { abbr: "蜀", pinyin: "sichuan", english: "Sichuan" },
  { abbr: "黔", pinyin: "guizhou", english: "Guizhou" },
  { abbr: "滇", pinyin: "yunnan", english: "Yunnan" },
  { abbr: "藏", pinyin: "xizang", english: "Tibet" },
  { abbr: "陕", pinyin: "shaanxi", english: "Shaanxi" },
  { abbr: "陇", pinyin: "gansu", english: "Gansu" },
  { abbr: "青", pinyin: "qinghai", english: "Qinghai" },
  { abbr: "宁", pinyin: "ningxia", english: "Ningxia" },
  { abbr: "新", pinyin: "xinjiang", english: "Xinjiang" }
];
var LEGACY_PROVINCE_ALIASES = { 川: "蜀", 甘: "陇" };
var EXTRA_NAMES = {
  "inner mongolia": "蒙",
  "inner-mongolia": "蒙",
  innermongolia: "蒙",
  tibet: "藏",
  xizang: "藏"
};
var abbreviations;
function isProvinceAbbreviation(text) {
  return (abbreviations ??= new Set(PROVINCES.map((p) => p.abbr))).has(text);
}
function resolveProvince(input) {
  const text = input.trim();
  const byAbbr = PROVINCES.find((p) => p.abbr === text);
  if (byAbbr) return { province: byAbbr };
  const current = Object.hasOwn(LEGACY_PROVINCE_ALIASES, text) ? LEGACY_PROVINCE_ALIASES[text] : void 0;
  if (current) {
    const province = PROVINCES.find((p) => p.abbr === current);
    return province ? { province, legacyAlias: text } : void 0;
  }
  const lower = text.toLowerCase();
  const extra = Object.hasOwn(EXTRA_NAMES, lower) ? EXTRA_NAMES[lower] : void 0;
  const byName = PROVINCES.find(
    (p) => p.pinyin === lower || p.english.toLowerCase() === lower || p.abbr === extra
  );
  return byName ? { province: byName } : void 0;
}
function provinceSpellings() {
  return [...PROVINCES.flatMap((p) => [p.abbr, p.pinyin]), ...Object.keys(LEGACY_PROVINCE_ALIASES)];
}
var MAX_EXCERPT = 60;
var MAX_MESSAGE = 1e3;
var LINE_BREAKS = /\r\n|\r|\n|\u2028|\u2029/g;
function truncate(text, max) {
  if (text.length <= max) return text;
  const chars = Array.from(text.slice(0, max * 2 + 2));
  if (chars.length <= max) return text;
  return `${chars.slice(0, Math.max(0, max - 1)).join("")}…`;
}
var CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
var JSON_LEFTOVERS = /[\u007f-\u009f\u2028\u2029]/g;
var CARRIAGE_RETURNS = /\r\n?/g;
function escapeControls(text) {
  return text.replace(CONTROLS, unicodeEscape);
}
var unicodeEscape = (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
function escapeJsonLeftovers(text) {
  return text.replace(JSON_LEFTOVERS, unicodeEscape);
}
function quoteExcerpt(value, max = MAX_EXCERPT) {
  return `"${escapeJsonLeftovers(JSON.stringify(truncate(value, max)).slice(1, -1))}"`;
}
var CONTROLS_BUT_LINE_BREAKS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;
function escapeControlsButLineBreaks(text) {
  return text.replace(CARRIAGE_RETURNS, "\n").replace(CONTROLS_BUT_LINE_BREAKS, unicodeEscape);
}
function editDistance(a, b) {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0];
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j];
      previous[j] = Math.min(above + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length];
}
function closestMatch(input, candidates) {
  const needle = input.toLowerCase();
  let best;
  for (const candidate of candidates) {
    const distance = editDistance(needle, candidate.toLowerCase());
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  if (!best) return void 0;
  const limit = Math.max(1, Math.ceil(Math.max(needle.length, best.candidate.length) / 3));
  return best.distance <= limit ? best.candidate : void 0;
}
var CHINA_OFFSET_MS = 8 * 60 * 60 * 1e3;
var DAY_MS = 24 * 60 * 60 * 1e3;
function chinaDateOf(instant) {
  return isoTimestamp(instant + CHINA_OFFSET_MS).slice(0, 10);
}
var pad = (n, width) => String(n).padStart(width, "0");
function isoTimestamp(instant) {
  const days = Math.floor(instant / DAY_MS);
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  if (!Number.isFinite(instant) || year < 0 || year > 9999) return new Date(instant).toISOString();
  const ms = instant - days * DAY_MS;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${pad(Math.floor(ms / 36e5), 2)}:${pad(
    Math.floor(ms / 6e4) % 60,
    2
  )}:${pad(Math.floor(ms / 1e3) % 60, 2)}.${pad(ms % 1e3, 3)}Z`;
}
function daysBetween(from, to) {
  return dayNumber(to) - dayNumber(from);
}
var ISO_DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
function digitsAt(text, start, end) {
  let n = 0;
  for (let i = start; i < end; i++) n = n * 10 + text.charCodeAt(i) - 48;
  return n;
}
function dayNumber(date2) {
  if (!ISO_DATE.test(date2)) return NaN;
  const year = digitsAt(date2, 0, 4);
  const month = digitsAt(date2, 5, 7);
  const day = digitsAt(date2, 8, 10);
  if (month < 1 || month > 12 || day < 1 || day > 31) return NaN;
  const yearFromMarch = month <= 2 ? year - 1 : year;
  const era = Math.floor(yearFromMarch / 400);
  const yearOfEra = yearFromMarch - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}
function isCalendarDate(value) {
  if (!ISO_DATE.test(value)) return false;
  const month = digitsAt(value, 5, 7);
  const day = digitsAt(value, 8, 10);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(digitsAt(value, 0, 4), month);
}
function daysInMonth(year, month) {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
var APP_KINDS = ["app", "mini-program", "quick-app"];
var FILING_STATUSES = ["approved", "pending", "not-filed"];
var PLATFORMS_BY_KIND = {
  app: ["android", "ios", "harmony"],
  "mini-program": MINI_PROGRAM_PLATFORMS,
  "quick-app": ["quickApp"]
};
var packageName = (what) => ({
  pattern: /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z0-9_][A-Za-z0-9_]*)+$/,
  message: `${what} must be dot-separated identifiers like com.example.shop`
});
var bundleId = (what) => ({
  pattern: /^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/,
  message: `${what} must be a reverse-DNS id like com.example.shop`
});
var WECHAT_APP_ID = {
  pattern: /^wx[0-9a-f]{16}$/,
  message: 'a WeChat AppID is "wx" followed by 16 hex digits'
};
var ALIPAY_APP_ID = { pattern: /^\d{16}$/, message: "an Alipay AppID is 16 digits" };
var DOUYIN_APP_ID = { pattern: /^tt[0-9a-z]+$/, message: 'a Douyin AppID starts with "tt"' };
var APP_ID = {
  pattern: /^[a-z0-9-]+$/,
  message: "app ids are lowercase letters, digits and hyphens"
};
var GRADLE_VARIANT = {
  pattern: /^[A-Za-z][A-Za-z0-9]*$/,
  message: "a Gradle variant name such as prodRelease"
};
function dateProblem(value) {
  if (isCalendarDate(value)) return void 0;
  return {
    message: `${quoteExcerpt(value)} is not a date`,
    hint: "write dates as YYYY-MM-DD, e.g. 2024-03-31"
  };
}
var FINGERPRINT_SEPARATOR = /[\s:]/;
var FINGERPRINT_SEPARATORS = /[\s:]/g;
var HEX_DIGITS = /^[0-9a-fA-F]*$/;
function fingerprintProblem(name, hexLength, value) {
  const hex = FINGERPRINT_SEPARATOR.test(value) ? value.replace(FINGERPRINT_SEPARATORS, "") : value;
  if (!HEX_DIGITS.test(hex)) {
    return {
      message: `${name} must be hexadecimal`,
      hint: `copy the ${name} fingerprint as keytool or openssl prints it`
    };
  }
  if (hex.length !== hexLength) {
    return {
      message: `${name} has ${hex.length} hex digits; ${name === "MD5" ? "an" : "a"} ${name} fingerprint has ${hexLength}`,
      hint: `check you copied the whole ${name} value (run \`china-filing inspect <artifact>\` to print it)`
    };
  }
  return void 0;
}
function publicKeyProblem(value) {
  const body = value.replace(/-----[A-Z ]+-----/g, "").replace(/[\s:]/g, "");
  if (!body || !(/^[0-9a-fA-F]+$/.test(body) || /^[A-Za-z0-9+/]+={0,2}$/.test(body))) {
    return {
      message: "publicKey must be hex (RSA modulus or SubjectPublicKeyInfo) or base64 (SubjectPublicKeyInfo)"
    };
  }
  return void 0;
}
function certificateProblem(cert) {
  if (!cert.md5 && !cert.sha1 && !cert.sha256 && !cert.publicKey) {
    return {
      message: "certificate names no fingerprint",
      hint: "add md5, sha1 or sha256 of the signing certificate as filed"
    };
  }
  return void 0;
}
function hostingProblems(h) {
  const problems = [];
  if (h.provider === "self-hosted") {
    if (!h.location)
      problems.push({
        message: "self-hosted hosting needs a location",
        hint: "add location: <city>",
        path: ["location"]
      });
    if (h.mainland === void 0)
      problems.push({ message: "self-hosted hosting needs mainland: true or false", path: ["mainland"] });
    if (h.region)
      problems.push({
        message: "self-hosted hosting has no region",
        hint: "use location: <city> instead",
        path: ["region"]
      });
  } else {
    if (!h.region)
      problems.push({
        message: `hosting on ${escapeControls(h.provider)} needs a region`,
        hint: "add region: <region id>, e.g. cn-shanghai"
      });
    if (h.location !== void 0 || h.mainland !== void 0) {
      problems.push({
        message: "location and mainland are only for provider: self-hosted",
        hint: "for a cloud provider, the (provider, region) pair decides",
        path: [h.location !== void 0 ? "location" : "mainland"]
      });
    }
  }
  return problems;
}
function storeProblem(value) {
  if (STORE_IDS.includes(value)) return void 0;
  const near = closestMatch(value, STORE_IDS);
  return {
    message: `unknown store ${quoteExcerpt(value)}`,
    hint: near ? `did you mean "${near}"?` : `use one of: ${STORE_IDS.join(", ")}`
  };
}
var PLAIN_VERSION = "(?:0|[1-9]\\d{0,14})\\.(?:0|[1-9]\\d{0,14})\\.(?:0|[1-9]\\d{0,14})";
var PLAIN_COMPARATOR = `(?:>=|<=|>|<|=|\\^|~)?${PLAIN_VERSION}`;
var PLAIN_SET = `${PLAIN_COMPARATOR}(?: ${PLAIN_COMPARATOR})*`;
var PLAIN_RANGE = new RegExp(`^${PLAIN_SET}(?: \\|\\| ${PLAIN_SET})*$`);
function isPlainRange(value) {
  return value.length <= 256 && PLAIN_RANGE.test(value);
}
function rangeProblem(value, validRange2) {
  if (isPlainRange(value) || validRange2(value) !== null) return void 0;
  return {
    message: `${quoteExcerpt(value)} is not a semver range`,
    hint: 'write a range like ">=2.0.0" or "^2.3.0 || ^3.0.0"'
  };
}
function platformProblems(app) {
  const allowed = PLATFORMS_BY_KIND[app.kind];
  const declared = Object.keys(app.platforms).filter((k) => app.platforms[k]);
  const problems = declared.filter((key) => !allowed.includes(key)).map((key) => ({
    message: `a ${app.kind} cannot declare platform ${escapeControls(key)}`,
    hint: `platforms of a ${app.kind}: ${allowed.join(", ")}`,
    path: ["platforms", key]
  }));
  if (declared.length === 0) {
    problems.push({
      message: "platforms declares no platform",
      hint: `add one of: ${allowed.join(", ")}`,
      path: ["platforms"]
    });
  }
  return problems;
}
function channelProblems(app) {
  const channels = app.release?.channels;
  if (!channels) return [];
  return Object.keys(channels).filter((channel) => !app.stores.includes(channels[channel])).map((channel) => ({
    message: `channel ${quoteExcerpt(channel)} maps to ${quoteExcerpt(channels[channel])}, which is not in this app's stores`,
    hint: `add ${escapeControls(channels[channel])} to stores, or map the channel to one of: ${app.stores.map(escapeControls).join(", ")}`,
    path: ["release", "channels", channel]
  }));
}
function provinceProblem(value) {
  if (resolveProvince(value)) return void 0;
  const near = closestMatch(value, provinceSpellings());
  return {
    message: `unknown province ${quoteExcerpt(value)}`,
    hint: near ? `did you mean "${near}"?` : "use the one-character abbreviation (沪, 京, 粤 …) or its pinyin (shanghai)"
  };
}
function creditCodeIssue(value) {
  const problem = creditCodeProblem(value);
  return problem ? { message: problem, hint: "copy the 统一社会信用代码 from the business licence" } : void 0;
}
function duplicateIdProblems(apps) {
  const seen = /* @__PURE__ */ new Map();
  const problems = [];
  apps.forEach((app, index) => {
    const first = seen.get(app.id);
    if (first !== void 0) {
      problems.push({
        message: `app id ${quoteExcerpt(app.id)} is also used by apps[${first}]`,
        hint: "give every app a unique id",
        path: ["apps", index, "id"]
      });
    } else seen.set(app.id, index);
  });
  return problems;
}
var CREDIT_CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
var CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function creditCodeProblem(code) {
  const chars = [...code];
  if (chars.length !== 18) return `creditCode has ${chars.length} characters; a 统一社会信用代码 has 18`;
  const capital = (c) => c >= "a" && c <= "z" ? c.toUpperCase() : c;
  const values = chars.map((c) => CREDIT_CODE_ALPHABET.indexOf(capital(c)));
  const bad = values.findIndex((v) => v < 0);
  if (bad >= 0)
    return `creditCode character ${bad + 1} (${quoteExcerpt(chars[bad])}) is not allowed (I, O, Z, S and V never occur)`;
  const sum = CREDIT_CODE_WEIGHTS.reduce((acc, weight, i) => acc + weight * values[i], 0);
  const expected = CREDIT_CODE_ALPHABET[(31 - sum % 31) % 31];
  if (capital(chars[17]) !== expected) {
    return `creditCode check character is ${quoteExcerpt(chars[17])} but the first 17 characters give "${expected}": a typo?`;
  }
  return void 0;
}
function report(ctx, problem) {
  if (!problem) return;
  const { message, hint, path = [] } = problem;
  ctx.addIssue({ code: "custom", message, path, params: hint ? { hint } : void 0 });
}
function checkedString(problem) {
  return (/* @__PURE__ */ string2()).check(/* @__PURE__ */ superRefine((value, ctx) => report(ctx, problem(value))));
}
var nonEmpty = () => (/* @__PURE__ */ string2()).check(/* @__PURE__ */ _minLength(1));
var matching = ({ pattern, message }) => (/* @__PURE__ */ string2()).check(/* @__PURE__ */ _regex(pattern, { message }));
var isoDate = checkedString(dateProblem);
var fingerprint = (name, hexLength) => checkedString((value) => fingerprintProblem(name, hexLength, value));
var certificate = (/* @__PURE__ */ strictObject({
  md5: /* @__PURE__ */ optional(fingerprint("MD5", 32)),
  sha1: /* @__PURE__ */ optional(fingerprint("SHA-1", 40)),
  sha256: /* @__PURE__ */ optional(fingerprint("SHA-256", 64)),
  publicKey: /* @__PURE__ */ optional(checkedString(publicKeyProblem))
})).check(/* @__PURE__ */ superRefine((cert, ctx) => report(ctx, certificateProblem(cert))));
var platformsSchema = /* @__PURE__ */ strictObject({
  android: /* @__PURE__ */ optional(/* @__PURE__ */ strictObject({ package: matching(packageName("android.package")), certificate })),
  ios: /* @__PURE__ */ optional(/* @__PURE__ */ strictObject({ bundleId: matching(bundleId("ios.bundleId")), certificate })),
  harmony: /* @__PURE__ */ optional(
    /* @__PURE__ */ strictObject({ bundleName: matching(packageName("harmony.bundleName")), certificate })
  ),
  wechat: /* @__PURE__ */ optional(/* @__PURE__ */ strictObject({ appId: matching(WECHAT_APP_ID) })),
  alipay: /* @__PURE__ */ optional(/* @__PURE__ */ strictObject({ appId: matching(ALIPAY_APP_ID) })),
  baidu: /* @__PURE__ */ optional(/* @__PURE__ */ strictObject({ appKey: nonEmpty() })),
  douyin: /* @__PURE__ */ optional(/* @__PURE__ */ strictObject({ appId: matching(DOUYIN_APP_ID) })),
  quickApp: /* @__PURE__ */ optional(/* @__PURE__ */ strictObject({ package: matching(packageName("quickApp.package")) }))
});
var hosting = (/* @__PURE__ */ strictObject({
  provider: nonEmpty(),
  region: /* @__PURE__ */ optional(nonEmpty()),
  location: /* @__PURE__ */ optional(nonEmpty()),
  mainland: /* @__PURE__ */ optional(/* @__PURE__ */ boolean2())
})).check(/* @__PURE__ */ superRefine((h, ctx) => hostingProblems(h).forEach((problem) => report(ctx, problem))));
var storeId = checkedString(storeProblem);
var appSchema = (/* @__PURE__ */ strictObject({
  id: matching(APP_ID),
  name: nonEmpty(),
  kind: /* @__PURE__ */ _enum(APP_KINDS),
  launchedOn: /* @__PURE__ */ optional(isoDate),
  filing: /* @__PURE__ */ strictObject({
    number: /* @__PURE__ */ optional(nonEmpty()),
    status: /* @__PURE__ */ _enum(FILING_STATUSES),
    approvedOn: /* @__PURE__ */ optional(isoDate),
    via: /* @__PURE__ */ optional(nonEmpty())
  }),
  hosting: /* @__PURE__ */ optional(/* @__PURE__ */ array(hosting)),
  platforms: platformsSchema,
  stores: (/* @__PURE__ */ array(storeId)).check(/* @__PURE__ */ _minLength(1)),
  release: /* @__PURE__ */ optional(
    /* @__PURE__ */ strictObject({
      tags: /* @__PURE__ */ optional(/* @__PURE__ */ union([nonEmpty(), (/* @__PURE__ */ array(nonEmpty())).check(/* @__PURE__ */ _minLength(1))])),
      versions: /* @__PURE__ */ optional(checkedString((value) => rangeProblem(value, import_valid.default))),
      /**
       * Channel packages (渠道包): the channel name a channel tool (Walle, VasDolly) writes into each
       * APK → the store that APK is uploaded to, so each channel APK is judged for its own store.
       */
      channels: /* @__PURE__ */ optional(/* @__PURE__ */ record(nonEmpty(), storeId))
    })
  ),
  sources: /* @__PURE__ */ optional(
    /* @__PURE__ */ strictObject({
      // A path, or { path, variant } naming the variant that ships (prodRelease, staging) when it is
      // not the `release` build type (issue 8: `staging initWith release`, flavoured releases).
      android: /* @__PURE__ */ optional(
        /* @__PURE__ */ union([
          nonEmpty(),
          /* @__PURE__ */ strictObject({ path: nonEmpty(), variant: /* @__PURE__ */ optional(matching(GRADLE_VARIANT)) })
        ])
      ),
      ios: /* @__PURE__ */ optional(nonEmpty()),
      harmony: /* @__PURE__ */ optional(nonEmpty()),
      wechat: /* @__PURE__ */ optional(nonEmpty()),
      alipay: /* @__PURE__ */ optional(nonEmpty())
    })
  )
})).check(/* @__PURE__ */ superRefine((app, ctx) => platformProblems(app).forEach((problem) => report(ctx, problem)))).check(/* @__PURE__ */ superRefine((app, ctx) => channelProblems(app).forEach((problem) => report(ctx, problem))));
var holderSchema = /* @__PURE__ */ strictObject({
  name: nonEmpty(),
  province: checkedString(provinceProblem),
  creditCode: /* @__PURE__ */ optional(checkedString(creditCodeIssue)),
  mainNumber: /* @__PURE__ */ optional(nonEmpty())
});
var waiverSchema = /* @__PURE__ */ strictObject({
  rule: nonEmpty(),
  app: /* @__PURE__ */ optional(nonEmpty()),
  reason: /* @__PURE__ */ optional(/* @__PURE__ */ string2()),
  expires: /* @__PURE__ */ optional(isoDate)
});
var declarationSchema = (/* @__PURE__ */ strictObject({
  $schema: /* @__PURE__ */ optional(/* @__PURE__ */ string2()),
  version: /* @__PURE__ */ literal(1),
  holder: holderSchema,
  apps: (/* @__PURE__ */ array(appSchema)).check(/* @__PURE__ */ _minLength(1)),
  waivers: /* @__PURE__ */ optional(/* @__PURE__ */ array(waiverSchema))
})).check(
  /* @__PURE__ */ superRefine((decl, ctx) => duplicateIdProblems(decl.apps).forEach((problem) => report(ctx, problem)))
);
function declarationJsonSchema() {
  const schema = toJSONSchema(declarationSchema, {
    target: "draft-7",
    unrepresentable: "any"
  });
  const props = (node) => node.properties;
  const apps = props(schema).apps;
  const app = props(apps.items);
  app.stores.items.enum = [...STORE_IDS];
  const channels = props(app.release).channels;
  channels.additionalProperties.enum = [...STORE_IDS];
  props(props(schema).holder).province.enum = provinceSpellings();
  carryRefinements(schema);
  return {
    $id: "https://github.com/china-filing-gate/china-filing-gate/schema/china-filing.schema.json",
    title: "china-filing.yml",
    description: "Declares the apps a repository ships to mainland China and their MIIT filings (APP备案).",
    ...schema
  };
}
var FINGERPRINT_PATTERNS = {
  // Colons, spaces and case are ignored, as the loader does (keytool prints colons).
  md5: "^[\\s:]*(?:[0-9a-fA-F][\\s:]*){32}$",
  sha1: "^[\\s:]*(?:[0-9a-fA-F][\\s:]*){40}$",
  sha256: "^[\\s:]*(?:[0-9a-fA-F][\\s:]*){64}$"
};
var DATE_PATTERN = "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$";
var DATE_KEYS = /* @__PURE__ */ new Set(["launchedOn", "approvedOn", "expires"]);
function carryRefinements(node) {
  if (Array.isArray(node)) return node.forEach(carryRefinements);
  if (!node || typeof node !== "object") return;
  const object = node;
  const properties = object.properties;
  if (properties) {
    for (const [key, child] of Object.entries(properties)) {
      if (child.type !== "string") continue;
      if (DATE_KEYS.has(key)) child.pattern = DATE_PATTERN;
      if (FINGERPRINT_PATTERNS[key] && "sha256" in properties && "md5" in properties)
        child.pattern = FINGERPRINT_PATTERNS[key];
    }
    if ("md5" in properties && "sha1" in properties && "sha256" in properties && "publicKey" in properties)
      object.anyOf = ["md5", "sha1", "sha256", "publicKey"].map((k) => ({ required: [k] }));
  }
  for (const value of Object.values(object)) carryRefinements(value);
}
function renderJsonSchema() {
  return `${JSON.stringify(declarationJsonSchema(), null, 2)}
`;
}
var declarationSyntax = {
  meta: {
    id: "declaration-syntax",
    description: "The declaration must exist, be readable UTF-8 YAML under 1 MiB, with no duplicate keys or alias bombs.",
    defaultSeverity: "error"
  }
};
var declarationSchema2 = {
  meta: {
    id: "declaration-schema",
    description: "Every key, type and enum value of the declaration must be valid.",
    defaultSeverity: "error"
  }
};
var NOTICE_DATE = "2023-08-04";
var EXISTING_APP_DEADLINE = "2024-03-31";
function filingObligation(launchedOn, today) {
  if (launchedOn === void 0) return { kind: "unknown-launch" };
  if (launchedOn < NOTICE_DATE) {
    return {
      kind: "existing",
      deadline: EXISTING_APP_DEADLINE,
      overdueDays: Math.max(0, daysBetween(EXISTING_APP_DEADLINE, today))
    };
  }
  return { kind: "new" };
}
function describeObligation(obligation) {
  switch (obligation.kind) {
    case "existing":
      return obligation.overdueDays > 0 ? `it was live before ${NOTICE_DATE}, so it had to be filed by ${EXISTING_APP_DEADLINE} (overdue by ${obligation.overdueDays} days; unfiled apps are taken down)` : `it was live before ${NOTICE_DATE}, so it must be filed by ${EXISTING_APP_DEADLINE}`;
    case "new":
      return "an app that was not live before 2023-08-04 must be filed before it is distributed in mainland China";
    case "unknown-launch":
      return "it must be filed before it is distributed in mainland China (add launchedOn to see its deadline)";
  }
}
var SERVICE_TYPE_KINDS = {
  A: "app",
  X: "mini-program",
  K: "quick-app"
};
var EXAMPLE = "京ICP备2023012345号-1A";
var TYPE_LETTERS = "A = app, X = mini program, K = quick app";
var SERIAL_WIDTHS = {
  "icp-filing": [8, 10],
  "icp-licence": [6],
  b2: [8]
};
var NOT_MAINLAND = { 港: "Hong Kong", 澳: "Macau", 台: "Taiwan" };
var NOT_USED = { 贵: "黔", 云: "滇" };
var FULL_WIDTH = /[\uFF01-\uFF5E]/g;
function fail(problem, hint) {
  return { ok: false, problem, hint };
}
function normalise(raw) {
  const text = raw.trim();
  if (text === "")
    return fail("the filing number is empty", `Write the number from the filing notice, e.g. ${EXAMPLE}.`);
  const fullWidth = text.match(FULL_WIDTH);
  if (fullWidth) {
    const halfWidth = text.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 65248));
    return fail(
      `contains full-width characters (${[...new Set(fullWidth)].join(" ")})`,
      `Stores match the exact half-width string: write ${halfWidth.replace(/\s+/g, "")}.`
    );
  }
  const space = /\s/.exec(text);
  if (space) {
    return fail(
      `contains whitespace at character ${space.index + 1}`,
      `A filing number has no spaces: write ${text.replace(/\s+/g, "")}.`
    );
  }
  return { ok: true, value: text, rest: text };
}
function firstCharacter(text) {
  const code = text.codePointAt(0);
  return code === void 0 ? void 0 : String.fromCodePoint(code);
}
function parseProvince(text) {
  const first = firstCharacter(text) ?? "";
  const rest = text.slice(first.length);
  if (isProvinceAbbreviation(first)) {
    return { ok: true, value: { province: first, currentProvince: first, legacyProvince: false }, rest };
  }
  const current = LEGACY_PROVINCE_ALIASES[first];
  if (current) {
    return { ok: true, value: { province: first, currentProvince: current, legacyProvince: true }, rest };
  }
  if (text.startsWith("ICP") || text.startsWith("B2")) {
    return fail(
      `missing the province character before ${text.startsWith("ICP") ? "ICP" : "B2"}`,
      `A filing number starts with the province that issued it, e.g. ${EXAMPLE}.`
    );
  }
  const region = NOT_MAINLAND[first];
  if (region) {
    return fail(
      `${first} is not a mainland province: Hong Kong, Macau and Taiwan have no ICP filing`,
      `${region} is outside the MIIT filing system; an app for mainland China is filed in the mainland province where its holder is registered.`
    );
  }
  const instead = NOT_USED[first];
  if (instead) {
    return fail(
      `${first} is not used in filing numbers: current numbers use ${instead}`,
      `Check the number on the filing notice (beian.miit.gov.cn); it likely starts with ${instead}.`
    );
  }
  const joke = first === "萌" ? ' (萌ICP备 is a joke "moe" registry, not MIIT)' : "";
  return fail(
    `${first} is not a province${joke}`,
    `A filing number starts with one of ${PROVINCES.map((p) => p.abbr).join("")}, e.g. ${EXAMPLE}.`
  );
}
function parseShape(text, province) {
  if (text.startsWith("ICP备")) return { ok: true, value: "icp-filing", rest: text.slice(4) };
  if (text.startsWith("ICP证")) return { ok: true, value: "icp-licence", rest: text.slice(4) };
  if (text.startsWith("B2-")) return { ok: true, value: "b2", rest: text.slice(3) };
  if (/^icp/i.test(text) && !text.startsWith("ICP")) {
    return fail(
      `write ICP in capitals, not ${text.slice(0, 3)}`,
      `For example ${province}ICP备2023012345号-1A.`
    );
  }
  if (text.startsWith("ICP")) {
    const next2 = text.slice(3, 4);
    return fail(
      next2 ? `expected 备 or 证 after ICP, found ${next2}` : "the number ends after ICP",
      `ICP备 is a filing, ICP证 a licence: e.g. ${province}ICP备2023012345号-1A.`
    );
  }
  if (text.startsWith("b2")) {
    return fail("write B2 in capitals, not b2", `For example ${province}B2-20090059-1A.`);
  }
  if (text.startsWith("B2")) {
    return fail(
      "missing the hyphen after B2",
      `A B2 licence number is written ${province}B2-<8 digits>, e.g. 粤B2-20090059-2674A.`
    );
  }
  const next = firstCharacter(text);
  return fail(
    next ? `unexpected ${next} after ${province}: expected ICP备, ICP证 or B2-` : `the number ends after ${province}`,
    `The province is followed by ICP备 (filing), ICP证 (licence) or B2- (B2 licence), e.g. ${province}ICP备2023012345号-1A.`
  );
}
function describeWidths(shape) {
  if (shape === "icp-filing") return "ICP备 serials have 8 (old) or 10 (YYYY + 6) digits";
  if (shape === "icp-licence") return "ICP证 licence numbers have 6 digits";
  return "B2 licence numbers have 8 digits";
}
function parseSerial(text, shape, head) {
  const serial = /^\d*/.exec(text)[0];
  const rest = text.slice(serial.length);
  if (serial === "") {
    return fail(
      `missing the serial digits after ${head}`,
      `For example ${head}${shape === "b2" ? "20090059" : "2023012345号"}.`
    );
  }
  if (!SERIAL_WIDTHS[shape].includes(serial.length)) {
    return fail(
      `serial has ${serial.length} digits; ${describeWidths(shape)}`,
      "Copy the number exactly from the filing notice (beian.miit.gov.cn)."
    );
  }
  if (shape === "b2") {
    if (rest.startsWith("号")) {
      return fail("B2 licence numbers have no 号 after the digits", `Write ${head}${serial}${rest.slice(1)}.`);
    }
    return { ok: true, value: serial, rest };
  }
  if (!rest.startsWith("号")) return fail("missing 号 after the serial", `Write ${head}${serial}号${rest}.`);
  return { ok: true, value: serial, rest: rest.slice(1) };
}
function parseMain(raw) {
  const text = normalise(raw);
  if (!text.ok) return text;
  const province = parseProvince(text.value);
  if (!province.ok) return province;
  const shape = parseShape(province.rest, province.value.province);
  if (!shape.ok) return shape;
  const head = text.value.slice(0, text.value.length - shape.rest.length);
  const serial = parseSerial(shape.rest, shape.value, head);
  if (!serial.ok) return serial;
  const mainNumber = text.value.slice(0, text.value.length - serial.rest.length);
  return {
    ok: true,
    value: { ...province.value, mainNumber, shape: shape.value, serial: serial.value },
    rest: serial.rest
  };
}
function parseService(text, mainNumber) {
  if (!text.startsWith("-")) {
    if (/^\d/.test(text))
      return fail(`missing the hyphen after ${mainNumber}`, `Write ${mainNumber}-${text}.`);
    return fail(
      `unexpected ${firstCharacter(text)} after ${mainNumber}: expected -<sequence><type letter>`,
      `The service number is ${mainNumber}-<sequence><type letter>, e.g. ${mainNumber}-1A.`
    );
  }
  const digits = /^\d*/.exec(text.slice(1))[0];
  const rest = text.slice(1 + digits.length);
  if (digits === "") {
    return fail(
      rest ? `missing the sequence number between - and ${firstCharacter(rest)}` : "nothing after the hyphen",
      `The service number is ${mainNumber}-<sequence><type letter>, e.g. ${mainNumber}-1A; the sequence is on the filing notice.`
    );
  }
  if (digits.startsWith("0")) {
    return fail(
      `sequence ${digits} starts with 0`,
      "Sequences start at 1 and have no leading zero; copy the number from the filing notice."
    );
  }
  const sequence = Number(digits);
  if (rest === "") return { ok: true, value: { sequence, type: null }, rest };
  const letter = firstCharacter(rest);
  if (rest.length > 1) {
    return fail(
      `unexpected ${rest.slice(1)} after the type letter ${letter}`,
      `A filing number ends with its type letter, e.g. ${mainNumber}-${digits}${letter}.`
    );
  }
  if (letter === "A" || letter === "X" || letter === "K")
    return { ok: true, value: { sequence, type: letter }, rest: "" };
  const upper = letter.toUpperCase();
  if (upper === "A" || upper === "X" || upper === "K") {
    return fail(`lowercase type letter ${letter}: write ${upper}`, `Write ${mainNumber}-${digits}${upper}.`);
  }
  if (/^[A-Za-z]$/.test(letter)) {
    return fail(
      `unknown type letter ${letter}: ${TYPE_LETTERS}`,
      `For an app write ${mainNumber}-${digits}A.`
    );
  }
  return fail(
    `unexpected ${letter} after the sequence: expected a type letter (${TYPE_LETTERS})`,
    `For an app write ${mainNumber}-${digits}A.`
  );
}
function serialYearOf(shape, serial) {
  if (shape !== "icp-filing") return null;
  if (serial.length === 10) return Number(serial.slice(0, 4));
  const yy = Number(serial.slice(0, 2));
  return yy >= 90 ? 1900 + yy : 2e3 + yy;
}
function toNumber(raw, main2, sequence, type) {
  return {
    raw: raw.trim(),
    province: main2.province,
    currentProvince: main2.currentProvince,
    legacyProvince: main2.legacyProvince,
    mainNumber: main2.mainNumber,
    shape: main2.shape,
    serial: main2.serial,
    serialYear: serialYearOf(main2.shape, main2.serial),
    sequence,
    type
  };
}
function parseFilingNumber(raw) {
  return parseWellFormed(raw) ?? parseStepByStep(raw);
}
var WELL_FORMED = /^(.)(ICP备|ICP证|B2-)([0-9]+)(号?)-([1-9][0-9]*)([AXK]?)$/;
var SHAPE_OF_HEAD = {
  ICP备: "icp-filing",
  ICP证: "icp-licence",
  "B2-": "b2"
};
function parseWellFormed(raw) {
  const match = WELL_FORMED.exec(raw);
  if (!match) return void 0;
  const province = match[1];
  const head = match[2];
  const serial = match[3];
  const hao = match[4];
  const digits = match[5];
  const letter = match[6];
  if (!isProvinceAbbreviation(province)) return void 0;
  const shape = SHAPE_OF_HEAD[head];
  if (!SERIAL_WIDTHS[shape].includes(serial.length) || hao === "" !== (shape === "b2")) return void 0;
  const main2 = {
    province,
    currentProvince: province,
    legacyProvince: false,
    // The number up to the hyphen before the sequence.
    mainNumber: raw.slice(0, raw.length - digits.length - letter.length - 1),
    shape,
    serial
  };
  return {
    ok: true,
    number: toNumber(raw, main2, Number(digits), letter === "" ? null : letter)
  };
}
function parseStepByStep(raw) {
  const main2 = parseMain(raw);
  if (!main2.ok) return main2;
  const { mainNumber } = main2.value;
  if (main2.rest === "") {
    return fail(
      `this is a main (subject) number; the app's service number adds -<seq><type>, e.g. ${mainNumber}-1A`,
      `Copy the app's own service number from the filing notice (${TYPE_LETTERS}).`
    );
  }
  const service = parseService(main2.rest, mainNumber);
  if (!service.ok) return service;
  return { ok: true, number: toNumber(raw, main2.value, service.value.sequence, service.value.type) };
}
function parseMainNumber(raw) {
  const main2 = parseMain(raw);
  if (!main2.ok) return main2;
  const { mainNumber } = main2.value;
  if (main2.rest !== "") {
    const service = parseService(main2.rest, mainNumber);
    if (service.ok) {
      return fail(
        `this is a service number; the main (subject) number is ${mainNumber}`,
        `Write ${mainNumber}: the main number is the part before -${main2.rest.slice(1)}.`
      );
    }
    return fail(
      `unexpected ${main2.rest} after ${mainNumber}`,
      `A main number ends after its serial: write ${mainNumber}.`
    );
  }
  return { ok: true, number: toNumber(raw, main2.value, null, null) };
}
var ONE_DIGIT_REPEATED = /^(\d)\1*$/;
function placeholderReason(n) {
  const { serial } = n;
  if (ONE_DIGIT_REPEATED.test(serial))
    return `looks like a placeholder: serial ${serial} is one digit repeated`;
  if ("01234567890".includes(serial) || "9876543210".includes(serial)) {
    return `looks like a placeholder: serial ${serial} is a run of consecutive digits`;
  }
  return void 0;
}
function reporter(meta14) {
  return (severity, message, options = {}) => ({
    rule: meta14.id,
    severity,
    ...options.app !== void 0 ? { app: options.app } : {},
    message,
    ...options.location ? { location: options.location } : {}
  });
}
function appLocation(context, scope, path, part) {
  return context.declaration.locate(["apps", scope.index, ...path], part);
}
function appAt(context, scope, path, part) {
  return new LazyAppPlace(context, scope, path, part);
}
var LazyAppPlace = class {
  constructor(context, scope, path, part) {
    this.context = context;
    this.scope = scope;
    this.path = path;
    this.part = part;
    this.app = scope.app.id;
  }
  context;
  scope;
  path;
  part;
  app;
  found;
  get location() {
    return this.found ??= appLocation(this.context, this.scope, this.path, this.part);
  }
};
var parsedNumbers = /* @__PURE__ */ new WeakMap();
function parsedFilingNumber(context, raw) {
  let parsed = parsedNumbers.get(context);
  if (!parsed) parsedNumbers.set(context, parsed = /* @__PURE__ */ new Map());
  let result = parsed.get(raw);
  if (!result) parsed.set(raw, result = parseFilingNumber(raw));
  return result;
}
function channelStore(app, channel) {
  const channels = app.release?.channels;
  return channels !== void 0 && Object.hasOwn(channels, channel) ? channels[channel] : void 0;
}
var meta2 = {
  id: "filing-required",
  description: "An app bound for a mainland store must be filed: status not-filed, or approved without a number, fails.",
  defaultSeverity: "error"
};
var report2 = reporter(meta2);
var KIND_WORDS = {
  app: "apps",
  "mini-program": "mini programs",
  "quick-app": "quick apps"
};
var filingRequired = {
  meta: meta2,
  check(context) {
    const findings = [];
    for (const scope of context.apps) {
      const { app } = scope;
      if (!scope.inScope) continue;
      if (scope.mainlandStores.length === 0) {
        const message = scope.storesOfRun ? `${app.id} goes to no mainland store in this run (${scope.stores.length ? `stores: ${scope.stores.join(", ")}` : `no store of this run distributes ${KIND_WORDS[app.kind] ?? app.kind}`}), so this run does not judge its filing.` : `${app.id} is not distributed in mainland China (stores: ${scope.stores.join(", ") || "none"}); no filing is needed for it.`;
        findings.push(
          report2("notice", message, {
            app: app.id,
            location: appLocation(context, scope, ["stores"], "key")
          })
        );
        continue;
      }
      const where = () => `${app.id} is bound for ${scope.mainlandStores.join(", ")}`;
      if (app.filing.status === "not-filed") {
        const obligation = describeObligation(filingObligation(app.launchedOn, context.today));
        findings.push(
          report2(
            "error",
            `${where()} but is not filed (APP备案): ${obligation}. File it through your access provider or platform, then set filing.status: approved and filing.number.`,
            { app: app.id, location: appLocation(context, scope, ["filing", "status"]) }
          )
        );
      } else if (app.filing.status === "approved" && !app.filing.number) {
        findings.push(
          report2(
            "error",
            `${where()} and says its filing is approved, but filing.number is missing. Add the number MIIT issued (e.g. 沪ICP备2023012345号-2A).`,
            { app: app.id, location: appLocation(context, scope, ["filing", "status"]) }
          )
        );
      }
    }
    return findings;
  }
};
var meta3 = {
  id: "filing-approved",
  description: "A pending filing blocks a release (a warning on pull requests); an approval date cannot lie in the future.",
  defaultSeverity: "error"
};
var report3 = reporter(meta3);
var filingApproved = {
  meta: meta3,
  check(context) {
    const findings = [];
    for (const scope of context.judged) {
      const { app } = scope;
      if (app.filing.status === "pending") {
        const severity = context.mode === "pull-request" ? "warning" : "error";
        findings.push(
          report3(
            severity,
            `${app.id}: the filing is pending, and an app may not be distributed in mainland China before its number is issued (the provincial bureau decides within 20 working days of a complete submission). When the number arrives, set filing.status: approved and filing.number.`,
            { app: app.id, location: appLocation(context, scope, ["filing", "status"]) }
          )
        );
      }
      const approvedOn = app.filing.approvedOn;
      if (approvedOn && daysBetween(context.today, approvedOn) > 0) {
        findings.push(
          report3(
            "error",
            `${app.id}: filing.approvedOn ${approvedOn} is after today (${context.today}). Correct the date.`,
            {
              app: app.id,
              location: appLocation(context, scope, ["filing", "approvedOn"])
            }
          )
        );
      }
    }
    return findings;
  }
};
var meta4 = {
  id: "filing-number-format",
  description: "A filing number must be well formed, carry the type letter of the app kind (A app, X mini program, K quick app), and not be a placeholder or carry a future year.",
  defaultSeverity: "error"
};
var report4 = reporter(meta4);
var LETTER_FOR_KIND = { app: "A", "mini-program": "X", "quick-app": "K" };
var KIND_WORDS2 = {
  app: "an app",
  "mini-program": "a mini program",
  "quick-app": "a quick app"
};
var FIRST_TEN_DIGIT_YEAR = 2018;
var capitalize = (s) => s.charAt(0).toUpperCase() + s.slice(1);
var filingNumberFormat = {
  meta: meta4,
  check(context) {
    const findings = [];
    const currentYear = Number(context.today.slice(0, 4));
    const mainNumber = context.declaration.data.holder.mainNumber;
    if (mainNumber !== void 0) {
      const parsed = parseMainNumber(mainNumber);
      if (!parsed.ok) {
        findings.push(
          report4(
            "error",
            `holder.mainNumber ${quoteExcerpt(mainNumber)}: ${parsed.problem}. ${parsed.hint}`,
            {
              location: context.declaration.locate(["holder", "mainNumber"])
            }
          )
        );
      }
    }
    for (const scope of context.judged) {
      const { app } = scope;
      const raw = app.filing.number;
      if (raw === void 0) continue;
      const at = appAt(context, scope, ["filing", "number"]);
      const parsed = parsedFilingNumber(context, raw);
      if (!parsed.ok) {
        findings.push(
          report4(
            "error",
            `${app.id}: filing number ${quoteExcerpt(raw)}: ${parsed.problem}. ${parsed.hint}`,
            at
          )
        );
        continue;
      }
      const number2 = parsed.number;
      const expected = LETTER_FOR_KIND[app.kind];
      if (number2.type === null) {
        findings.push(
          report4(
            "error",
            `${app.id}: ${quoteExcerpt(raw)} is a website number (no type letter). ${capitalize(KIND_WORDS2[app.kind])}'s service number ends in ${expected}, e.g. ${number2.mainNumber}-${number2.sequence ?? 1}${expected}; copy the app's own number from the filing notice.`,
            at
          )
        );
        continue;
      }
      if (number2.type !== expected) {
        findings.push(
          report4(
            "error",
            `${app.id}: ${quoteExcerpt(raw)} ends in ${number2.type}, the letter of ${KIND_WORDS2[SERVICE_TYPE_KINDS[number2.type]]}, but this is ${KIND_WORDS2[app.kind]} (kind: ${app.kind}), whose number ends in ${expected}. Use this app's own filing number, or fix kind.`,
            at
          )
        );
      }
      const placeholder = placeholderReason(number2);
      if (placeholder) {
        findings.push(
          report4(
            "warning",
            `${app.id}: ${quoteExcerpt(raw)} ${placeholder}. Use the number MIIT issued for this app.`,
            at
          )
        );
      }
      if (number2.legacyProvince) {
        findings.push(
          report4(
            "warning",
            `${app.id}: ${quoteExcerpt(raw)} starts with the legacy character ${number2.province}; current numbers use ${number2.currentProvince}. Check the number on the filing notice (beian.miit.gov.cn).`,
            at
          )
        );
      }
      if (number2.serial.length === 10 && number2.serialYear !== null) {
        if (number2.serialYear > currentYear) {
          findings.push(
            report4(
              "error",
              `${app.id}: ${quoteExcerpt(raw)} has serial year ${number2.serialYear}, after this year (${currentYear}): no such number can have been issued. A typo in the serial?`,
              at
            )
          );
        } else if (number2.serialYear < FIRST_TEN_DIGIT_YEAR) {
          findings.push(
            report4(
              "warning",
              `${app.id}: ${quoteExcerpt(raw)} has a 10-digit serial starting ${number2.serialYear}; 10-digit serials start with their year, ${FIRST_TEN_DIGIT_YEAR} or later. Check the serial.`,
              at
            )
          );
        }
      }
    }
    return findings;
  }
};
var MAX_LISTED = 5;
function listSome(items, separator = "; ", max = MAX_LISTED) {
  const shown = items.slice(0, max).join(separator);
  return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}
var meta5 = {
  id: "filing-holder",
  description: "Filing numbers must belong to the holder: the holder's province, its main number, one main number for all its apps, one service number per app.",
  defaultSeverity: "error"
};
var report5 = reporter(meta5);
var filingHolder = {
  meta: meta5,
  check(context) {
    const findings = [];
    const { holder } = context.declaration.data;
    const province = resolveProvince(holder.province);
    if (province?.legacyAlias) {
      findings.push(
        report5(
          "warning",
          `holder.province ${quoteExcerpt(holder.province)} is a legacy character; filing numbers use ${province.province.abbr} for ${province.province.english}. Write province: ${province.province.abbr}.`,
          { location: context.declaration.locate(["holder", "province"]) }
        )
      );
    }
    const declaredMain = holder.mainNumber ? parseMainNumber(holder.mainNumber) : void 0;
    const mainNumber = declaredMain?.ok ? declaredMain.number.mainNumber : void 0;
    const judged = new Set(context.judged);
    const numbered = [];
    for (const scope of context.apps) {
      if (!judged.has(scope) && !scope.app.stores.some((id) => findStore(id)?.mainland)) continue;
      const raw = scope.app.filing.number;
      const parsed = raw === void 0 ? void 0 : parsedFilingNumber(context, raw);
      if (parsed?.ok) numbered.push({ scope, number: parsed.number, judged: judged.has(scope) });
    }
    for (const { scope, number: number2, judged: judged2 } of numbered) {
      if (!judged2) continue;
      const otherProvince = province && number2.currentProvince !== province.province.abbr;
      const otherMain = mainNumber && number2.mainNumber !== mainNumber;
      if (!otherProvince && !otherMain) continue;
      const at = appAt(context, scope, ["filing", "number"]);
      if (otherProvince) {
        findings.push(
          report5(
            "error",
            `${scope.app.id}: filing number ${number2.raw} was issued in ${number2.province}, but the holder's province is ${province.province.abbr} (${province.province.english}). A holder files where it is domiciled: fix holder.province or the number.`,
            at
          )
        );
      }
      if (otherMain) {
        findings.push(
          report5(
            "error",
            `${scope.app.id}: filing number ${number2.raw} does not extend the holder's main number ${mainNumber}. An app's service number is the main number followed by -<seq><type>: check both.`,
            at
          )
        );
      }
    }
    if (!mainNumber) findings.push(...oneMainNumberFindings(context, holder.name, numbered));
    findings.push(...sharedSequenceFindings(context, numbered));
    return findings;
  }
};
function oneMainNumberFindings(context, holderName, numbered) {
  const byMain = /* @__PURE__ */ new Map();
  for (const { scope, number: number2 } of numbered) {
    const ids = byMain.get(number2.mainNumber);
    if (ids) ids.push(scope.app.id);
    else byMain.set(number2.mainNumber, [scope.app.id]);
  }
  if (byMain.size < 2) return [];
  const groups = [...byMain.entries()].sort((a, b) => b[1].length - a[1].length);
  const majority = groups[0][1].length > groups[1][1].length ? groups[0][0] : void 0;
  const findings = [];
  for (const { scope, number: number2, judged } of numbered) {
    if (!judged || number2.mainNumber === majority) continue;
    const others = majority ? `other apps of ${holderName} use ${majority}` : `the apps of ${holderName} use ${groups.length} main numbers, none more than the others: ${listSome(
      groups.map(([main2, ids]) => `${main2} (${listSome(ids, ", ", 3)})`)
    )}`;
    findings.push(
      report5(
        "error",
        `${scope.app.id}: filing number ${number2.raw} has main number ${number2.mainNumber}, but ${others}. One holder has one main number: check which is right, and set holder.mainNumber.`,
        { app: scope.app.id, location: appLocation(context, scope, ["filing", "number"]) }
      )
    );
  }
  return findings;
}
function sharedSequenceFindings(context, numbered) {
  const bySequence = /* @__PURE__ */ new Map();
  const sharing = [];
  for (const entry of numbered) {
    const key = `${entry.number.mainNumber}-${entry.number.sequence}`;
    const holders = bySequence.get(key);
    if (holders) holders.push(entry);
    else bySequence.set(key, [entry]);
    sharing.push(holders ?? bySequence.get(key));
  }
  const findings = [];
  for (let i = 0; i < numbered.length; i++) {
    const entry = numbered[i];
    const holders = sharing[i];
    if (!entry.judged || holders.length < 2) continue;
    const { app } = entry.scope;
    const others = holders.filter((h) => h !== entry);
    const same = others.filter((h) => h.number.raw === entry.number.raw);
    const named2 = listSome(
      others.map(
        (h) => h.number.raw === entry.number.raw ? h.scope.app.id : `${h.scope.app.id} (${h.number.raw})`
      ),
      ", "
    );
    findings.push(
      report5(
        "error",
        same.length === others.length ? `${app.id}: filing number ${entry.number.raw} is also declared for ${named2}. Each app has its own service number: copy each app's number from its filing notice. One filed app is declared once, with all its platforms under platforms: and all its release tags under release.tags.` : `${app.id}: filing number ${entry.number.raw} has sequence ${entry.number.sequence} under ${entry.number.mainNumber}, as ${named2} ${others.length === 1 ? "does" : "do"}. A holder's websites, apps, mini programs and quick apps are numbered in one sequence, so no two of them share one: copy each app's number from its filing notice.`,
        { app: app.id, location: appLocation(context, entry.scope, ["filing", "number"]) }
      )
    );
  }
  return findings;
}
var CLOUD_PROVIDERS = [
  { id: "aliyun", name: "Alibaba Cloud", aliases: ["alibaba", "alibaba-cloud", "alibabacloud", "alicloud"] },
  { id: "tencent", name: "Tencent Cloud", aliases: ["tencent-cloud", "tencentcloud", "qcloud"] },
  { id: "huawei", name: "Huawei Cloud", aliases: ["huaweicloud", "huawei-cloud"] },
  { id: "aws", name: "Amazon Web Services (China)", aliases: ["amazon", "aws-cn"] },
  { id: "azure", name: "Azure operated by 21Vianet", aliases: ["azure-china", "21vianet"] },
  { id: "baidu", name: "Baidu AI Cloud", aliases: ["baidu-cloud", "baiducloud", "bce"] },
  { id: "volcengine", name: "Volcano Engine", aliases: ["volcano", "volcano-engine", "bytedance"] },
  { id: "gcp", name: "Google Cloud", aliases: ["google", "google-cloud"] }
];
function group(provider, mainland, confidence, source, regions) {
  return regions.map(([region, name]) => ({ provider, region, mainland, name, confidence, source }));
}
var MAINLAND = true;
var NOT_MAINLAND2 = false;
var ALIYUN = [
  // Alibaba "Regions and zones", mainland heading (alibabacloud.com/help/ja/doc-detail/188196.htm). High.
  ...group("aliyun", MAINLAND, "high", "alibabacloud.com/help/ja/doc-detail/188196.htm", [
    ["cn-qingdao", "Qingdao (青岛)"],
    ["cn-beijing", "Beijing (北京)"],
    ["cn-zhangjiakou", "Zhangjiakou (张家口)"],
    ["cn-huhehaote", "Hohhot (呼和浩特)"],
    ["cn-wulanchabu", "Ulanqab (乌兰察布)"],
    ["cn-hangzhou", "Hangzhou (杭州)"],
    ["cn-shanghai", "Shanghai (上海)"],
    ["cn-shenzhen", "Shenzhen (深圳)"],
    ["cn-heyuan", "Heyuan (河源)"],
    ["cn-guangzhou", "Guangzhou (广州)"],
    ["cn-chengdu", "Chengdu (成都)"]
  ]),
  // Local regions; a later Alibaba page marks Nanjing and Fuzhou "关停中" (closing), still mainland. High.
  ...group("aliyun", MAINLAND, "high", "help.aliyun.com/document_detail/2254821.html (ALB endpoints)", [
    ["cn-nanjing", "华东5 南京-本地地域 (Nanjing local region, closing)"],
    ["cn-fuzhou", "华东6 福州-本地地域 (Fuzhou local region, closing)"]
  ]),
  ...group("aliyun", MAINLAND, "high", "alibabacloud.com/help/doc-detail/181099.htm (ECI endpoints)", [
    ["cn-wuhan-lr", "华中1 武汉-本地地域 (Wuhan local region)"]
  ]),
  ...group(
    "aliyun",
    MAINLAND,
    "high",
    "alibabacloud.com/help/tr/nas/developer-reference/api-nas-2017-06-26-endpoint",
    [["cn-zhongwei", "西北2 中卫 (Zhongwei)"]]
  ),
  ...group("aliyun", MAINLAND, "high", "Alibaba ECS/ECI/ESS endpoint tables", [
    ["cn-zhengzhou-jva", "郑州 联通合营 (Zhengzhou, China Unicom joint venture)"]
  ]),
  // Finance and government clouds: listed in the CSG supported-regions page (High). The sources rate the
  // finance group "High/Medium"; cn-hangzhou-finance is taken as the SDK-endpoint-map-only one (Medium).
  ...group("aliyun", MAINLAND, "high", "help.aliyun.com/zh/csg/product-overview/supported-regions", [
    ["cn-shanghai-finance-1", "Shanghai Finance Cloud (上海金融云)"],
    ["cn-shenzhen-finance-1", "Shenzhen Finance Cloud (深圳金融云)"],
    ["cn-beijing-finance-1", "Beijing Finance Cloud (北京金融云, invitation only / 邀测)"],
    ["cn-north-2-gov-1", "华北2 政务云 (North China 2 government cloud)"]
  ]),
  ...group("aliyun", MAINLAND, "medium", "Alibaba SDK endpoint maps", [
    ["cn-hangzhou-finance", "Hangzhou Finance Cloud (杭州金融云)"]
  ]),
  // Not mainland, same Alibaba region pages. High.
  ...group("aliyun", NOT_MAINLAND2, "high", "alibabacloud.com/help/ja/doc-detail/188196.htm", [
    ["cn-hongkong", "Hong Kong (中国香港)"],
    ["ap-southeast-1", "Singapore"],
    ["ap-southeast-2", "Sydney (closed)"],
    ["ap-southeast-3", "Kuala Lumpur"],
    ["ap-southeast-5", "Jakarta"],
    ["ap-southeast-6", "Manila"],
    ["ap-southeast-7", "Bangkok"],
    ["ap-southeast-8", "Johor"],
    ["ap-northeast-1", "Tokyo"],
    ["ap-northeast-2", "Seoul"],
    ["ap-south-1", "Mumbai"],
    ["us-west-1", "United States (us-west-1)"],
    ["us-east-1", "United States (us-east-1)"],
    ["eu-central-1", "Europe (eu-central-1)"],
    ["eu-west-1", "Europe (eu-west-1)"],
    ["me-east-1", "Dubai"],
    ["me-central-1", "Riyadh"]
  ])
];
var TENCENT = [
  ...group("tencent", MAINLAND, "high", 'tencentcloud.com/document/product/628/33133 ("China" table)', [
    ["ap-guangzhou", "Guangzhou (广州)"],
    ["ap-shanghai", "Shanghai (上海)"],
    ["ap-nanjing", "Nanjing (南京)"],
    ["ap-beijing", "Beijing (北京)"],
    ["ap-chengdu", "Chengdu (成都)"],
    ["ap-chongqing", "Chongqing (重庆)"]
  ]),
  // Finance zones: "仅限金融机构…申请开通" (financial institutions only), still mainland.
  ...group("tencent", MAINLAND, "high", "tencentcloud.com/zh/document/product/239/4106", [
    ["ap-shanghai-fsi", "华东上海金融 (Shanghai finance)"],
    ["ap-shenzhen-fsi", "华南深圳金融 (Shenzhen finance)"],
    ["ap-beijing-fsi", "华北北京金融 (Beijing finance)"]
  ]),
  ...group("tencent", NOT_MAINLAND2, "high", "tencentcloud.com/document/product/628/33133", [
    ["ap-hongkong", "Hong Kong (港澳台地区(中国香港))"],
    ["ap-singapore", "Singapore"],
    ["ap-seoul", "Seoul"],
    ["ap-tokyo", "Tokyo"],
    ["ap-bangkok", "Bangkok"],
    ["ap-mumbai", "Mumbai"],
    ["ap-jakarta", "Jakarta"],
    ["na-siliconvalley", "Silicon Valley"],
    ["na-ashburn", "Ashburn"],
    ["na-toronto", "Toronto"],
    ["eu-frankfurt", "Frankfurt"],
    ["sa-saopaulo", "São Paulo"]
  ]),
  ...group("tencent", NOT_MAINLAND2, "medium", "public code; Tencent CLI DescribeRegions output", [
    ["ap-taipei", "Taipei (Taiwan)"]
  ])
];
var HUAWEI = [
  ...group("huawei", MAINLAND, "high", "support.huaweicloud.com/api-vas/vas_03_1121.html (VAS endpoints)", [
    ["cn-north-1", "华北-北京一 (Beijing 1)"],
    ["cn-north-4", "华北-北京四 (Beijing 4)"],
    ["cn-east-2", "华东-上海二 (Shanghai 2)"],
    ["cn-east-3", "华东-上海一 (Shanghai 1)"],
    ["cn-south-1", "华南-广州 (Guangzhou)"]
  ]),
  ...group("huawei", MAINLAND, "high", "support.huaweicloud.com/api-workspace/workspace_09_0004.html", [
    ["cn-southwest-2", "西南-贵阳一 (Guiyang 1)"],
    ["cn-north-9", "华北-乌兰察布一 (Ulanqab 1)"],
    ["cn-east-5", "华东-青岛 (Qingdao)"]
  ]),
  ...group("huawei", MAINLAND, "high", "Huawei CodeArts Pipeline endpoint snippet", [
    ["cn-northeast-1", "东北-大连 (Dalian)"]
  ]),
  ...group(
    "huawei",
    MAINLAND,
    "medium",
    'Huawei SDK region maps; "CN East2 (CN-East-Wuhu)" in Huawei CC docs',
    [["cn-east-4", "华东二 (CN East2, Wuhu)"]]
  ),
  // Ids in huaweicloud-sdk-go-v3 region files whose names are unconfirmed (Huawei-regions: Low–Medium).
  // Huawei's Hong Kong region is ap-southeast-1, so its cn- prefix does mean mainland; they are kept as
  // mainland with 'low' confidence so the rule warns ("confirm with Huawei") rather than denies outright.
  ...group("huawei", MAINLAND, "low", "third-party code mapping only", [
    ["cn-north-12", "CN North3 (华北三)"]
  ]),
  ...group("huawei", MAINLAND, "low", "huaweicloud-sdk-go-v3 region files; name not confirmed", [
    ["cn-south-2", "name not confirmed (Shenzhen?)"],
    ["cn-south-4", "name not confirmed (广州-友好用户环境?)"],
    ["cn-north-2", "name not confirmed"],
    ["cn-north-11", "name not confirmed"],
    ["cn-southwest-3", "name not confirmed"]
  ]),
  // [HW-KB] faq/备案条件咨询.md: non-mainland regions such as 中国-香港 need no (and allow no) ICP filing.
  ...group("huawei", NOT_MAINLAND2, "high", "VAS endpoint page; Huawei CC supported regions", [
    ["ap-southeast-1", "Hong Kong (中国-香港)"],
    ["ap-southeast-2", "Bangkok"],
    ["ap-southeast-3", "Singapore"]
  ]),
  ...group("huawei", NOT_MAINLAND2, "medium", "Huawei CC supported regions; SDK region files", [
    ["ap-southeast-4", "Jakarta"],
    ["ap-southeast-5", "Manila"],
    ["my-kualalumpur-1", "Kuala Lumpur"],
    ["af-south-1", "Johannesburg"],
    ["af-north-1", "Cairo"],
    ["me-east-1", "Riyadh"],
    ["tr-west-1", "Istanbul"],
    ["la-south-2", "Santiago"],
    ["sa-brazil-1", "São Paulo"],
    ["na-mexico-1", "Mexico"],
    ["la-north-2", "Mexico City"],
    ["eu-west-0", "Paris"],
    ["eu-west-101", "Dublin"],
    ["ru-moscow-1", "Moscow"],
    ["ru-northwest-2", "Russia (ru-northwest-2)"]
  ])
];
var AWS = [
  ...group(
    "aws",
    MAINLAND,
    "high",
    "docs.amazonaws.cn/en_us/aws/latest/userguide/ARNs.html, general-info.html",
    [
      ["cn-north-1", "China (Beijing)"],
      ["cn-northwest-1", "China (Ningxia)"]
    ]
  ),
  ...group("aws", MAINLAND, "medium", "docs.amazonaws.cn (AWS-China; Beijing Local Zone)", [
    ["cn-north-1-pkx-1a", "China (Beijing) Local Zone"]
  ]),
  // ap-east-1 being Hong Kong is not confirmed by the sources read, hence medium.
  ...group("aws", NOT_MAINLAND2, "medium", "AWS's public region list", [["ap-east-1", "Hong Kong"]]),
  ...group("aws", NOT_MAINLAND2, "high", "docs.amazonaws.cn ARNs: only the aws-cn partition is mainland", [
    ["us-east-1", "a global AWS region in the United States"]
  ])
];
var AZURE = [
  ...group(
    "azure",
    MAINLAND,
    "high",
    "docs.azure.cn/en-us/reliability/regions-list; learn.microsoft.com/en-us/azure/china/overview-regions",
    [
      ["chinaeast", "China East"],
      ["chinaeast2", "China East 2"],
      ["chinaeast3", "China East 3 (access restricted)"],
      ["chinanorth", "China North"],
      ["chinanorth2", "China North 2"],
      ["chinanorth3", "China North 3"]
    ]
  ),
  // Global Azure is not operated in mainland China; eastasia being Hong Kong is not verified (Azure-China).
  ...group(
    "azure",
    NOT_MAINLAND2,
    "high",
    "docs.azure.cn regions list: global Azure regions are not mainland",
    [["eastasia", "global Azure East Asia"]]
  )
];
var BAIDU = [
  ...group(
    "baidu",
    MAINLAND,
    "high",
    "cloud.baidu.com/doc/BLS/s/4k8qysj2z; cloud.baidu.com/doc/BLB/s/cjwvxnzix",
    [
      ["bj", "华北-北京 (Beijing)"],
      ["gz", "华南-广州 (Guangzhou)"],
      ["su", "华东-苏州 (Suzhou)"],
      ["bd", "华北-保定 (Baoding)"],
      ["fwh", "金融华中-武汉 (Wuhan finance)"]
    ]
  ),
  ...group("baidu", MAINLAND, "medium", "Baidu BLS/BLB endpoints; cloud.baidu.com/doc/BMR/s/vjwvxvvqt-en", [
    ["yq", "华北-阳泉 (Yangquan)"],
    ["nj", "华北-南京 (Nanjing)"],
    ["cd", "西南-成都 (Chengdu)"],
    ["fsh", "Shanghai finance (BMR)"]
  ]),
  // "probably mainland but not confirmed" (Baidu-regions): kept so the rule warns rather than denies.
  ...group("baidu", MAINLAND, "low", "cloud.baidu.com/doc/BMR/s/vjwvxvvqt-en", [
    ["hb-fsg", "Du Xiaoman (度小满)"]
  ]),
  ...group("baidu", NOT_MAINLAND2, "high", "Baidu BLS/BLB endpoints", [
    ["hkg", "Hong Kong (中国香港)"],
    ["sin", "Singapore (新加坡)"]
  ])
];
var VOLCENGINE = [
  ...group(
    "volcengine",
    MAINLAND,
    "medium",
    "Volcano Engine API doc Region list (copy in public code); TOS endpoints",
    [
      ["cn-beijing", "华北2 北京 (Beijing)"],
      ["cn-shanghai", "华东2 上海 (Shanghai)"],
      ["cn-guangzhou", "华南1 广州 (Guangzhou)"],
      ["cn-beijing2", "华北3 北京 (Beijing)"],
      ["cn-datong", "华北4 大同 (Datong)"],
      ["cn-wulanchabu", "华北5 乌兰察布 (Ulanqab)"]
    ]
  ),
  // One code file calls ap-southeast-3 曼谷 (Bangkok); either way it is not mainland.
  ...group("volcengine", NOT_MAINLAND2, "medium", "Volcano Engine API doc Region list (copy in public code)", [
    ["cn-hongkong", "Hong Kong (中国香港)"],
    ["ap-southeast-1", "Johor (亚太东南 柔佛)"],
    ["ap-southeast-3", "Jakarta (亚太东南 雅加达)"]
  ])
];
var GCP = group(
  "gcp",
  NOT_MAINLAND2,
  "high",
  "docs.cloud.google.com/infrastructure-manager/docs/locations",
  [
    ["asia-east2", "Hong Kong"],
    ["asia-east1", "Taiwan"]
  ]
);
var REGIONS = [
  ...ALIYUN,
  ...TENCENT,
  ...HUAWEI,
  ...AWS,
  ...AZURE,
  ...BAIDU,
  ...VOLCENGINE,
  ...GCP
];
var providerIndex;
var normalised = (id) => id.trim().toLowerCase();
function resolveProvider(input) {
  if (!providerIndex) {
    providerIndex = /* @__PURE__ */ new Map();
    for (const provider of [...CLOUD_PROVIDERS].reverse()) {
      for (const alias of provider.aliases) providerIndex.set(normalised(alias), provider.id);
      providerIndex.set(normalised(provider.id), provider.id);
    }
  }
  return providerIndex.get(input) ?? providerIndex.get(normalised(input));
}
var regionIndex;
function lookupRegion(provider, region) {
  if (!regionIndex) {
    regionIndex = /* @__PURE__ */ new Map();
    for (const entry of REGIONS) {
      let regions2 = regionIndex.get(entry.provider);
      if (!regions2) regionIndex.set(entry.provider, regions2 = /* @__PURE__ */ new Map());
      regions2.set(normalised(entry.region), entry);
    }
  }
  const regions = regionIndex.get(provider);
  return regions && (regions.get(region) ?? regions.get(normalised(region)));
}
function regionsOf(provider) {
  return REGIONS.filter((r) => r.provider === provider);
}
var CLOSING = /* @__PURE__ */ new Set(["aliyun:cn-nanjing", "aliyun:cn-fuzhou"]);
var RESTRICTED = /* @__PURE__ */ new Set([
  "aliyun:cn-shanghai-finance-1",
  "aliyun:cn-shenzhen-finance-1",
  "aliyun:cn-beijing-finance-1",
  "aliyun:cn-hangzhou-finance",
  "aliyun:cn-north-2-gov-1",
  "tencent:ap-shanghai-fsi",
  "tencent:ap-shenzhen-fsi",
  "tencent:ap-beijing-fsi",
  "azure:chinaeast3",
  "baidu:fwh",
  "baidu:fsh"
]);
var MAINLAND_REGIONS_LISTED_IN_FULL = {
  aws: "AWS runs mainland China only in its separate China partition (cn-north-1 Beijing, cn-northwest-1 Ningxia); every other AWS region is outside mainland China",
  azure: "the mainland Azure regions are those operated by 21Vianet (chinaeast, chinaeast2, chinanorth, chinanorth2, chinanorth3, and the restricted chinaeast3); global Azure regions are outside mainland China",
  gcp: "Google Cloud has no region in mainland China"
};
function outsideMainlandWhenUnknown(provider) {
  return MAINLAND_REGIONS_LISTED_IN_FULL[provider];
}
function suggestMainlandRegions(provider, region) {
  const needle = region.trim().toLowerCase();
  return regionsOf(provider).filter((r) => r.mainland && r.confidence !== "low" && !avoided(`${r.provider}:${r.region}`)).map((r, order) => ({ id: r.region, order, distance: editDistance(needle, r.region) })).sort((a, b) => a.distance - b.distance || a.order - b.order).slice(0, 3).map((r) => r.id);
}
function avoided(key) {
  return CLOSING.has(key) || RESTRICTED.has(key);
}
var meta6 = {
  id: "filing-channel",
  description: "A mini program is filed through its own platform; an app through an access provider that hosts it (a mismatch warns).",
  defaultSeverity: "error"
};
var report6 = reporter(meta6);
var MAINLAND_STORE_IDS = STORES.filter((s) => s.mainland).map((s) => s.id);
var filingChannel = {
  meta: meta6,
  check(context) {
    const findings = [];
    for (const scope of context.judged) {
      const { app } = scope;
      const via = app.filing.via;
      if (via === void 0 || app.filing.status === "not-filed") continue;
      const at = appAt(context, scope, ["filing", "via"]);
      if (app.kind === "mini-program") {
        const platforms = MINI_PROGRAM_PLATFORMS.filter((p) => app.platforms[p]);
        const platform = via.trim().toLowerCase();
        if (!platforms.includes(platform)) {
          findings.push(
            report6(
              "error",
              `${app.id}: a mini program is filed through the platform it runs on (${platforms.join(" or ")}), but filing.via is ${quoteExcerpt(via)}. Write filing.via: ${platforms[0]}${platforms[0] === "wechat" ? " (WeChat files through 微信公众平台 → ICP代备案)" : ""}.`,
              at
            )
          );
        }
        continue;
      }
      if (app.kind !== "app") continue;
      const provider = resolveProvider(via);
      if (!provider) {
        const store = storeNamedBy(via);
        if (!store?.mainland) {
          const near = store ? void 0 : closestMatch(via, [...CLOUD_PROVIDERS.map((p) => p.id), ...MAINLAND_STORE_IDS]);
          const what = store ? `names ${store.name}, a store outside mainland China, which files nothing with MIIT` : `is neither a known access provider nor a mainland distribution platform${near ? ` (did you mean "${near}"?)` : ""}`;
          findings.push(
            report6(
              "notice",
              `${app.id}: filing.via ${quoteExcerpt(via)} ${what}. Write the provider the app was filed through, e.g. aliyun.`,
              at
            )
          );
        } else {
          findings.push(
            report6(
              "notice",
              `${app.id}: filed via the distribution platform ${via}, not a cloud access provider. The Notice allows this, but whether the platform accepts an app hosted as declared needs a human review.`,
              at
            )
          );
        }
        continue;
      }
      const hosting2 = app.hosting ?? [];
      const providerOf = (h) => resolveProvider(h.provider) ?? h.provider;
      if (hosting2.length > 0 && !hosting2.some((h) => providerOf(h) === provider)) {
        const hostedOn = hosting2.map(providerOf);
        findings.push(
          report6(
            "warning",
            `${app.id}: filed via ${via}, but hosted on ${[...new Set(hostedOn)].join(", ")}. The access provider that filed the app must host it: add a 接入备案 (新增接入) with the new provider, or correct filing.via / hosting.`,
            at
          )
        );
      }
    }
    return findings;
  }
};
var meta7 = {
  id: "hosting-mainland",
  description: "An app must be hosted in a mainland-China region, judged by (provider, region); unknown providers and regions are denied.",
  defaultSeverity: "error"
};
var report7 = reporter(meta7);
var hostingMainland = {
  meta: meta7,
  check(context) {
    const findings = [];
    for (const scope of context.judged) {
      const { app } = scope;
      if (app.kind !== "app") continue;
      const platform = distributionPlatformFiledVia(app.filing.via, app.kind);
      const outside = platform && context.mode !== "release" ? "warning" : "error";
      const review = platform ? ` It was filed via the distribution platform ${platform}, not a cloud access provider, which needs a human review: confirm with ${platform} that it files an app hosted there and waive this finding with that as its reason, or host in mainland China.` : "";
      const hosting2 = app.hosting ?? [];
      if (hosting2.length === 0) {
        findings.push(
          report7(
            "error",
            `${app.id}: no hosting declared. An app is filed through an access provider with a server in mainland China: add hosting: - { provider: aliyun, region: cn-shanghai } (your provider and region).`,
            { app: app.id, location: appLocation(context, scope, ["kind"], "key") }
          )
        );
        continue;
      }
      for (let i = 0; i < hosting2.length; i++) {
        const entry = hosting2[i];
        if (entry.provider === "self-hosted") {
          const at2 = { app: app.id, location: appLocation(context, scope, ["hosting", i, "mainland"]) };
          findings.push(
            entry.mainland ? report7(
              "notice",
              `${app.id}: self-hosted in ${entry.location}; declared as mainland China. Keep the access provider's filing record in step with it.`,
              at2
            ) : report7(
              outside,
              `${app.id}: self-hosted in ${entry.location}, outside mainland China. A filing goes through an access provider with servers in mainland China; servers outside it carry no ICP filing.${review || " Move the app's servers to a mainland region."}`,
              at2
            )
          );
          continue;
        }
        const provider = resolveProvider(entry.provider);
        if (!provider) {
          const near = closestMatch(
            entry.provider,
            CLOUD_PROVIDERS.flatMap((p) => [p.id, ...p.aliases])
          );
          findings.push(
            report7(
              "error",
              `${app.id}: unknown hosting provider ${quoteExcerpt(entry.provider)}${near ? ` (did you mean "${near}"?)` : ""}. Known: ${CLOUD_PROVIDERS.map((p) => p.id).join(", ")}; for your own data centre write { provider: self-hosted, location: <city>, mainland: true }.`,
              { app: app.id, location: appLocation(context, scope, ["hosting", i, "provider"]) }
            )
          );
          continue;
        }
        const region = entry.region ?? "";
        const known = lookupRegion(provider, region);
        if (known?.mainland && known.confidence !== "low") continue;
        const at = appAt(context, scope, ["hosting", i, "region"]);
        const suggestions = known?.mainland ? [] : suggestMainlandRegions(provider, region);
        const suggest = suggestions.length ? ` Mainland ${provider} regions include ${suggestions.join(", ")}.` : "";
        const noMainland = ` ${provider} has no mainland region: host with a provider that does.`;
        const whyOutside = known ? void 0 : outsideMainlandWhenUnknown(provider);
        if (whyOutside) {
          findings.push(
            report7(
              outside,
              `${app.id}: ${provider} ${quoteExcerpt(region)} is not a mainland region: ${whyOutside}. A filing goes through an access provider with servers in mainland China; servers outside it carry no ICP filing.${review || suggest || noMainland}`,
              at
            )
          );
        } else if (!known) {
          findings.push(
            report7(
              outside,
              `${app.id}: region ${quoteExcerpt(region)} is not a known ${provider} region, so it cannot be shown to be in mainland China.${review || `${suggest} If it is a new mainland region, ask for it to be added to the catalogue, or waive this finding with a reason.`}`,
              at
            )
          );
        } else if (!known.mainland) {
          findings.push(
            report7(
              outside,
              `${app.id}: ${provider} ${region} is ${known.name}, outside mainland China. A filing goes through an access provider with servers in mainland China; servers outside it carry no ICP filing.${review || suggest || noMainland}`,
              at
            )
          );
        } else {
          const failClosed = context.mode === "release";
          findings.push(
            report7(
              failClosed ? "error" : "warning",
              `${app.id}: ${provider} ${region} (${known.name}) is believed to be in mainland China, but no official region list confirms it. Confirm with ${provider}${failClosed ? ": a release cannot go out on an unconfirmed region. Once confirmed, waive this finding with the confirmation as its reason, or host in a confirmed region." : "; a release fails on it until it is confirmed and this finding is waived with the confirmation as its reason."}`,
              at
            )
          );
        }
      }
    }
    return findings;
  }
};
function distributionPlatformFiledVia(via, kind) {
  if (via === void 0 || resolveProvider(via)) return void 0;
  const store = storeNamedBy(via);
  if (!store?.mainland || store.id === OWN_WEBSITE || !store.kinds.includes(kind))
    return void 0;
  return store.id;
}
var OWN_WEBSITE = "direct-download-cn";
var DEFAULT_TAG_GLOB = "v*";
var semver;
function loadedSemver() {
  if (!semver) throw new Error("semver was used before loadSemver() loaded it");
  return semver;
}
function validVersion(version2) {
  return loadedSemver().valid(version2);
}
function versionFromTag(tag) {
  const match = /(?:^|[-@/_])v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)$/.exec(tag);
  if (!match) return void 0;
  return validVersion(match[1]) ?? void 0;
}
function buildVersion(version2) {
  const numbers = /^(\d+)(?:\.(\d+))?$/.exec(version2);
  if (numbers) return validVersion(`${numbers[1]}.${numbers[2] ?? 0}.0`) ?? void 0;
  return versionFromTag(version2);
}
function tagGlobs(tags) {
  if (tags === void 0) return [DEFAULT_TAG_GLOB];
  return typeof tags === "string" ? [tags] : [...tags];
}
function versionInRange(version2, range) {
  return loadedSemver().satisfies(version2, range, { includePrerelease: true });
}
var meta8 = {
  id: "release-version",
  description: "A release tag must carry a semver version inside the app's release.versions, and match some app's release.tags.",
  defaultSeverity: "error"
};
var report8 = reporter(meta8);
var releaseVersion = {
  meta: meta8,
  check(context) {
    if (context.mode !== "release") return [];
    const findings = [];
    const { tag } = context;
    const inScope = context.apps.filter((s) => s.inScope && !s.shippedIn);
    if (tag !== void 0 && inScope.length === 0) {
      const globs = [...new Set(context.apps.flatMap((s) => tagGlobs(s.app.release?.tags)))];
      findings.push(
        report8(
          "error",
          `tag ${tag} matches no app's release.tags (${globs.join(", ")}), so the gate cannot tell which app this release ships. Set release.tags on the app, or the apps input.`,
          { location: context.declaration.locate(["apps"], "key") }
        )
      );
      return findings;
    }
    const version2 = context.version ?? (tag !== void 0 ? versionFromTag(tag) : void 0);
    for (const scope of context.judged) {
      if (scope.shippedIn) continue;
      const { app } = scope;
      const range = app.release?.versions;
      if (tag !== void 0 && context.version === void 0 && version2 === void 0) {
        findings.push(
          report8(
            "error",
            `${app.id}: release tag ${tag} carries no semver version (expected e.g. v2.3.0, ${app.id}-v2.3.0 or ${app.id}@2.3.0). Tag releases with a version, or pass the version input.`,
            { app: app.id, location: appLocation(context, scope, ["release"], "key") }
          )
        );
        continue;
      }
      if (range === void 0) continue;
      const at = appAt(context, scope, ["release", "versions"]);
      if (version2 === void 0) {
        findings.push(
          report8(
            "error",
            `${app.id}: the filing covers versions ${range}, but this release has no version to check (no tag and no version input). Run on a version tag or pass version.`,
            at
          )
        );
      } else if (!versionInRange(version2, range)) {
        findings.push(
          report8(
            "error",
            `${app.id}: version ${version2} is outside release.versions ${range}, the versions this declaration says the filing covers. Release a version inside the range, or, once you have confirmed the filing covers this version (a change of identity needs a 变更备案), widen release.versions.`,
            at
          )
        );
      }
    }
    return findings;
  }
};
var IDENTITY_KEYS = {
  android: "package",
  ios: "bundleId",
  harmony: "bundleName",
  wechat: "appId",
  alipay: "appId",
  douyin: "appId",
  baidu: "appKey",
  quickApp: "package"
};
function filedIdentity(app, platform) {
  const entry = app.platforms[platform];
  return entry?.[IDENTITY_KEYS[platform]];
}
function ownerOf(scopes, artifact, prefer) {
  const owners = scopes.filter((scope) => filedIdentity(scope.app, artifact.platform) === artifact.id);
  const judged = owners.filter(
    (scope) => scope.inScope && !scope.shippedIn && scope.mainlandStores.length > 0
  );
  const candidates = judged.length > 0 ? judged : owners;
  return (prefer && candidates.find(prefer)) ?? candidates[0];
}
function identityKeyPath(index, platform) {
  return `apps[${index}].platforms.${platform}.${IDENTITY_KEYS[platform]}`;
}
function normalizeFingerprint(value) {
  return value.replace(/[\s:]/g, "").toUpperCase();
}
function publicKeyMatches(declared, key) {
  const body = declared.replace(/-----(BEGIN|END) [A-Z ]+-----/g, "").replace(/[\s:]/g, "");
  if (!body) return false;
  const spkiHex = Buffer.from(key.spki, "base64").toString("hex").toUpperCase();
  if (/^[0-9a-fA-F]+$/.test(body)) {
    const hex = body.toUpperCase();
    if (hex === spkiHex) return true;
    if (key.modulus && hex.replace(/^0+/, "") === key.modulus) return true;
  }
  if (key.modulus && /^[0-9]+$/.test(body) && body.length > 30) {
    if (BigInt(body).toString(16).toUpperCase() === key.modulus) return true;
  }
  if (/^[A-Za-z0-9+/]+={0,2}$/.test(body)) {
    return Buffer.from(body, "base64").equals(Buffer.from(key.spki, "base64"));
  }
  return false;
}
var UPLOAD_KEY_NOTE = "an AAB is signed with the upload key; what Chinese stores distribute are APKs signed by whoever signs them (you, or the store), and that key must match the filing: inspect the APKs built from this bundle";
var UNSIGNED_NOTE = "the bundle is not signed; stores accept only signed uploads, and what Chinese stores distribute are APKs signed by whoever signs them, with the key the filing must record";
var SEVERAL_SIGNERS = " JAR signers, which every verifier requires together; ";
function isBundleSigningNote(note) {
  return note === UPLOAD_KEY_NOTE || note === UNSIGNED_NOTE || note.startsWith("the bundle has ") && note.includes(SEVERAL_SIGNERS);
}
var MAX_RESOURCE_TABLE = 128 * 1024 * 1024;
var REFERENCE_NOTE = " is a resource reference ";
function isVersionReferenceNote(note) {
  return note.startsWith(`versionName${REFERENCE_NOTE}`) || note.startsWith(`versionCode${REFERENCE_NOTE}`);
}
var meta9 = {
  id: "artifact-identity",
  description: "A built APK, AAB, IPA or HAP must carry the package / bundle id and signing certificate recorded in the filing; unreadable artifacts fail closed.",
  defaultSeverity: "error"
};
var report9 = reporter(meta9);
var MAX_PATTERN_EXCERPT = 200;
function declaredCertificate(app, platform) {
  return app.platforms[platform]?.certificate;
}
function artifactOwner(scopes, artifact) {
  const signer = artifact.signers[artifact.effectiveSigner];
  const signedBy = (scope) => {
    const declared = declaredCertificate(scope.app, artifact.platform);
    return declared !== void 0 && signer !== void 0 && certificateMismatches(declared, signer).length === 0;
  };
  return ownerOf(scopes, artifact, signedBy);
}
var LABEL = { md5: "MD5", sha1: "SHA-1", sha256: "SHA-256", publicKey: "public key" };
function certificateMismatches(declared, signer) {
  const mismatches = [];
  for (const key of ["md5", "sha1", "sha256"]) {
    const value = declared[key];
    if (value !== void 0 && normalizeFingerprint(value) !== signer[key]) {
      mismatches.push({ key, declared: normalizeFingerprint(value), actual: signer[key] });
    }
  }
  if (declared.publicKey !== void 0 && !publicKeyMatches(declared.publicKey, signer.publicKey)) {
    const actual = signer.publicKey.modulus ?? signer.publicKey.spki;
    mismatches.push({
      key: "publicKey",
      declared: abbreviate(declared.publicKey.replace(/\s/g, "")),
      actual: abbreviate(actual)
    });
  }
  return mismatches;
}
function sentence(reason) {
  const text = reason.trim();
  return /[.?!]$/.test(text) ? text : `${text}.`;
}
function abbreviate(value) {
  return value.length > 24 ? `${value.slice(0, 12)}…${value.slice(-8)}` : value;
}
function named(artifact, appId) {
  return `${artifact.file} (${appId}${artifact.channel !== void 0 ? `, channel ${artifact.channel}` : ""})`;
}
function signerName(artifact, signer) {
  const rotation = signer.lineage && signer.lineage.length > 1 ? `, the newest key of a ${signer.lineage.length}-certificate rotation lineage that current devices verify` : "";
  return `${signer.subject} (${signer.schemes.join("+")}${rotation})`;
}
var artifactIdentity = {
  meta: meta9,
  check(context) {
    const facts = context.artifacts;
    if (!facts) return [];
    const findings = [];
    const failClosed = context.mode === "release";
    for (const pattern of facts.unmatched) {
      findings.push(
        report9(
          failClosed ? "error" : "warning",
          `artifact pattern ${quoteExcerpt(pattern, MAX_PATTERN_EXCERPT)} matched no file, so the gate cannot check what this release ships. Build the artifacts before this step, or fix the artifacts input / --artifact path.`
        )
      );
    }
    for (const result of facts.results) {
      if (!result.identity) {
        findings.push(
          report9(
            "error",
            `${result.file} cannot be read: ${sentence(result.error ?? "unknown reason")} The gate cannot verify its identity, so it blocks (fail closed).`
          )
        );
        findings[findings.length - 1].artifact = result.file;
        continue;
      }
      findings.push(...checkArtifact(context, result.identity).map((f) => ({ ...f, artifact: result.file })));
    }
    for (const scope of context.apps) {
      if (!scope.shippedIn) continue;
      findings.push(
        report9(
          "notice",
          `${scope.app.id} is judged in this release, which did not select it (by its release.tags or the apps input), because ${listSome(scope.shippedIn, ", ")} among the artifacts ${scope.shippedIn.length === 1 ? "is its build" : "are its builds"}: a release ships its artifacts, so it judges their apps.`,
          { app: scope.app.id }
        )
      );
    }
    return findings;
  }
};
function checkArtifact(context, artifact) {
  const { platform } = artifact;
  const owner = artifactOwner(context.apps, artifact);
  if (!owner) return [unmatchedArtifact(context, artifact)];
  const { app } = owner;
  const at = (path) => ({
    app: app.id,
    location: appLocation(context, owner, ["platforms", platform, ...path])
  });
  if (!owner.inScope)
    return [
      report9(
        "notice",
        `${artifact.file} is ${app.id} (${artifact.id}), which this run does not judge (${owner.reason ?? "out of scope"}).`,
        { app: app.id }
      )
    ];
  if (!boundForMainland(owner, artifact)) {
    const store = channelStoreOf(app, artifact);
    return [
      report9(
        "notice",
        `${artifact.file} is the ${quoteExcerpt(artifact.channel)} channel package of ${app.id}, for ${store} (release.channels), which is outside mainland China; its signature is not checked against a filing.`,
        { app: app.id, location: appLocation(context, owner, ["release", "channels", artifact.channel]) }
      )
    ];
  }
  if (owner.mainlandStores.length === 0) {
    return [
      report9(
        "notice",
        `${artifact.file} is ${app.id}, which is not distributed in mainland China in this run; its signature is not checked against a filing.`,
        { app: app.id }
      )
    ];
  }
  const findings = [];
  const declared = declaredCertificate(app, platform);
  const isBundle = artifact.type === "aab";
  findings.push(
    ...artifact.notes.filter((note) => !isBundle || !isBundleSigningNote(note)).map((note) => report9("notice", `${artifact.file}: ${note}`, { app: app.id }))
  );
  const signer = artifact.signers[artifact.effectiveSigner];
  if (artifact.signers.length === 0) {
    findings.push(
      report9(
        "error",
        `${named(artifact, app.id)} is not signed. Stores install only signed builds, and the filing records the signing certificate: sign it with the filed key.`,
        at(["certificate"])
      )
    );
  } else if (!signer && artifact.type === "apk") {
    findings.push(
      report9(
        "error",
        `${named(artifact, app.id)} is signed by ${artifact.signers.length} certificates together (${listSome(artifact.signers.map((s) => `${s.subject} SHA-256 ${s.sha256}`))}). Android takes them together as the app's identity, but a filing records one signing certificate, so the gate cannot match this build to it. Sign the release with the filed key alone.`,
        at(["certificate"])
      )
    );
  } else if (!signer && isBundle) {
    findings.push(
      report9(
        "warning",
        `${named(artifact, app.id)} is signed by ${artifact.signers.length} certificates together (${listSome(artifact.signers.map((s) => `${s.subject} SHA-256 ${s.sha256}`))}). A bundle is uploaded with one upload key, and the gate cannot tell which of these it is. Sign the bundle with the upload key alone, and check the APKs built from it (inspect them): what users in China install must carry the filed key.`,
        at(["certificate"])
      )
    );
  } else if (!signer) {
    const matching2 = artifact.signers.filter((s) => certificateMismatches(declared, s).length === 0);
    if (matching2.length !== artifact.signers.length) {
      findings.push(
        report9(
          "error",
          `${named(artifact, app.id)} may be signed by any of ${artifact.signers.length} certificates (${listSome(artifact.signers.map((s) => `${s.subject} SHA-1 ${s.sha1}`))}), and the gate cannot tell which one signed it${matching2.length ? "; only some of them are the filed certificate" : "; none is the filed certificate"}. Ship a build whose signature names only the filed certificate.`,
          at(["certificate"])
        )
      );
    }
  } else {
    const mismatches = certificateMismatches(declared, signer);
    if (mismatches.length > 0) {
      const first = mismatches[0];
      const detail = mismatches.map((m) => `${LABEL[m.key]}: filed ${m.declared}, artifact ${m.actual}`).join("; ");
      const base = `${named(artifact, app.id)} is signed by ${signerName(artifact, signer)}, not the certificate the filing records (${detail}).`;
      findings.push(
        isBundle ? report9(
          "warning",
          `${base} An AAB carries the upload key; what users in China install is the APK signed by whoever signs the APKs, and that key must be the filed one. Check the APKs built from this bundle (inspect them), or fix apps[${owner.index}].platforms.${platform}.certificate.${first.key}.`,
          at(["certificate", first.key])
        ) : report9(
          "error",
          `${base} Sign the release with the filed key, or, if the key really changed, file a change (变更备案) and update apps[${owner.index}].platforms.${platform}.certificate.${first.key}.`,
          at(["certificate", first.key])
        )
      );
    } else if (isBundle) {
      findings.push(
        report9(
          "warning",
          `${named(artifact, app.id)} is an AAB: its signature is the upload key. It matches the filing, but stores in China distribute APKs, signed by whoever signs them; make sure that key is the filed one (inspect the APKs).`,
          { app: app.id }
        )
      );
    }
  }
  findings.push(...versionFindings(context, owner, artifact));
  return findings;
}
var VERSION_FIELD = {
  apk: "android:versionName",
  aab: "android:versionName",
  ipa: "CFBundleShortVersionString",
  hap: "app.versionName",
  app: "app.versionName"
  // a HarmonyOS .app, as a .hap
};
function versionFindings(context, owner, artifact) {
  const { app } = owner;
  const version2 = artifact.version;
  const range = app.release?.versions;
  if (!version2) {
    if (context.mode !== "release" || !owner.shippedIn || range === void 0) return [];
    return [
      report9(
        "error",
        `${named(artifact, app.id)} carries no version the gate can read${artifact.notes.some(isVersionReferenceNote) ? " (its notices say why)" : ""}, so this release cannot tell whether release.versions ${range}, the versions the filing covers, includes the build it ships. Give the build a literal ${VERSION_FIELD[artifact.type]}${artifact.platform === "android" ? ", or one in its default resource configuration" : ""}, or remove release.versions.`,
        { app: app.id, location: appLocation(context, owner, ["release", "versions"]) }
      )
    ];
  }
  const findings = [];
  const semverish = buildVersion(version2);
  if (range && !semverish) {
    findings.push(
      report9(
        context.mode === "release" ? "error" : "warning",
        `${named(artifact, app.id)} is version ${quoteExcerpt(version2)}, which is not a semver version (x.y.z), so the gate cannot tell whether release.versions ${range}, the versions the filing covers, includes it. Build it with an x.y.z version, or remove release.versions.`,
        { app: app.id, location: appLocation(context, owner, ["release", "versions"]) }
      )
    );
  } else if (range && semverish && !versionInRange(semverish, range)) {
    findings.push(
      report9(
        "error",
        `${named(artifact, app.id)} is version ${version2}, outside release.versions ${range}, the versions the filing covers.`,
        {
          app: app.id,
          location: appLocation(context, owner, ["release", "versions"])
        }
      )
    );
  }
  const releaseVersion2 = context.version ?? (context.tag ? versionFromTag(context.tag) : void 0);
  if (context.mode === "release" && !owner.shippedIn && releaseVersion2 && semverish && semverish !== releaseVersion2) {
    findings.push(
      report9(
        "warning",
        `${named(artifact, app.id)} is version ${version2}, but this release is ${releaseVersion2}. Is it a stale build?`,
        { app: app.id }
      )
    );
  }
  return findings;
}
function boundForMainland(owner, artifact) {
  const store = channelStoreOf(owner.app, artifact);
  return !(store !== void 0 && findStore(store)?.mainland === false);
}
function channelStoreOf(app, artifact) {
  const names = artifact.channelMarks?.map((mark) => mark.name) ?? (artifact.channel !== void 0 ? [artifact.channel] : []);
  const stores = new Set(names.map((name) => channelStore(app, name)));
  return stores.size === 1 ? [...stores][0] : void 0;
}
function unmatchedArtifact(context, artifact) {
  const key = IDENTITY_KEYS[artifact.platform];
  const candidates = context.judged.filter((s) => filedIdentity(s.app, artifact.platform) !== void 0);
  const declared = candidates.map((s) => `${filedIdentity(s.app, artifact.platform)} (${s.app.id})`).join(", ");
  if (context.judged.length === 0) {
    return report9(
      "notice",
      `${artifact.file} (${artifact.id}) matches no declared app; no mainland store is in scope, so it is not checked.`
    );
  }
  const only = candidates.length === 1 ? candidates[0] : void 0;
  return report9(
    "error",
    `${artifact.file} is ${artifact.platform} ${key} ${artifact.id}, which no declared app files${declared ? ` (declared: ${declared})` : ""}. An app with an unfiled identity cannot be distributed in mainland China: build it with the filed ${key}, or declare and file this app.`,
    only ? { app: only.app.id, location: appLocation(context, only, ["platforms", artifact.platform, key]) } : {}
  );
}
var WECHAT_TOURIST_APPID = "touristappid";
function isUnsetIdentity(identity) {
  return identity.value.trim() === "" || identity.platform === "wechat" && identity.value === WECHAT_TOURIST_APPID;
}
function mergeSuffix(overlay, base) {
  if (!overlay) return base;
  return overlay.startsWith(".") ? base + overlay : `${base}.${overlay}`;
}
function composeApplicationId(base, suffixes) {
  const suffix = suffixes.reduce((merged, next) => mergeSuffix(next, merged), "");
  return suffix ? mergeSuffix(suffix, base) : base;
}
function declaredScanOf(facts, appId) {
  return Object.hasOwn(facts.declared, appId) ? facts.declared[appId] : void 0;
}
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
function isSecondaryModule(module2) {
  if (!module2) return false;
  return pathSegments(module2).some(
    (segment) => segment.split(/[-_.]|(?<=[a-z])(?=[A-Z])/).some((word) => SECONDARY_MODULE_WORDS.has(word.toLowerCase()))
  );
}
var meta10 = {
  id: "source-identity",
  description: "The source tree (Gradle applicationId, Xcode bundle id, mini-program appid, HarmonyOS bundleName) must build the identity that was filed.",
  defaultSeverity: "error"
};
var report10 = reporter(meta10);
var SOURCE_PLATFORMS = ["android", "ios", "harmony", "wechat", "alipay"];
function quote(value, max = 120) {
  const shown = escapeControls(value.slice(0, max + 1));
  return shown.length > max ? `${shown.slice(0, max)}… (${value.length} characters)` : shown;
}
function filingReference(app) {
  return app.filing.number ? `filing ${app.filing.number}` : `the declaration (filing ${app.filing.status})`;
}
var sameLocation = (change, identity) => change.kind === "identity" && change.file === identity.location.file && change.key === identity.key && (change.after === identity.value || change.location?.line === identity.location.line);
var sourceIdentity = {
  meta: meta10,
  check(context) {
    const facts = context.sources;
    if (!facts) return [];
    const findings = [];
    const detected = facts.detected;
    const detectedAny = detected !== void 0 && (detected.identities.length > 0 || (detected.unresolved?.length ?? 0) > 0);
    const attribution = detected && detectedAny ? attributeModules(context, detected) : void 0;
    const lookAtApps = detectedAny || hasKeys(facts.declared);
    const uncompared = /* @__PURE__ */ new Map();
    for (const scope of context.judged) {
      const declared = lookAtApps ? declaredScanOf(facts, scope.app.id) : void 0;
      const scan = declared ?? (attribution && facts.detected ? ownedScan(facts.detected, attribution, scope) : void 0);
      if (scan) findings.push(...checkApp(context, scope, scan, declared !== void 0, facts.changes));
      for (const platform of SOURCE_PLATFORMS) {
        if (filedIdentity(scope.app, platform) === void 0 || scan && compared(scan, platform)) continue;
        const apps = uncompared.get(platform);
        if (apps) apps.push(scope.app.id);
        else uncompared.set(platform, [scope.app.id]);
      }
    }
    const notes = facts.detected?.notes ?? [];
    const said = new Set(notes.filter((n) => n.platform !== void 0).map((n) => n.platform));
    const walkStopped = notes.some((n) => n.platform === void 0 && n.kind === "too-large");
    for (const platform of uncompared.keys())
      if (said.has(platform) || walkStopped) uncompared.delete(platform);
    findings.push(...uncomparedFindings(uncompared));
    if (facts.detected) findings.push(...scanNoteFindings(context, facts.detected, attribution));
    findings.push(...changeFindings(context, facts.changes));
    if (facts.baseProblem && context.mode === "pull-request") {
      findings.push(report10("notice", `cannot compare with the pull request's base: ${facts.baseProblem}`));
    }
    return findings;
  }
};
function compared(scan, platform) {
  const isIt = (item) => item.platform === platform && item.release !== false;
  return scan.identities.some(isIt) || (scan.unresolved ?? []).some(isIt) || (scan.notes ?? []).some((n) => n.platform === platform);
}
var PROJECT_KIND = {
  android: "Android (Gradle)",
  ios: "iOS (Xcode)",
  harmony: "HarmonyOS",
  wechat: "WeChat mini program",
  alipay: "Alipay mini program"
};
function uncomparedFindings(uncompared) {
  if (uncompared.size === 0) return [];
  const what = [...uncompared].map(([platform, apps]) => `${PROJECT_KIND[platform]}: ${listSome(apps, ", ")}`);
  const generated = uncompared.has("ios") ? " (a generated Xcode project, from XcodeGen or Tuist, has none to read)" : "";
  return [
    report10(
      "notice",
      `no source project was found in the source tree for these filed ids, so they were not compared with sources: ${what.join("; ")}. If a project is in this repository, name its files under the app's sources:; otherwise the built artifacts are what is checked${generated}.`
    )
  ];
}
function hasKeys(object) {
  for (const key in object) if (Object.hasOwn(object, key)) return true;
  return false;
}
var moduleKey = (platform, module2, file) => `${platform}\0${module2 ?? file}`;
var segmentsOf = pathSegments;
var normalizeName = (s) => s.toLowerCase().replace(/[-_.\s]/g, "");
function attributeModules(context, scan) {
  const owners = /* @__PURE__ */ new Map();
  const sources = context.sources;
  const undeclared = context.apps.filter((s) => !sources || !declaredScanOf(sources, s.app.id));
  const declared = context.apps.filter((s) => sources && declaredScanOf(sources, s.app.id));
  const values = /* @__PURE__ */ new Map();
  for (const item of [...scan.identities, ...scan.unresolved ?? []]) {
    const key = moduleKey(item.platform, item.module, item.location.file);
    const entry = values.get(key) ?? {
      platform: item.platform,
      module: item.module ?? item.location.file,
      ids: /* @__PURE__ */ new Set()
    };
    if ("value" in item) entry.ids.add(item.value);
    values.set(key, entry);
  }
  for (const [key, { platform, module: module2, ids }] of values) {
    const byId = context.apps.find((s) => {
      const filed = filedIdentity(s.app, platform);
      return filed !== void 0 && ids.has(filed);
    });
    if (byId) {
      owners.set(key, byId.app.id);
      continue;
    }
    const moduleSegments = segmentsOf(module2);
    let nearest;
    for (const scope of declared) {
      for (const hint of Object.values(scope.app.sources ?? {})) {
        const hintPath = typeof hint === "string" ? hint : hint.path;
        const hintSegments = segmentsOf(hintPath);
        let depth = 0;
        while (depth < hintSegments.length && hintSegments[depth] === moduleSegments[depth]) depth++;
        if (depth > 0 && (!nearest || depth > nearest.depth)) nearest = { app: scope.app.id, depth };
      }
    }
    if (nearest) {
      owners.set(key, nearest.app);
      continue;
    }
    const byFolder = undeclared.filter(
      (s) => moduleSegments.some((segment) => normalizeName(segment) === normalizeName(s.app.id))
    );
    if (byFolder.length === 1) {
      owners.set(key, byFolder[0].app.id);
      continue;
    }
    const candidates = undeclared.filter((s) => filedIdentity(s.app, platform) !== void 0);
    if (candidates.length === 1) {
      owners.set(key, candidates[0].app.id);
      continue;
    }
    const judged = candidates.filter((s) => s.inScope);
    if (judged.length === 1) {
      owners.set(key, judged[0].app.id);
      continue;
    }
    const closest = closestApp(judged.length > 0 ? judged : candidates, platform, [...ids]);
    owners.set(key, closest);
  }
  return owners;
}
function closestApp(candidates, platform, ids) {
  let best;
  let tie = false;
  for (const scope of candidates) {
    const filed = filedIdentity(scope.app, platform);
    for (const id of ids) {
      const distance = editDistance(id.slice(0, 256), filed.slice(0, 256));
      if (distance > Math.max(2, Math.floor(filed.length / 5))) continue;
      if (!best || distance < best.distance) {
        best = { app: scope.app.id, distance };
        tie = false;
      } else if (distance === best.distance && best.app !== scope.app.id) tie = true;
    }
  }
  return best && !tie ? best.app : void 0;
}
function ownedScan(scan, owners, scope) {
  const owned = (item) => owners.get(moduleKey(item.platform, item.module, item.location.file)) === scope.app.id;
  return {
    ...scan,
    identities: scan.identities.filter(owned),
    unresolved: (scan.unresolved ?? []).filter(owned),
    notes: []
  };
}
function noteText(note) {
  return note.message.includes(note.file) ? note.message : `${note.file}: ${note.message}`;
}
function scanNoteFindings(context, scan, owners) {
  const findings = [];
  for (const note of scan.notes ?? []) {
    if (note.kind === "no-identity") {
      const platform = note.platform;
      if (platform && context.judged.some((s) => filedIdentity(s.app, platform) !== void 0))
        findings.push(
          report10(
            "notice",
            `${noteText(note)}; the filed ${PROJECT_KIND[platform]} id was not compared with the sources.`
          )
        );
      continue;
    }
    const limit = note.kind === "too-large" || note.kind === "unreadable";
    if (!limit && !["parse-error", "invalid-path", "symlink"].includes(note.kind)) continue;
    const severity = note.kind === "symlink" ? "notice" : limit && context.mode === "release" ? "error" : "warning";
    findings.push(report10(severity, noteText(note)));
  }
  if (owners && context.apps.length > 1) {
    const owned = /* @__PURE__ */ new Set();
    for (const item of [...scan.identities, ...scan.unresolved ?? []]) {
      const owner = owners.get(moduleKey(item.platform, item.module, item.location.file));
      if (owner !== void 0) owned.add(`${owner}\0${item.platform}`);
    }
    const orphaned = (platform) => context.apps.some(
      (s) => s.inScope && filedIdentity(s.app, platform) !== void 0 && !owned.has(`${s.app.id}\0${platform}`)
    );
    const reported = /* @__PURE__ */ new Set();
    for (const identity of scan.identities.filter((i) => i.release)) {
      const key = moduleKey(identity.platform, identity.module, identity.location.file);
      if (owners.get(key) !== void 0 || reported.has(key)) continue;
      reported.add(key);
      const severity = !orphaned(identity.platform) ? "notice" : context.mode === "release" ? "error" : "warning";
      findings.push(
        report10(
          severity,
          `${identity.location.file}: ${identity.key} builds ${quote(identity.value)}, which no app in the declaration files for ${identity.platform}; it was not judged against any app. If it ships, name it under that app's sources:.`,
          { location: identity.location }
        )
      );
    }
  }
  return findings;
}
function describeSetting(item) {
  if (item.target) return `${item.key} of target ${item.target}${item.variant ? ` (${item.variant})` : ""}`;
  return `${item.key}${item.variant ? ` (${item.variant})` : ""}`;
}
function checkApp(context, scope, scan, declaredSources, changes) {
  const { app } = scope;
  const findings = [];
  const at = { app: app.id };
  for (const platform of SOURCE_PLATFORMS) {
    const filed = filedIdentity(app, platform);
    if (!filed) continue;
    const release = scan.identities.filter((i) => i.platform === platform && i.release);
    const unresolved = (scan.unresolved ?? []).filter((u) => u.platform === platform && u.release);
    if (release.length === 0 && unresolved.length === 0) continue;
    const keyPath = identityKeyPath(scope.index, platform);
    const tourist = (i) => i.platform === "wechat" && i.value === WECHAT_TOURIST_APPID;
    const blank = release.filter(isUnsetIdentity);
    const candidates = release.filter((i) => !isUnsetIdentity(i));
    for (const identity of blank) {
      const what = tourist(identity) ? `"${WECHAT_TOURIST_APPID}", WeChat DevTools' placeholder for a project without an AppID: it is not set` : "not set (empty)";
      findings.push(
        report10(
          context.mode === "release" ? "error" : "notice",
          `${identity.location.file}: ${describeSetting(identity)} is ${what}; ${filingReference(app)} records ${filed} (${keyPath}). Set it to the filed id before a release.`,
          { ...at, location: identity.location }
        )
      );
    }
    const moduleOf = (i) => i.module ?? i.location.file;
    const matchingModules = new Set(candidates.filter((i) => i.value === filed).map(moduleOf));
    const mismatches = candidates.filter((i) => i.value !== filed && !matchingModules.has(moduleOf(i)));
    const primaryExists = matchingModules.size > 0 || unresolved.some((u) => !isSecondaryModule(moduleOf(u))) || mismatches.some((i) => !isSecondaryModule(i.module));
    for (const identity of candidates.filter((i) => i.value !== filed)) {
      const module2 = moduleOf(identity);
      const shipped = !matchingModules.has(module2) && (declaredSources || matchingModules.size === 0) && (declaredSources || !isSecondaryModule(identity.module) || !primaryExists);
      if (!shipped) {
        findings.push(
          report10(
            "notice",
            `${identity.location.file}: ${describeSetting(identity)} builds ${quote(identity.value)}, which is not filed; that is fine only if ${matchingModules.has(module2) ? "this variant" : "this module"} is never shipped to mainland China.`,
            { ...at, location: identity.location }
          )
        );
        continue;
      }
      const change = changes.find((c) => sameLocation(c, identity));
      const where = describeSetting(identity);
      const suffix = extraSuffix(identity, filed);
      const location = suffix?.location ?? identity.location;
      const message = change?.before ? `this PR changes ${where} from ${quote(change.before)} to ${quote(identity.value)}; ${filingReference(app)} records ${filed}: file an amendment (变更备案) before merging, then update ${keyPath}.` : `${location.file}: ${where} is ${quote(identity.value)}${composition(identity)}, but ${filingReference(app)} records ${filed} (${keyPath}). ${suffix ? `Build the shipped variant without the ${suffix.key} ${quote(suffix.value)}${suffix === identity.parts.at(-1) ? "" : " and the suffixes after it"}, or file an amendment (变更备案) and update the declaration.` : "Build with the filed id, or file an amendment (变更备案) and update the declaration."}`;
      findings.push(report10("error", message, { ...at, location }));
    }
    for (const item of unresolved) {
      if (item.base && wrongBase(item, filed) && !matchingModules.has(moduleOf(item))) {
        findings.push(
          report10(
            "error",
            `${item.base.location.file}: ${describeSetting(item)}: the base ${item.base.key} is ${quote(item.base.value)} and only the suffix (${quote(item.expression)}) is computed when Gradle runs, so the id starts with ${quote(item.base.value)}; ${filingReference(app)} records ${filed} (${keyPath}). Build with the filed id, or file an amendment (变更备案).`,
            { ...at, location: item.base.location }
          )
        );
        continue;
      }
      findings.push(
        report10(
          "notice",
          `${item.location.file}: ${describeSetting(item)} is ${quote(item.expression)}, which cannot be read without running the build (${quote(item.reason, 300)}); check it builds ${filed}, or check the built artifact with the artifacts input.`,
          { ...at, location: item.location }
        )
      );
    }
  }
  if (declaredSources) {
    for (const note of scan.notes ?? []) {
      const declaredPath = note.kind === "invalid-path" || note.kind === "missing";
      const limit = note.kind === "too-large" || note.kind === "unreadable" || note.kind === "unknown-variant";
      findings.push(
        report10(declaredPath || limit && context.mode === "release" ? "error" : "warning", noteText(note), {
          ...at,
          location: appLocation(context, scope, ["sources"], "key")
        })
      );
    }
  }
  return findings;
}
function composition(identity) {
  if (!identity.parts || identity.parts.length < 2) return "";
  const written = identity.parts.map(
    (p) => `${p.key} ${quote(p.value)} at ${p.location.file}:${p.location.line}`
  );
  return ` (${written.join(" + ")})`;
}
function extraSuffix(identity, filed) {
  const [base, ...suffixes] = identity.parts ?? [];
  if (!base) return void 0;
  return suffixes.find(
    (_, k) => composeApplicationId(
      base.value,
      suffixes.slice(0, k).map((p) => p.value)
    ) === filed
  );
}
function wrongBase(item, filed) {
  if (!item.base) return false;
  const base = item.base.value;
  return filed !== base && !filed.startsWith(`${base}.`);
}
function changeFindings(context, changes) {
  const findings = [];
  for (const change of changes) {
    const location = change.location ? { location: change.location } : {};
    const app = change.app ? { app: change.app } : {};
    if (change.kind === "signing") {
      findings.push(
        report10(
          "notice",
          `this PR changes the release signing configuration (${change.key}${change.variant ? ` of ${change.variant}` : ""}: ${change.before ?? "unset"} → ${change.after ?? "removed"}). The filing records the signing certificate: check the new key's certificate matches (china-filing inspect on a release build), or file an amendment.`,
          { ...app, ...location }
        )
      );
    } else if (change.kind === "declaration") {
      findings.push(
        report10(
          "warning",
          `this PR changes ${change.key} from ${change.before ?? "unset"} to ${change.after ?? "unset"}. The filing records this value: make sure the amendment (变更备案) is approved before a release ships it.`,
          { ...app, ...location }
        )
      );
    } else if (context.mode === "pull-request") {
      const owner = context.judged.find(
        (s) => SOURCE_PLATFORMS.some((p) => filedIdentity(s.app, p) === change.after)
      );
      if (owner) {
        findings.push(
          report10(
            "notice",
            `this PR changes ${change.key} in ${change.file} from ${change.before ?? "unset"} to ${change.after}, which is the filed identity of ${owner.app.id}.`,
            {
              app: owner.app.id,
              ...location
            }
          )
        );
      }
    }
  }
  return findings;
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
var meta11 = {
  id: "channel-packages",
  description: "The channel APKs (渠道包) of a release must all carry the same package, versionCode, versionName and signer, and each channel should map to a store in release.channels.",
  defaultSeverity: "error"
};
var report11 = reporter(meta11);
var effectiveSigner = (a) => a.signers[a.effectiveSigner];
var SCHEME_ORDER = ["v1", "v2", "v3", "v3.1"];
var schemesOf = (a) => [...new Set(a.signers.flatMap((s) => s.schemes))].sort(
  (x, y) => SCHEME_ORDER.indexOf(x) - SCHEME_ORDER.indexOf(y)
);
var ATTRIBUTES = [
  {
    label: "signer",
    // No effective signer with signers: v1/v2 signers together (apk/index.ts), compared as a set.
    value: (a) => effectiveSigner(a)?.sha256 ?? (a.signers.length ? a.signers.map((s) => s.sha256).sort().join(" + ") : "unsigned"),
    describe: (a) => {
      const s = effectiveSigner(a);
      if (s) return `signed by ${s.subject} (SHA-256 ${s.sha256})`;
      return a.signers.length ? `signed by ${a.signers.length} signers together (${listSome(a.signers.map((t) => `SHA-256 ${t.sha256}`))})` : "not signed";
    },
    severity: () => "error",
    fix: "A step after the build (hardening 加固, re-signing, a channel tool run on another build) used another key: re-sign it with the filed key, as the others are."
  },
  {
    // Some hardening tools re-sign with the JAR scheme only, which also drops the APK Signing Block and
    // with it a Walle or VasDolly channel written before hardening.
    label: "signature schemes",
    value: (a) => schemesOf(a).join("+"),
    describe: (a) => `signed with ${schemesOf(a).join("+") || "no scheme"}`,
    severity: () => "warning",
    fix: "A step after the build (hardening 加固, re-signing) signed it with other signature schemes: re-sign it as the others are, then write its channel again.",
    // An unsigned APK is reported as a different signer already.
    applies: (a) => a.signers.length > 0
  },
  {
    label: "package",
    value: (a) => a.id,
    describe: (a) => `package ${a.id}`,
    severity: () => "error",
    fix: "It comes from another build or flavour: write its channel into the release build."
  },
  {
    label: "versionCode",
    value: (a) => a.build ?? "—",
    describe: (a) => `versionCode ${a.build ?? "(none)"}`,
    severity: (context) => context.mode === "release" ? "error" : "warning",
    fix: "It is a stale build: write its channel into this release build."
  },
  {
    label: "versionName",
    value: (a) => a.version ?? "—",
    describe: (a) => `versionName ${a.version ?? "(unresolved)"}`,
    severity: (context) => context.mode === "release" ? "error" : "warning",
    fix: "It is a stale build: write its channel into this release build."
  }
];
var channelPackages = {
  meta: meta11,
  check(context) {
    const channelApks = (context.artifacts?.results ?? []).map((r) => r.identity).filter((a) => a?.type === "apk" && a.channel !== void 0);
    if (channelApks.length === 0) return [];
    const owner = (apk) => artifactOwner(context.apps, apk);
    const findings = [];
    for (const apk of channelApks) findings.push(...channelMarkFindings(apk, owner(apk)));
    findings.push(...mappingFindings(context, channelApks, owner));
    for (const set of channelSets(channelApks, owner)) findings.push(...setFindings(context, set));
    return findings;
  }
};
var byChannel = (a, b) => compareText(a.channel ?? "", b.channel ?? "") || compareText(a.file, b.file);
function label(a) {
  return `${a.file} (channel ${a.channel})`;
}
function channelMarkFindings(apk, owner) {
  const marks = apk.channelMarks ?? [];
  const names = [...new Set(marks.map((m) => m.name))];
  if (names.length < 2) return [];
  return [
    {
      ...report11(
        "warning",
        `${apk.file} carries ${names.length} different channels (${listSome(marks.map((m) => `${quoteExcerpt(m.name)} in ${m.where}`))}): which one the app reports depends on the channel SDK it bundles, so the store it is for is unclear. Write one channel per APK.`,
        owner ? { app: owner.app.id } : {}
      ),
      artifact: apk.file
    }
  ];
}
function mappingFindings(context, apks, appOf) {
  const unmapped = /* @__PURE__ */ new Map();
  for (const apk of apks) {
    const owner = appOf(apk);
    if (!owner?.inScope) continue;
    if (channelStore(owner.app, apk.channel) !== void 0) continue;
    unmapped.set(owner, [...unmapped.get(owner) ?? [], apk]);
  }
  return [...unmapped].map(([owner, unsorted]) => {
    const list = [...unsorted].sort(byChannel);
    const channels = [...new Set(list.map((a) => a.channel))];
    const declared = owner.app.release?.channels !== void 0;
    return report11(
      "notice",
      `${list.map(label).join(", ")}: ${channels.length === 1 ? `channel ${quoteExcerpt(channels[0])} maps` : `channels ${channels.map((c) => quoteExcerpt(c)).join(", ")} map`} to no store${declared ? " in release.channels" : " (release.channels is not declared)"}, so ${list.length === 1 ? "it is" : "they are"} judged for all of ${owner.app.id}'s stores (${owner.stores.join(", ")}). Map each channel to the store its APK is uploaded to, e.g. release.channels: { ${escapeControls(channels[0])}: ${owner.stores[0] ?? "xiaomi"} }.`,
      {
        app: owner.app.id,
        location: appLocation(context, owner, declared ? ["release", "channels"] : ["stores"])
      }
    );
  });
}
function channelSets(apks, appOf) {
  const byOwner = /* @__PURE__ */ new Map();
  for (const apk of apks) {
    const owner = appOf(apk);
    byOwner.set(owner, [...byOwner.get(owner) ?? [], apk]);
  }
  const orphans = byOwner.get(void 0) ?? [];
  byOwner.delete(void 0);
  const sets = [...byOwner].map(([owner, list]) => ({ owner, apks: list }));
  const largest = sets.reduce(
    (best, s) => !best || s.apks.length > best.apks.length ? s : best,
    void 0
  );
  if (largest) largest.apks.push(...orphans);
  else sets.push({ owner: void 0, apks: orphans });
  return sets.filter((s) => s.apks.length >= 2 && (s.owner === void 0 || s.owner.inScope));
}
function setFindings(context, set) {
  const findings = [];
  const where = set.owner ? { app: set.owner.app.id } : {};
  for (const attribute of ATTRIBUTES) {
    const groups = /* @__PURE__ */ new Map();
    for (const apk of set.apks.filter(attribute.applies ?? (() => true))) {
      const value = attribute.value(apk);
      groups.set(value, [...groups.get(value) ?? [], apk]);
    }
    if (groups.size < 2) continue;
    const ordered = [...groups.values()].sort(
      (a, b) => b.length - a.length || compareText(a[0].file, b[0].file)
    );
    const common = [...ordered[0]].sort(byChannel);
    for (const odd of ordered.slice(1).flat()) {
      findings.push({
        ...report11(
          attribute.severity(context),
          `${label(odd)} is ${attribute.describe(odd)}, but ${common.length === 1 ? `${label(common[0])} is` : `the other ${common.length} channel APKs (${common.map((a) => a.channel).join(", ")}) are`} ${attribute.describe(common[0])}. Every channel APK of a release must carry the same ${attribute.label}. ${attribute.fix}`,
          where
        ),
        artifact: odd.file
      });
    }
  }
  return findings;
}
var meta12 = {
  id: "certificate-expiry",
  description: "An iOS build signed by an expired distribution certificate cannot be uploaded; an iOS or HarmonyOS certificate about to expire will change the filed identity when it is renewed.",
  defaultSeverity: "error"
};
var report12 = reporter(meta12);
var DEFAULT_CERTIFICATE_EXPIRY_DAYS = 30;
var certificateExpiry = {
  meta: meta12,
  check(context) {
    const findings = [];
    for (const result of context.artifacts?.results ?? []) {
      const artifact = result.identity;
      if (!artifact) continue;
      const owner = artifactOwner(context.judged, artifact);
      if (!owner) continue;
      for (const signer of signersToJudge(artifact)) {
        const finding = judge(context, artifact, signer);
        if (finding) {
          findings.push({
            ...finding,
            app: owner.app.id,
            location: appLocation(context, owner, ["platforms", artifact.platform, "certificate"])
          });
        }
      }
    }
    return findings;
  }
};
function signersToJudge(artifact) {
  const effective = artifact.signers[artifact.effectiveSigner];
  return effective ? [effective] : artifact.signers;
}
function chinaDate(iso) {
  return chinaDateOf(Date.parse(iso));
}
function judge(context, artifact, signer) {
  const who = `${artifact.file} is signed by ${signer.subject} (SHA-1 ${signer.sha1})`;
  if (signer.notAfter === void 0) return unknownValidity(context, artifact, who);
  const last = chinaDate(signer.notAfter);
  const left = daysBetween(context.today, last);
  const window = context.certificateExpiryDays ?? DEFAULT_CERTIFICATE_EXPIRY_DAYS;
  if (artifact.platform === "android") {
    if (left >= 0) return void 0;
    return report12(
      "notice",
      `${who}, whose certificate expired on ${last}. Android does not check signing-certificate validity (apksigner and devices ignore it), so the APK still installs and updates; keep signing with this key, because a new key would change the filed identity.`
    );
  }
  const platform = artifact.platform === "ios" ? "iOS distribution" : "HarmonyOS release";
  if (left < 0) {
    if (artifact.platform === "ios") {
      return report12(
        context.mode === "release" ? "error" : "warning",
        `${who}, an ${platform} certificate that expired on ${last}: App Store Connect does not accept a build signed by an expired certificate. Re-sign with a valid distribution certificate; a new certificate has new fingerprints, so file a change (变更备案) and update the declared certificate.`
      );
    }
    return report12(
      "warning",
      `${who}, a ${platform} certificate that expired on ${last}. Re-sign with a valid certificate; a new certificate has new fingerprints, so file a change (变更备案) and update the declared certificate.`
    );
  }
  if (left <= window) {
    return report12(
      "warning",
      `${who}, ${artifact.platform === "ios" ? "an" : "a"} ${platform} certificate that expires on ${last} (${left === 0 ? "today" : `in ${left} day${left === 1 ? "" : "s"}`}, within certificate-expiry-days ${window}). Renewing it changes the certificate the filing records: plan the filing amendment (变更备案), applied for 30 days in advance, before you renew.`
    );
  }
  return void 0;
}
function unknownValidity(context, artifact, who) {
  if (artifact.platform === "android") return void 0;
  const severity = artifact.platform === "ios" && context.mode === "release" ? "error" : "warning";
  return report12(
    severity,
    `${who}, whose certificate's validity period cannot be read, so whether it has expired is unknown. Read its dates with OpenSSL (for an IPA: \`codesign -d --extract-certificates Payload/<App>.app\`, then \`openssl x509 -inform DER -noout -dates -in codesign0\`). If OpenSSL reads them and they are current, waive certificate-expiry for this app with that reason and report the certificate to china-filing-gate; if it cannot, re-sign with a well-formed certificate.`
  );
}
var meta13 = {
  id: "waiver",
  description: "A waiver needs a known rule, a known app, a reason and an expiry that has not passed.",
  defaultSeverity: "error"
};
var report13 = reporter(meta13);
var UNWAIVABLE_RULES = ["declaration-syntax", "declaration-schema", "waiver"];
var REMINDER_DAYS = 14;
function createWaiverRule(knownRules) {
  return {
    meta: meta13,
    check(context) {
      const findings = [];
      const appIds = context.declaration.data.apps.map((a) => a.id);
      const waivable = knownRules().filter((id) => !UNWAIVABLE_RULES.includes(id));
      (context.declaration.data.waivers ?? []).forEach((waiver, i) => {
        const at = (key) => ({
          ...waiver.app && appIds.includes(waiver.app) ? { app: waiver.app } : {},
          location: context.declaration.locate(["waivers", i, key])
        });
        const name = `waivers[${i}] (${waiver.rule}${waiver.app ? ` for ${waiver.app}` : ""})`;
        if (UNWAIVABLE_RULES.includes(waiver.rule)) {
          findings.push(
            report13(
              "error",
              `${name}: ${waiver.rule} cannot be waived; fix the declaration instead.`,
              at("rule")
            )
          );
        } else if (!waivable.includes(waiver.rule)) {
          const near = closestMatch(waiver.rule, waivable);
          findings.push(
            report13(
              "error",
              `${name}: unknown rule ${quoteExcerpt(waiver.rule)}.${near ? ` Did you mean "${near}"?` : ` Rules: ${waivable.join(", ")}.`}`,
              at("rule")
            )
          );
        }
        if (waiver.app !== void 0 && !appIds.includes(waiver.app)) {
          const near = closestMatch(waiver.app, appIds);
          findings.push(
            report13(
              "error",
              `${name}: unknown app ${quoteExcerpt(waiver.app)}.${near ? ` Did you mean "${near}"?` : ` Apps: ${appIds.join(", ")}.`}`,
              at("app")
            )
          );
        }
        if (!waiver.reason?.trim()) {
          findings.push(
            report13(
              "error",
              `${name}: a waiver needs a reason (who accepted the risk and why, e.g. a ticket), so it is never silent. Add reason: …`,
              at(waiver.reason === void 0 ? "rule" : "reason")
            )
          );
        }
        if (waiver.expires === void 0) {
          findings.push(
            report13("error", `${name}: a waiver needs an expiry date. Add expires: YYYY-MM-DD.`, at("rule"))
          );
        } else {
          const left = daysBetween(context.today, waiver.expires);
          if (left < 0) {
            findings.push(
              report13(
                "error",
                `${name}: expired on ${waiver.expires}, so it no longer applies. Fix the finding, or renew the waiver with a new date and reason.`,
                at("expires")
              )
            );
          } else if (left <= REMINDER_DAYS) {
            findings.push(
              report13("notice", `${name}: expires in ${left} days (${waiver.expires}).`, at("expires"))
            );
          }
        }
      });
      return findings;
    }
  };
}
var RULES = [
  declarationSyntax,
  declarationSchema2,
  filingRequired,
  filingApproved,
  filingNumberFormat,
  filingHolder,
  filingChannel,
  hostingMainland,
  releaseVersion,
  artifactIdentity,
  channelPackages,
  certificateExpiry,
  sourceIdentity,
  createWaiverRule(() => RULES.map((r) => r.meta.id))
];
function findRule(id) {
  return RULES.find((r) => r.meta.id === id);
}
var UsageError = class extends Error {
  constructor(message, setting) {
    super(setting ? message.replace(/\{input\}/g, `input ${setting}`) : message);
    this.setting = setting;
    this.name = "UsageError";
    this.template = message;
  }
  setting;
  template;
  /** The message as the CLI (`flag`) or the action (`input`) should say it. */
  describe(style) {
    if (!this.setting) return this.message;
    return this.template.replace(
      /\{input\}/g,
      style === "flag" ? `--${this.setting}` : `input ${this.setting}`
    );
  }
};
var TOOL_VERSION = true ? "1.0.0" : packageJsonVersion();
var COMMANDS = [
  {
    name: "check",
    summary: "Judge china-filing.yml (and built artifacts) against the filing rules",
    flags: [
      {
        name: "config",
        short: "c",
        value: "FILE",
        description: "the declaration (default china-filing.yml)"
      },
      {
        name: "mode",
        value: "release|pull-request|audit",
        description: "what the run is (default: release with --tag or --version, else audit)"
      },
      { name: "apps", value: "a,b", description: "judge only these declared apps", repeatable: true },
      { name: "stores", value: "s,t", description: "the stores this run uploads to", repeatable: true },
      { name: "tag", value: "TAG", description: "the release tag (implies --mode release)" },
      {
        name: "version",
        value: "SEMVER",
        description: "the release version (default: from --tag; implies --mode release)"
      },
      {
        name: "artifact",
        value: "GLOB",
        description: "built APK/AAB/IPA/HAP files to verify",
        repeatable: true
      },
      {
        name: "fail-on",
        value: "error|warning|never",
        description: "what blocks (never: report only, exit 0)"
      },
      { name: "today", value: "YYYY-MM-DD", description: "the date to judge on (default: today in China)" },
      {
        name: "certificate-expiry-days",
        value: "N",
        description: "warn when an iOS/HarmonyOS signing certificate expires within N days (default 30)"
      },
      {
        name: "format",
        short: "f",
        value: "text|json|sarif|github|junit|codequality",
        description: "the report format (default text)"
      },
      {
        name: "output",
        short: "o",
        value: "FILE",
        description: "write the report to FILE instead of stdout"
      },
      { name: "help", short: "h", description: "show this help" }
    ],
    examples: [
      "china-filing check",
      'china-filing check --tag v1.4.0 --artifact "build/*.apk"',
      "china-filing check --format sarif -o china-filing.sarif"
    ]
  },
  {
    name: "inspect",
    summary: "Print what the filing form asks for from built APK/AAB/IPA/HAP files",
    args: "FILE...",
    flags: [
      {
        name: "format",
        short: "f",
        value: "text|json|yaml",
        description: "the output format (default text)"
      },
      { name: "help", short: "h", description: "show this help" }
    ],
    examples: ["china-filing inspect app-release.apk", "china-filing inspect --format yaml App.ipa"]
  },
  {
    name: "init",
    summary: "Detect identities in the source tree and write a starter china-filing.yml",
    flags: [
      { name: "config", short: "c", value: "FILE", description: "where to write (default china-filing.yml)" },
      { name: "force", description: "overwrite an existing file" },
      { name: "help", short: "h", description: "show this help" }
    ],
    examples: ["china-filing init", "china-filing init --config mobile/china-filing.yml"]
  },
  {
    name: "schema",
    summary: "Print the JSON Schema of china-filing.yml (for editors)",
    flags: [{ name: "help", short: "h", description: "show this help" }],
    examples: ["china-filing schema > china-filing.schema.json"]
  },
  {
    name: "explain",
    summary: "Print a rule's documentation",
    args: "RULE",
    flags: [{ name: "help", short: "h", description: "show this help" }],
    examples: ["china-filing explain artifact-identity"]
  },
  {
    name: "help",
    summary: "Show the help of a command",
    args: "[COMMAND]",
    flags: [],
    examples: ["china-filing help check"]
  }
];
function findCommand(name) {
  return COMMANDS.find((c) => c.name === name);
}
function flagLabel(flag) {
  const long = `--${flag.name}${flag.value ? ` ${flag.value}` : ""}`;
  return flag.short ? `-${flag.short}, ${long}` : `    ${long}`;
}
function commandUsage(command) {
  const lines = [
    `Usage: china-filing ${command.name}${command.args ? ` ${command.args}` : ""}${command.flags.length ? " [options]" : ""}`,
    "",
    command.summary
  ];
  if (command.flags.length) {
    lines.push("", "Options:");
    const labels = command.flags.map(flagLabel);
    const width = Math.max(...labels.map((l) => l.length));
    command.flags.forEach(
      (flag, i) => lines.push(
        `  ${labels[i].padEnd(width)}  ${flag.description}${flag.repeatable ? " (repeatable)" : ""}`
      )
    );
  }
  lines.push("", "Examples:", ...command.examples.map((e) => `  ${e}`));
  lines.push("", "Exit codes: 0 pass, 1 blocked, 2 usage error.");
  return `${lines.join("\n")}
`;
}
function generalUsage() {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `Usage: china-filing <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n")}

Options:
  -h, --help     show help (also: china-filing COMMAND --help, china-filing help COMMAND)
  -V, --version  print the version of china-filing-gate

Exit codes: 0 pass, 1 blocked, 2 usage error.
`;
}
var REASONS = {
  ENOENT: "no such file or folder",
  ENOTDIR: "a part of the path is a file, not a folder",
  EISDIR: "it is a folder, not a file",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EROFS: "the file system is read-only",
  ENOSPC: "no space left on the device",
  EEXIST: "it already exists",
  ELOOP: "too many symbolic links",
  ENAMETOOLONG: "the name is too long"
};
var FIXES = {
  ENOENT: "create the folder first, or choose a path in an existing folder",
  ENOTDIR: "choose a path whose folders are folders",
  EISDIR: "give a file name inside the folder",
  EACCES: "check the permissions, or choose another path",
  EPERM: "check the permissions, or choose another path",
  EROFS: "choose a writable path",
  ENOSPC: "free some space, or choose another path",
  EEXIST: "remove it, or choose another path",
  ELOOP: "point at the real file",
  ENAMETOOLONG: "choose a shorter path"
};
function fileSystemProblem(error2) {
  const e = error2;
  if (!e || typeof e !== "object" || typeof e.code !== "string" || !(e.code in REASONS)) return void 0;
  const target = e.path ? `${e.path}: ` : "";
  return `${target}${REASONS[e.code]} (${e.code}${e.syscall ? ` on ${e.syscall}` : ""}); ${FIXES[e.code]}.`;
}
var PROJECT_URL = "https://github.com/china-filing-gate/china-filing-gate";
var REPORT_WITH = {
  "china-filing": "the command you ran",
  "china-filing-gate": "the step's log"
};
var ISSUES = `${PROJECT_URL}/issues`;
function internalErrorMessage(program, error2) {
  const head = "internal error: ";
  const tail = `. The gate could not decide, so it blocks. Please report this at ${ISSUES} with ${REPORT_WITH[program]}.`;
  return `${head}${errorLine(error2, MAX_MESSAGE - head.length - tail.length)}${tail}`;
}
function errorLine(error2, max = 300) {
  return truncate(escapeControlsButLineBreaks(describeError(error2).split(LINE_BREAKS, 1)[0]), max);
}
function describeError(error2) {
  try {
    const { message, name } = error2 ?? {};
    if (typeof message === "string" && message !== "") return message;
    if (error2 instanceof Error) return typeof name === "string" && name !== "" ? name : "Error";
    return String(error2);
  } catch {
    return "a thrown value that cannot be printed";
  }
}
var EXIT = { pass: 0, blocked: 1, usage: 2 };
function describeParseError(message, known) {
  const unknown = /^Unknown option '([^']+)'/.exec(message);
  if (unknown) {
    const flag = unknown[1];
    const near = flag.startsWith("--") ? closestMatch(flag.slice(2), known) : void 0;
    return `unknown option ${flag}${near ? `; did you mean --${near}?` : ""}`;
  }
  const missing = /^Option '(?:-\w, )?(--[\w-]+) <value>' argument missing/.exec(message);
  if (missing) return `${missing[1]} needs a value`;
  const noValue = /^Option '(?:-\w, )?(--[\w-]+)' does not take an argument/.exec(message);
  if (noValue) return `${noValue[1]} takes no value`;
  return message.split(". ")[0];
}
function parse2(args, commandName) {
  const command = findCommand(commandName);
  if (!command) throw new Error(`no command ${commandName} in commands.ts`);
  const options = {};
  for (const flag of command.flags) {
    if (flag.name === "help") continue;
    options[flag.name] = {
      type: flag.value !== void 0 ? "string" : "boolean",
      ...flag.short !== void 0 ? { short: flag.short } : {},
      ...flag.repeatable ? { multiple: true } : {}
    };
  }
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values, positionals };
  } catch (error2) {
    throw new UsageError(describeParseError(error2.message, Object.keys(options)));
  }
}
function asksForHelp(args) {
  const end = args.indexOf("--");
  return (end === -1 ? args : args.slice(0, end)).some((a) => a === "-h" || a === "--help");
}
async function runCli(argv, io, runners) {
  const [command, ...rest] = argv;
  try {
    const known = command !== void 0 ? findCommand(command) : void 0;
    if (known && known.name !== "help" && asksForHelp(rest)) {
      io.stdout.write(commandUsage(known));
      return EXIT.pass;
    }
    switch (command) {
      case "check":
      case "inspect":
      case "init":
      case "schema":
      case "explain": {
        const runner = runners[command];
        if (!runner)
          throw new Error(`this program cannot run ${command} (src/cli/routes.ts routes it elsewhere)`);
        return await runner(rest, io);
      }
      case "help":
        return helpCommand(rest, io);
      case "-h":
      case "--help":
        io.stdout.write(generalUsage());
        return EXIT.pass;
      case "--version":
      case "-V":
      case "-v":
        io.stdout.write(`${TOOL_VERSION}
`);
        return EXIT.pass;
      case void 0:
        io.stderr.write(generalUsage());
        return EXIT.usage;
      default: {
        const near = closestMatch(
          command,
          COMMANDS.map((c) => c.name)
        );
        throw new UsageError(
          `unknown command "${command}"${near ? `; did you mean "${near}"?` : ""} Commands: ${COMMANDS.map((c) => c.name).join(", ")}`
        );
      }
    }
  } catch (error2) {
    const known = command !== void 0 ? findCommand(command) : void 0;
    if (error2 instanceof UsageError) {
      const help = known ? `Run: china-filing ${known.name} --help` : "Run: china-filing --help";
      io.stderr.write(`china-filing: ${error2.describe("flag")}
${help}
`);
      return EXIT.usage;
    }
    const fsProblem = fileSystemProblem(error2);
    if (fsProblem) {
      io.stderr.write(`china-filing: ${fsProblem}
`);
      return EXIT.usage;
    }
    io.stderr.write(`china-filing: ${internalErrorMessage("china-filing", error2)}
`);
    return EXIT.blocked;
  }
}
function helpCommand(args, io) {
  const { positionals } = parse2(args, "help");
  if (positionals.length > 1) throw new UsageError("help takes one command: help check");
  const name = positionals[0];
  if (name === void 0) {
    io.stdout.write(generalUsage());
    return EXIT.pass;
  }
  const command = findCommand(name);
  if (!command) {
    const near = closestMatch(
      name,
      COMMANDS.map((c) => c.name)
    );
    throw new UsageError(`unknown command "${name}"${near ? `; did you mean "${near}"?` : ""}`);
  }
  io.stdout.write(commandUsage(command));
  return EXIT.pass;
}
function schemaCommand(args, io) {
  const { positionals } = parse2(args, "schema");
  if (positionals.length)
    throw new UsageError(
      `schema takes no arguments (got "${positionals[0]}"); it prints the schema of china-filing.yml`
    );
  io.stdout.write(renderJsonSchema());
  return EXIT.pass;
}
function rulesDocsDir() {
  let dir = node_path_default.dirname(fileURLToPath(__cfgImportMeta.url));
  for (let i = 0; i < 4; i++) {
    const candidate = node_path_default.join(dir, "docs", "rules");
    if (existsSync(candidate)) return candidate;
    dir = node_path_default.dirname(dir);
  }
  return void 0;
}
async function explainCommand(args, io) {
  const { positionals } = parse2(args, "explain");
  const id = positionals[0];
  const ids = RULES.map((r) => r.meta.id);
  if (!id) throw new UsageError(`explain needs a rule id: ${ids.join(", ")}`);
  const rule = findRule(id);
  if (!rule) {
    const near = closestMatch(id, ids);
    throw new UsageError(
      `unknown rule "${id}"${near ? `; did you mean "${near}"?` : ""} Rules: ${ids.join(", ")}`
    );
  }
  const dir = rulesDocsDir();
  const page = dir ? await readFile(node_path_default.join(dir, `${id}.md`), "utf8").catch(() => void 0) : void 0;
  io.stdout.write(
    page ?? `# ${id}

${rule.meta.description}

Default severity: ${rule.meta.defaultSeverity}
`
  );
  return EXIT.pass;
}
function main(argv, io) {
  return runCli(argv, io, { schema: schemaCommand, explain: explainCommand });
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  __cfg2_require_range,
  __cfg2_require_semver,
  __cfg4___commonJS,
  __cfg4___require,
  __cfg4___toESM,
  main
});
//# sourceMappingURL=cli-docs.js.map
