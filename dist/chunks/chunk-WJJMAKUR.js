import { createRequire as __cfgCreateRequire } from 'node:module'; let __cfgRequire; const require = (id) => (__cfgRequire ??= __cfgCreateRequire(import.meta.url))(id);
import {
  require_fs,
  require_os
} from "./chunk-I4LSGFAM.js";
import {
  ruleDocsUrl
} from "./chunk-RGA5JYTI.js";
import {
  findRule
} from "./chunk-RER54NU2.js";
import {
  findingPlace,
  formatPlace
} from "./chunk-U5YUOXJF.js";
import {
  escapeControls
} from "./chunk-YA34C2UJ.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-ERADHNRU.js";

// cfg-builtin-cjs:crypto
var require_crypto = __commonJS({
  "cfg-builtin-cjs:crypto"(exports, module) {
    module.exports = __require("crypto");
  }
});

// cfg-builtin-cjs:path
var require_path = __commonJS({
  "cfg-builtin-cjs:path"(exports, module) {
    module.exports = __require("path");
  }
});

// node_modules/@actions/core/lib/command.js
var os = __toESM(require_os(), 1);

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
var crypto = __toESM(require_crypto(), 1);
var fs = __toESM(require_fs(), 1);
var os2 = __toESM(require_os(), 1);
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter2 = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter2)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter2}"`);
  }
  if (convertedValue.includes(delimiter2)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter2}"`);
  }
  return `${key}<<${delimiter2}${os2.EOL}${convertedValue}${os2.EOL}${delimiter2}`;
}

// node_modules/@actions/core/lib/core.js
var os3 = __toESM(require_os(), 1);
var path2 = __toESM(require_path(), 1);

// node_modules/@actions/core/lib/summary.js
var import_os = __toESM(require_os(), 1);
var import_fs = __toESM(require_fs(), 1);
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = import_fs.promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, import_fs.constants.R_OK | import_fs.constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(import_os.EOL);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/path-utils.js
var path = __toESM(require_path(), 1);

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os3.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os3.EOL);
}

// src/report/markdown.ts
function escapeCell(text) {
  return escapeControls(
    text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|").replace(LINE_BREAKS, " ")
  );
}
var LINE_BREAKS = /\r\n|\r|\n|\u2028|\u2029/g;
function codeCell(text) {
  return `\`${escapeControls(text.replace(/`/g, "'").replace(/\|/g, "\\|").replace(LINE_BREAKS, " "))}\``;
}
function textCell(text) {
  return escapeCell(escapeMarkdown(text));
}
function escapeMarkdown(text) {
  return text.replace(/[\\*_[\]!~]/g, (c) => `\\${c}`);
}

// src/report/summary.ts
var ICON = { error: "❌", warning: "⚠️", notice: "ℹ️" };
var VERDICT = { pass: "✅ pass", fail: "❌ fail", skipped: "➖ not judged" };
function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
function where(finding, options) {
  const place = findingPlace(finding);
  if (!place) return "";
  if (options.blobUrl && place.line !== void 0 && finding.location) {
    const text = escapeCell(escapeMarkdown(formatPlace(finding)));
    return `[${text}](${options.blobUrl}/${linkPath(place.file)}#L${place.line})`;
  }
  return codeCell(formatPlace(finding));
}
function linkPath(file) {
  return encodeURI(file).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function signerCell(artifact) {
  if (artifact.error !== void 0) return `unreadable: ${textCell(artifact.error)}`;
  if (artifact.signers.length === 0) return "unsigned";
  return artifact.signers.map((s) => {
    const match = s.matchesFiling === null ? "not compared" : s.matchesFiling ? `✅ matches filed ${Object.keys(s.declared).join("/")}` : "❌ not the filed certificate";
    return `${textCell(s.subject)}${s.effective ? "" : " (not effective)"}: SHA-256 \`${s.sha256}\` SHA-1 \`${s.sha1}\` MD5 \`${s.md5}\` — ${match}`;
  }).join("<br>");
}
function evidenceSection(result) {
  const out = [];
  const { artifacts, sources } = result.evidence;
  if (artifacts.length) {
    out.push(
      "### Artifacts checked",
      "",
      "| Artifact | App | Type | Id | Version | Signers |",
      "|---|---|---|---|---|---|"
    );
    for (const a of artifacts.slice(0, MAX_EVIDENCE_ROWS)) {
      const version = a.version ? `${a.version}${a.build ? ` (${a.build})` : ""}` : "—";
      out.push(
        `| ${codeCell(a.file)} | ${escapeCell(a.app ?? "— (no declared app)")} | ${a.type ?? "—"} | ${textCell(a.id ?? "—")} | ${textCell(version)} | ${signerCell(a)} |`
      );
    }
    out.push(...moreRows(artifacts.length, "artifacts"), "");
  }
  if (sources.length) {
    out.push(
      "### Source identities",
      "",
      "| Where | Platform | Setting | Variant | Value |",
      "|---|---|---|---|---|"
    );
    for (const s of sources.slice(0, MAX_EVIDENCE_ROWS)) {
      out.push(
        `| ${codeCell(`${s.file}:${s.line}:${s.column}`)} | ${s.platform} | ${textCell(s.key)} | ${textCell(s.variant ?? "—")}${s.release ? "" : " (not release)"} | ${textCell(s.value)} |`
      );
    }
    out.push(...moreRows(sources.length, "source identities"), "");
  }
  return out;
}
var MAX_EVIDENCE_ROWS = 200;
function moreRows(total, what) {
  return total > MAX_EVIDENCE_ROWS ? ["", `_…and ${total - MAX_EVIDENCE_ROWS} more ${what}; the JSON report lists them all._`] : [];
}
function renderSummary(result, options = {}) {
  const out = [];
  const counts = ["error", "warning", "notice"].map(
    (s) => plural(result.findings.filter((f) => f.severity === s).length, s)
  );
  out.push(
    `## China filing: ${result.verdict === "pass" ? "✅ pass" : "❌ fail"}${result.enforced ? "" : " (not enforced)"}`
  );
  out.push("");
  if (!result.enforced)
    out.push(
      "> [!WARNING]",
      `> The gate is not enforced (\`fail-on: never\`): ${result.verdict === "fail" ? "apps below fail the filing rules, but" : "whatever it finds,"} the step succeeds. Set \`fail-on: error\` to block non-compliant releases.`,
      ""
    );
  const context = [`mode **${result.mode}**`, `fail-on **${result.failOn}**`, `\`${result.config}\``];
  if (result.tag) context.push(`tag \`${result.tag}\``);
  if (result.version) context.push(`version ${result.version}`);
  context.push(result.today);
  out.push(`${escapeCell(context.join(" · "))} — ${counts.join(", ")}`);
  if (result.blocking.length) out.push("", `**Blocked:** ${escapeCell(result.blocking.join(", "))}`);
  out.push("");
  if (result.apps.length) {
    out.push("| App | Filing number | Status | Hosting | Stores | Verdict |", "|---|---|---|---|---|---|");
    for (const app of result.apps) {
      const stores = app.inScope ? app.stores.map((s) => app.mainlandStores.includes(s) ? `**${s}**` : s).join(", ") : escapeCell(app.reason ?? "");
      out.push(
        `| ${escapeCell(app.id)} (${textCell(app.name)}) | ${app.filingNumber ? codeCell(app.filingNumber) : "—"} | ${escapeCell(app.filingStatus)} | ${textCell(app.hosting.join(", ") || "—")} | ${stores || "—"} | ${VERDICT[app.verdict]} |`
      );
    }
    out.push("", "_Stores in bold distribute in mainland China and require the filing._", "");
  }
  if (result.findings.length) {
    out.push("### Findings", "", "| | Rule | App | Where | Message |", "|---|---|---|---|---|");
    for (const f of result.findings) {
      out.push(
        `| ${ICON[f.severity]} ${f.severity} | ${findRule(f.rule) ? `[${f.rule}](${ruleDocsUrl(f.rule)})` : f.rule} | ${escapeCell(f.app ?? "—")} | ${where(f, options)} | ${textCell(f.message)} |`
      );
    }
    out.push("");
  } else out.push("No findings.", "");
  out.push(...evidenceSection(result));
  for (const note of options.notes ?? []) out.push("", note);
  return `${out.join("\n")}
`;
}

export {
  summary,
  getInput,
  setOutput,
  setFailed,
  error,
  warning,
  notice,
  info,
  escapeCell,
  codeCell,
  textCell,
  renderSummary
};
