import {
  yamlScalar
} from "./chunk-TUOS4IOT.js";
import {
  scanSources
} from "./chunk-REHZ6QNB.js";
import "./chunk-UPXCFUPC.js";
import {
  appRootOf,
  isSecondaryModule
} from "./chunk-JCSDZ5K4.js";
import {
  EXIT,
  parse
} from "./chunk-W7XIADXR.js";
import {
  UsageError
} from "./chunk-RFFF4SD4.js";
import "./chunk-ZNOQMITG.js";
import "./chunk-UIIEGSOT.js";
import {
  ALIPAY_APP_ID,
  WECHAT_APP_ID,
  bundleId,
  packageName
} from "./chunk-GFVRO5IM.js";
import {
  constants
} from "./chunk-XAPV4J6G.js";
import {
  node_path_default
} from "./chunk-FLB3LZ3Q.js";
import "./chunk-XX43KU6O.js";
import {
  escapeControls
} from "./chunk-YA34C2UJ.js";
import "./chunk-RS45BQ7I.js";
import "./chunk-MAWWGKHS.js";
import {
  lstat,
  open
} from "./chunk-G5IBDK4M.js";
import "./chunk-ZZLBI4GZ.js";
import "./chunk-ERADHNRU.js";

// src/cli/init.ts
var SHIPPED_VARIANT = /(^|[^a-z])(prod|production|store|china|cn|release)/i;
var NOT_SHIPPED_VARIANT = /dev|debug|staging|beta|alpha|test|internal|qa|nightly|snapshot/i;
var IDENTITY_SHAPES = {
  android: packageName("an Android package name"),
  ios: bundleId("an iOS bundle id"),
  harmony: packageName("a HarmonyOS bundle name"),
  wechat: WECHAT_APP_ID,
  alipay: ALIPAY_APP_ID
};
function foundAt(i, separator, close = "") {
  const variant = i.variant ? `${i.target ? `${i.target} ` : ""}${i.variant}` : void 0;
  return escapeControls(
    `${i.location.file}:${i.location.line}${variant ? `${separator}${variant}${close}` : ""}`
  );
}
function variantRank(identity) {
  const name = `${identity.variant ?? ""}`;
  const flavour = name.replace(/Release$/, "");
  let rank = identity.release ? 0 : 100;
  if (NOT_SHIPPED_VARIANT.test(flavour)) rank += 10;
  if (flavour === "" || SHIPPED_VARIANT.test(flavour)) rank -= 5;
  return rank;
}
function selectApps(identities) {
  const leftOut = [];
  const byRoot = /* @__PURE__ */ new Map();
  for (const identity of identities) {
    const module = identity.module ?? identity.location.file;
    if (isSecondaryModule(module)) {
      leftOut.push({ identity, reason: "a sample, catalog or benchmark module, not the shipped app" });
      continue;
    }
    if (identity.value.trim() === "") {
      leftOut.push({ identity, reason: "the value is empty (not set)" });
      continue;
    }
    const root = appRootOf(module);
    byRoot.set(root, [...byRoot.get(root) ?? [], identity]);
  }
  const apps = [];
  for (const [root, found] of [...byRoot.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
    const app = { root, identities: {} };
    for (const platform of ["android", "ios", "harmony", "wechat", "alipay"]) {
      const candidates = found.filter((i) => i.platform === platform);
      const invalid = (i) => IDENTITY_SHAPES[platform].pattern.test(i.value) ? 0 : 1;
      const ranked = [...candidates].sort(
        (a, b) => variantRank(a) - variantRank(b) || invalid(a) - invalid(b) || a.value.length - b.value.length
      );
      const chosen = ranked.find((i) => i.release) ?? ranked.find((i) => i.target === void 0);
      if (!chosen) {
        for (const other of candidates)
          leftOut.push({
            identity: other,
            reason: "an embedded target (extension, widget, watch app) with its own id"
          });
        continue;
      }
      const shape = IDENTITY_SHAPES[platform];
      const valid = shape.pattern.test(chosen.value);
      if (valid) app.identities[platform] = chosen;
      else leftOut.push({ identity: chosen, reason: `not a valid id: ${shape.message}` });
      const shipped = chosen.variant ?? "the release build";
      for (const other of candidates) {
        if (other === chosen || valid && other.value === chosen.value) continue;
        leftOut.push({
          identity: other,
          reason: other.target && !other.release ? "an embedded target (extension, widget, watch app) with its own id" : valid ? `another variant of the same app; ${shipped} was written` : `another variant of the same app; ${shipped}, the one that ships, has no valid id, so none was written`
        });
      }
    }
    if (Object.keys(app.identities).length > 0) apps.push(app);
  }
  return { apps, leftOut };
}
function slug(text) {
  return text.split(".").pop().toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "") || "app";
}
function starterDeclaration(apps) {
  const from = (i) => `# from ${foundAt(i, " (", ")")}`;
  const certificate = "          md5: TODO # run `china-filing inspect <release build>` and paste its values";
  const lines = [
    "# yaml-language-server: $schema=https://github.com/china-filing-gate/china-filing-gate/raw/main/schema/china-filing.schema.json",
    "# Starter written by `china-filing init`. Fill in every TODO: the gate rejects them until you do.",
    "version: 1",
    "",
    "holder:",
    "  name: TODO # the holder (主办者) exactly as filed",
    "  province: TODO # one-character abbreviation of the filing province, e.g. 沪",
    "",
    "apps:"
  ];
  const ids = /* @__PURE__ */ new Set();
  const uniqueId = (base) => {
    let id = base;
    for (let k = 2; ids.has(id); k++) id = `${base}-${k}`;
    ids.add(id);
    return id;
  };
  for (const app of apps) {
    const { android, ios, harmony, wechat, alipay } = app.identities;
    const nativeId = android ?? ios ?? harmony;
    if (nativeId) {
      lines.push(
        `  - id: ${uniqueId(slug(nativeId.value))}`,
        "    name: TODO # the app name as filed",
        "    kind: app",
        "    filing:",
        "      number: TODO # e.g. 沪ICP备2023012345号-2A",
        "      status: approved # approved | pending | not-filed",
        "      via: TODO # the access provider that filed it, e.g. aliyun",
        "    hosting:",
        "      - provider: TODO # aliyun, tencent, huawei, aws, azure, baidu, volcengine",
        "        region: TODO # a mainland region, e.g. cn-shanghai",
        "    platforms:"
      );
      if (android)
        lines.push(
          "      android:",
          `        package: ${yamlScalar(android.value)} ${from(android)}`,
          "        certificate:",
          certificate
        );
      if (ios)
        lines.push(
          "      ios:",
          `        bundleId: ${yamlScalar(ios.value)} ${from(ios)}`,
          "        certificate:",
          certificate.replace("md5", "sha1")
        );
      if (harmony)
        lines.push(
          "      harmony:",
          `        bundleName: ${yamlScalar(harmony.value)} ${from(harmony)}`,
          "        certificate:",
          certificate.replace("md5", "sha256")
        );
      lines.push("    stores: [TODO] # e.g. huawei-appgallery, xiaomi, app-store-cn");
    }
    for (const mini of [wechat, alipay].filter((m) => m !== void 0)) {
      lines.push(
        `  - id: ${uniqueId(`${app.root ? `${slug(app.root.replace(/\//g, "."))}-` : ""}${mini.platform}-mini-program`)}`,
        "    name: TODO # the mini program name as filed",
        "    kind: mini-program",
        "    filing:",
        "      number: TODO # a mini program number ends in X, e.g. 沪ICP备2023012345号-3X",
        "      status: approved",
        `      via: ${mini.platform}`,
        "    platforms:",
        `      ${mini.platform}:`,
        `        appId: '${mini.value}' ${from(mini)}`,
        `    stores: [${mini.platform}]`
      );
    }
  }
  if (apps.length === 0) {
    lines.push(
      "  - id: TODO # no app identity was found in this tree; describe the app by hand",
      "    name: TODO",
      "    kind: app",
      "    filing: { number: TODO, status: approved, via: TODO }",
      "    hosting: [{ provider: TODO, region: TODO }]",
      "    platforms:",
      "      android: { package: TODO, certificate: { md5: TODO } }",
      "    stores: [TODO]"
    );
  }
  return `${lines.join("\n")}
`;
}
async function initCommand(args, io) {
  const { values, positionals } = parse(args, "init");
  if (positionals.length) throw new UsageError(`init takes no positional arguments (got "${positionals[0]}")`);
  const target = node_path_default.resolve(io.cwd, values.config ?? "china-filing.yml");
  const shown = node_path_default.relative(io.cwd, target) || target;
  const alreadyExists = () => new UsageError(`${shown} already exists; pass --force to overwrite it`);
  const exists = await lstat(target).then(
    () => true,
    () => false
  );
  if (exists && !values.force) throw alreadyExists();
  const scan = await scanSources(node_path_default.dirname(target), {});
  const { apps, leftOut } = selectApps(scan.identities);
  const handle = await open(
    target,
    constants.O_WRONLY | constants.O_CREAT | constants.O_NOFOLLOW | (values.force ? constants.O_TRUNC : constants.O_EXCL),
    420
  ).catch((error) => {
    const code = error.code;
    if (code === "EEXIST") throw alreadyExists();
    if (code === "ELOOP")
      throw new UsageError(
        `${shown} is a symbolic link; init does not write through links. Remove the link first`
      );
    throw error;
  });
  try {
    await handle.writeFile(starterDeclaration(apps));
  } finally {
    await handle.close();
  }
  const describe = (i) => `${i.platform} ${escapeControls(i.value)} (${foundAt(i, ", ")})`;
  const written = apps.flatMap((app) => Object.values(app.identities).map((i) => `  ${describe(i)}`));
  const left = leftOut.map(({ identity, reason }) => `  ${describe(identity)}: ${reason}`);
  const unread = (scan.unresolved ?? []).filter((u) => u.release).map(
    (u) => escapeControls(`  ${u.platform} ${u.key} at ${u.location.file}:${u.location.line}: ${u.reason}`)
  );
  io.stdout.write(
    [
      written.length ? `Wrote ${shown}, with the identities found: ${apps.length} app(s), from
${written.join("\n")}` : `Wrote ${shown}; no app identity was found in the source tree`,
      ...left.length ? [`Left out:
${left.join("\n")}`] : [],
      ...unread.length ? [`Not readable without the build (check these by hand):
${unread.join("\n")}`] : [],
      `Fill in the TODOs, then run: china-filing check --config ${shown}`
    ].join("\n") + "\n"
  );
  return EXIT.pass;
}
export {
  initCommand,
  selectApps,
  starterDeclaration
};
