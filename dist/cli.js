#!/usr/bin/env node
// src/version.ts
var TOOL_VERSION = true ? "1.0.0" : packageJsonVersion();
var VERSION_FLAGS = ["--version", "-V", "-v"];

// src/cli/routes.ts
var PROGRAMS = {
  check: () => import("./chunks/cli-check.js"),
  inspect: () => import("./chunks/cli-inspect.js"),
  init: () => import("./chunks/cli-init.js"),
  schema: () => import("./chunks/cli-docs.js"),
  explain: () => import("./chunks/cli-docs.js")
};
function programFor(command) {
  const load = command !== void 0 && Object.hasOwn(PROGRAMS, command) ? PROGRAMS[command] : () => import("./chunks/cli-help.js");
  return load();
}

// src/stdio.ts
var fs = process.getBuiltinModule?.("fs");
var DescriptorSink = class {
  constructor(fd, files) {
    this.fd = fd;
    this.files = files;
  }
  fd;
  files;
  isTTY = false;
  readerGone = false;
  write(text) {
    if (this.readerGone) return false;
    const bytes = Buffer.from(text, "utf8");
    let written = 0;
    while (written < bytes.length) {
      try {
        written += this.files.writeSync(this.fd, bytes, written, bytes.length - written);
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
function mayBeTerminal(fd, files) {
  if (process.platform === "win32") return true;
  try {
    return files.fstatSync(fd).isCharacterDevice();
  } catch {
    return true;
  }
}
function standardSink(fd) {
  if (!fs || mayBeTerminal(fd, fs)) return fd === 1 ? globalThis.process.stdout : globalThis.process.stderr;
  return new DescriptorSink(fd, fs);
}

// src/cli/index.ts
var argv = process.argv.slice(2);
if (VERSION_FLAGS.includes(argv[0])) {
  standardSink(1).write(`${TOOL_VERSION}
`);
} else {
  const { main } = await programFor(argv[0]);
  process.exitCode = await main(argv, {
    stdout: standardSink(1),
    stderr: standardSink(2),
    env: process.env,
    cwd: process.cwd()
  });
}
