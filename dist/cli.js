#!/usr/bin/env node
"use strict";

var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/version.ts
var TOOL_VERSION = true ? "1.0.0" : packageJsonVersion();
var VERSION_FLAGS = ["--version", "-V", "-v"];

// src/cli/routes.ts
var PROGRAMS = {
  check: () => Promise.resolve().then(() => __toESM(require("./chunks/cli-check.js"), 1)),
  inspect: () => Promise.resolve().then(() => __toESM(require("./chunks/cli-inspect.js"), 1)),
  init: () => Promise.resolve().then(() => __toESM(require("./chunks/cli-init.js"), 1)),
  schema: () => Promise.resolve().then(() => __toESM(require("./chunks/cli-docs.js"), 1)),
  explain: () => Promise.resolve().then(() => __toESM(require("./chunks/cli-docs.js"), 1))
};
function programFor(command) {
  const load = command !== void 0 && Object.hasOwn(PROGRAMS, command) ? PROGRAMS[command] : () => Promise.resolve().then(() => __toESM(require("./chunks/cli-help.js"), 1));
  return load();
}

// src/cli/main.ts
async function main(argv2, io) {
  return (await programFor(argv2[0])).main(argv2, io);
}

// src/stdio.ts
var import_node_fs = require("node:fs");
var DescriptorSink = class {
  constructor(fd) {
    this.fd = fd;
  }
  fd;
  isTTY = false;
  readerGone = false;
  write(chunk, done) {
    const handedOver = this.writeWhole(typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk);
    if (done) process.nextTick(done, null);
    return handedOver;
  }
  writeWhole(bytes) {
    if (this.readerGone) return false;
    let written = 0;
    while (written < bytes.length) {
      try {
        written += (0, import_node_fs.writeSync)(this.fd, bytes, written, bytes.length - written);
      } catch (error) {
        const code = error.code;
        if (code === "EAGAIN") {
          pauseOneMillisecond();
        } else if (code === "EPIPE") {
          this.readerGone = true;
          return false;
        } else {
          throw error;
        }
      }
    }
    return true;
  }
};
var pause;
function pauseOneMillisecond() {
  Atomics.wait(pause ??= new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
}
function mayBeTerminal(fd) {
  if (process.platform === "win32") return true;
  try {
    return (0, import_node_fs.fstatSync)(fd).isCharacterDevice();
  } catch {
    return true;
  }
}
function standardSink(fd) {
  if (mayBeTerminal(fd)) return fd === 1 ? globalThis.process.stdout : globalThis.process.stderr;
  return new DescriptorSink(fd);
}

// src/excerpt.ts
var MAX_MESSAGE = 1e3;
var LINE_BREAKS = /\r\n|\r|\n|\u2028|\u2029/g;
function truncate(text, max) {
  if (text.length <= max) return text;
  const chars = Array.from(text.slice(0, max * 2 + 2));
  if (chars.length <= max) return text;
  return `${chars.slice(0, Math.max(0, max - 1)).join("")}…`;
}
var CARRIAGE_RETURNS = /\r\n?/g;
var unicodeEscape = (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
var CONTROLS_BUT_LINE_BREAKS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;
function escapeControlsButLineBreaks(text) {
  return text.replace(CARRIAGE_RETURNS, "\n").replace(CONTROLS_BUT_LINE_BREAKS, unicodeEscape);
}

// src/rules/docs.ts
var PROJECT_URL = "https://github.com/china-filing-gate/china-filing-gate";

// src/settle.ts
var REPORT_WITH = {
  "china-filing": "the command you ran",
  "china-filing-gate": "the step's log"
};
var ISSUES = `${PROJECT_URL}/issues`;
function internalErrorMessage(program, error) {
  const head = "internal error: ";
  const tail = `. The gate could not decide, so it blocks. Please report this at ${ISSUES} with ${REPORT_WITH[program]}.`;
  return `${head}${errorLine(error, MAX_MESSAGE - head.length - tail.length)}${tail}`;
}
function errorLine(error, max = 300) {
  return truncate(escapeControlsButLineBreaks(describeError(error).split(LINE_BREAKS, 1)[0]), max);
}
function describeError(error) {
  try {
    const { message, name } = error ?? {};
    if (typeof message === "string" && message !== "") return message;
    if (error instanceof Error) return typeof name === "string" && name !== "" ? name : "Error";
    return String(error);
  } catch {
    return "a thrown value that cannot be printed";
  }
}
function runToTheEnd(program, run, proc = process) {
  let settled = false;
  const internalError = (error) => {
    proc.exitCode = 1;
    proc.stderr.write(`${program}: ${internalErrorMessage(program, error)}
`);
  };
  run().then(
    () => {
      settled = true;
    },
    (error) => {
      settled = true;
      internalError(error);
    }
  );
  proc.on("exit", () => {
    if (!settled) internalError(new Error("the run stopped before it finished"));
  });
}

// src/cli/index.ts
var argv = process.argv.slice(2);
if (VERSION_FLAGS.includes(argv[0])) {
  standardSink(1).write(`${TOOL_VERSION}
`);
} else {
  runToTheEnd("china-filing", async () => {
    process.exitCode = await main(argv, {
      stdout: standardSink(1),
      stderr: standardSink(2),
      env: process.env,
      cwd: process.cwd()
    });
  });
}
