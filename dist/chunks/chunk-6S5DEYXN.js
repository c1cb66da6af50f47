import {
  decideVerdict
} from "./chunk-J7ZGJ4LH.js";
import {
  scanSources
} from "./chunk-REHZ6QNB.js";
import {
  assertRealPathInside,
  displayPath,
  expandGlobs,
  resolveInWorkspace
} from "./chunk-UPXCFUPC.js";
import {
  certificateMismatches,
  loadTagMatcher,
  normalizeFingerprint,
  ownerOf,
  runRules,
  tagGlobs,
  tagMatches,
  waiverInForce
} from "./chunk-RER54NU2.js";
import {
  compareFindings,
  findingPlace
} from "./chunk-U5YUOXJF.js";
import {
  UsageError
} from "./chunk-RFFF4SD4.js";
import {
  loadDeclaration
} from "./chunk-VAKUZPGT.js";
import {
  node_path_default
} from "./chunk-FLB3LZ3Q.js";
import {
  STORES,
  findStore
} from "./chunk-XX43KU6O.js";
import {
  boundMessage,
  truncate
} from "./chunk-YA34C2UJ.js";
import {
  closestMatch
} from "./chunk-RS45BQ7I.js";
import {
  ArtifactError
} from "./chunk-UQ2KJQ4O.js";
import {
  readFile
} from "./chunk-G5IBDK4M.js";
import {
  chinaDateOf
} from "./chunk-ZZLBI4GZ.js";

// src/scope.ts
var MODES = ["release", "pull-request", "audit"];
function resolveScope(declaration, options) {
  const ids = declaration.apps.map((a) => a.id);
  for (const id of options.apps ?? []) {
    if (!ids.includes(id)) {
      const near = closestMatch(id, ids);
      throw new UsageError(
        `{input} names unknown app "${id}"${near ? `; did you mean "${near}"?` : ""} Declared apps: ${ids.join(", ")}`,
        "apps"
      );
    }
  }
  for (const id of options.stores ?? []) {
    if (!findStore(id)) {
      const near = closestMatch(
        id,
        STORES.map((s) => s.id)
      );
      throw new UsageError(
        `{input} names unknown store "${id}"${near ? `; did you mean "${near}"?` : ""} See the stores table in the README.`,
        "stores"
      );
    }
  }
  return declaration.apps.map((app, index) => {
    const stores = options.stores ? options.stores.filter((id) => findStore(id)?.kinds.includes(app.kind)) : [...app.stores];
    const mainlandStores = stores.filter((id) => findStore(id)?.mainland);
    const base = { app, index, stores, mainlandStores };
    if (options.apps && options.apps.length > 0) {
      return options.apps.includes(app.id) ? { ...base, inScope: true } : { ...base, inScope: false, reason: "not among the apps selected (--apps / the apps input)" };
    }
    if (options.mode === "release" && options.tag !== void 0) {
      const globs = tagGlobs(app.release?.tags);
      return tagMatches(options.tag, globs) ? { ...base, inScope: true } : {
        ...base,
        inScope: false,
        reason: `tag ${options.tag} does not match release.tags (${globs.join(", ")})`
      };
    }
    return { ...base, inScope: true };
  });
}

// src/sources/facts.ts
function rebaseSourceFacts(facts, prefix) {
  if (prefix === "" || prefix === ".") return facts;
  const file = (f) => `${prefix}/${f}`;
  const at = (item) => ({
    ...item,
    location: { ...item.location, file: file(item.location.file) }
  });
  const part = (item) => ({
    ...item,
    ...item.parts ? { parts: item.parts.map(at) } : {},
    ...item.base ? { base: at(item.base) } : {}
  });
  const scan = (s) => ({
    ...s,
    identities: s.identities.map((i) => part(at({ ...i, ...i.module ? { module: file(i.module) } : {} }))),
    signing: s.signing.map(at),
    files: s.files.map(file),
    ...s.unresolved ? {
      unresolved: s.unresolved.map(
        (u) => part(at({ ...u, ...u.module ? { module: file(u.module) } : {} }))
      )
    } : {},
    ...s.notes ? {
      notes: s.notes.map(
        (n) => n.kind === "invalid-path" ? n : {
          ...n,
          file: n.file === "." ? prefix : file(n.file),
          // Messages start with the file they are about: name it from the workspace too.
          message: n.message.startsWith(n.file) ? file(n.file) + n.message.slice(n.file.length) : n.message
        }
      )
    } : {}
  });
  return {
    ...facts,
    declared: Object.fromEntries(Object.entries(facts.declared).map(([id, s]) => [id, scan(s)])),
    ...facts.detected ? { detected: scan(facts.detected) } : {},
    changes: facts.changes.map((c) => ({
      ...c,
      file: file(c.file),
      ...c.location ? { location: { ...c.location, file: file(c.location.file) } } : {}
    }))
  };
}

// src/report/evidence.ts
var MAX_EVIDENCE_VALUE = 300;
var bounded = (text) => truncate(text, MAX_EVIDENCE_VALUE);
var boundedOrNull = (text) => text === null ? null : bounded(text);
function collectEvidence(input) {
  return {
    artifacts: (input.artifacts?.results ?? []).map((result) => {
      const identity = result.identity;
      if (!identity) {
        return {
          file: result.file,
          app: null,
          type: null,
          platform: null,
          id: null,
          version: null,
          build: null,
          signers: [],
          // Already bounded as a message (boundMessage) by the reader.
          error: result.error ?? "cannot be read"
        };
      }
      const owner = ownerOf(input.apps, identity);
      const certificate = owner?.app.platforms[identity.platform]?.certificate;
      const declared = {};
      for (const key of ["sha256", "sha1", "md5"]) {
        const value = certificate?.[key];
        if (value !== void 0) declared[key] = normalizeFingerprint(value);
      }
      return {
        file: result.file,
        app: owner?.app.id ?? null,
        type: identity.type,
        platform: identity.platform,
        id: bounded(identity.id),
        version: boundedOrNull(identity.version),
        build: boundedOrNull(identity.build),
        signers: identity.signers.map((signer, index) => ({
          subject: bounded(signer.subject),
          sha256: signer.sha256,
          sha1: signer.sha1,
          md5: signer.md5,
          schemes: signer.schemes,
          effective: index === identity.effectiveSigner,
          matchesFiling: certificate ? certificateMismatches(certificate, signer).length === 0 : null,
          declared
        }))
      };
    }),
    sources: sourceEvidence(input.sources)
  };
}
function sourceEvidence(facts) {
  if (!facts) return [];
  const scans = [
    ...Object.entries(facts.declared).map(([app, scan]) => ({ app, scan })),
    ...facts.detected ? [{ app: null, scan: facts.detected }] : []
  ];
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const { app, scan } of scans) {
    for (const identity of scan.identities) {
      const entry = {
        file: identity.location.file,
        line: identity.location.line,
        column: identity.location.column,
        platform: identity.platform,
        key: bounded(identity.key),
        variant: boundedOrNull(identity.variant ?? null),
        value: bounded(identity.value),
        release: identity.release,
        app
      };
      const key = JSON.stringify(entry);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(entry);
    }
  }
  return out;
}

// src/gate.ts
function runGate(input) {
  const declaration = input.load.declaration;
  const config = declaration?.file ?? input.load.findings[0]?.location?.file ?? "china-filing.yml";
  if (!declaration) {
    const findings2 = finalizeFindings(input.load.findings);
    const verdict2 = decideVerdict(findings2, input.failOn, { judged: [] });
    return {
      ...header(input, config),
      verdict: verdict2.verdict,
      enforced: verdict2.enforced,
      apps: [],
      findings: findings2,
      blocking: verdict2.blocking,
      filingNumbers: {},
      evidence: collectEvidence({ artifacts: input.artifacts, sources: input.sources, apps: [] })
    };
  }
  const scope = resolveScope(declaration.data, {
    mode: input.mode,
    apps: input.apps,
    stores: input.stores,
    tag: input.tag
  });
  const raw = runRules({
    declaration,
    mode: input.mode,
    today: input.today,
    apps: scope,
    judged: scope.filter((s) => s.inScope && s.mainlandStores.length > 0),
    ...input.tag !== void 0 ? { tag: input.tag } : {},
    ...input.version !== void 0 ? { version: input.version } : {},
    ...input.artifacts ? { artifacts: input.artifacts } : {},
    ...input.certificateExpiryDays !== void 0 ? { certificateExpiryDays: input.certificateExpiryDays } : {},
    ...input.sources ? { sources: input.sources } : {}
  });
  const findings = finalizeFindings(applyWaivers(raw, declaration.data, input.today));
  const verdict = decideVerdict(findings, input.failOn, {
    judged: scope.filter((s) => s.inScope).map((s) => s.app.id),
    notJudged: scope.filter((s) => !s.inScope).map((s) => s.app.id)
  });
  const apps = scope.map((s) => appResult(s, verdict.blocking));
  return {
    ...header(input, config),
    verdict: verdict.verdict,
    enforced: verdict.enforced,
    apps,
    findings,
    blocking: verdict.blocking,
    evidence: collectEvidence({ artifacts: input.artifacts, sources: input.sources, apps: scope }),
    filingNumbers: Object.fromEntries(
      apps.filter((a) => a.inScope && a.filingNumber).map((a) => [a.id, a.filingNumber])
    )
  };
}
function finalizeFindings(findings) {
  const seen = /* @__PURE__ */ new Set();
  const unique = [];
  for (const finding of findings) {
    const bounded2 = { ...finding, message: boundMessage(finding.message) };
    const place = findingPlace(bounded2);
    const key = JSON.stringify([
      bounded2.rule,
      bounded2.severity,
      bounded2.app ?? null,
      bounded2.message,
      place ? [place.file, place.line, place.column] : null
    ]);
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(bounded2);
  }
  return unique.sort(compareFindings);
}
function header(input, config) {
  return {
    mode: input.mode,
    failOn: input.failOn,
    today: input.today,
    config,
    ...input.tag !== void 0 ? { tag: input.tag } : {},
    ...input.version !== void 0 ? { version: input.version } : {}
  };
}
function appResult(scope, blocking) {
  const { app } = scope;
  return {
    id: app.id,
    name: app.name,
    kind: app.kind,
    inScope: scope.inScope,
    ...scope.reason ? { reason: scope.reason } : {},
    filingNumber: app.filing.number ?? null,
    filingStatus: app.filing.status,
    stores: scope.stores,
    mainlandStores: scope.mainlandStores,
    hosting: (app.hosting ?? []).map(
      (h) => h.provider === "self-hosted" ? `self-hosted ${h.location}` : `${h.provider} ${h.region}`
    ),
    verdict: !scope.inScope ? "skipped" : blocking.includes(app.id) ? "fail" : "pass"
  };
}
function applyWaivers(findings, declaration, today) {
  const waivers = (declaration.waivers ?? []).filter((w) => waiverInForce(w, today));
  return findings.map((finding) => {
    const waiver = waivers.find(
      (w) => w.rule === finding.rule && (w.app === void 0 || w.app === finding.app)
    );
    if (!waiver || finding.severity === "notice") return finding;
    return {
      ...finding,
      severity: "notice",
      message: `Waived until ${waiver.expires} (${waiver.reason.trim()}): ${finding.message}`,
      waived: { reason: waiver.reason.trim(), expires: waiver.expires }
    };
  });
}

// src/check.ts
async function runCheck(options) {
  const workspace = node_path_default.resolve(options.workspace);
  const configPath = options.confine ? resolveInWorkspace(workspace, options.config, "config") : node_path_default.resolve(workspace, options.config);
  if (options.confine) await assertRealPathInside(workspace, configPath, "config", options.config);
  const load = await loadDeclaration(configPath, displayPath(workspace, configPath));
  const artifacts = options.artifacts?.length ? await collectArtifacts(workspace, options.artifacts, options.confine) : void 0;
  const prefix = scanPrefix(workspace, node_path_default.dirname(configPath));
  const sources = load.declaration && options.sources !== false ? rebaseSourceFacts(
    await collectSourceFacts(
      workspace,
      node_path_default.dirname(configPath),
      load.declaration,
      configPath,
      options.mode === "pull-request" ? options.baseSha : void 0
    ),
    prefix.startsWith("..") ? "" : prefix
  ) : void 0;
  if (options.tag !== void 0) await loadTagMatcher();
  return runGate({
    load,
    mode: options.mode,
    failOn: options.failOn,
    today: options.today,
    ...options.apps?.length ? { apps: options.apps } : {},
    ...options.stores?.length ? { stores: options.stores } : {},
    ...options.tag !== void 0 ? { tag: options.tag } : {},
    ...options.version !== void 0 ? { version: options.version } : {},
    ...artifacts ? { artifacts } : {},
    ...options.certificateExpiryDays !== void 0 ? { certificateExpiryDays: options.certificateExpiryDays } : {},
    ...sources ? { sources } : {}
  });
}
async function collectSourceFacts(workspace, root, declaration, configPath, baseSha) {
  const declared = {};
  for (const app of declaration.data.apps) {
    if (app.sources && Object.keys(app.sources).length > 0)
      declared[app.id] = await scanSources(root, app.sources);
  }
  const needsDetection = declaration.data.apps.some((a) => !declared[a.id]);
  const detected = needsDetection ? await scanSources(root, {}) : void 0;
  const facts = { declared, ...detected ? { detected } : {}, changes: [] };
  if (!baseSha) return facts;
  const files = [.../* @__PURE__ */ new Set([...detected?.files ?? [], ...Object.values(declared).flatMap((s) => s.files)])];
  const headFiles = await Promise.all(
    files.map(async (file) => ({
      file,
      text: await readFile(node_path_default.join(root, file), "utf8").catch(() => "")
    }))
  );
  const text = await readFile(configPath, "utf8");
  const { pullRequestChanges } = await import("./drift-J5EOOAU5.js");
  const { changes, problem } = await pullRequestChanges({ workspace, folder: root }, baseSha, headFiles, {
    file: node_path_default.relative(root, configPath).split(node_path_default.sep).join("/"),
    text,
    loaded: declaration
  });
  return { ...facts, changes, ...problem ? { baseProblem: problem } : {} };
}
function scanPrefix(workspace, root) {
  return node_path_default.relative(workspace, root).split(node_path_default.sep).join("/");
}
async function collectArtifacts(workspace, patterns, confine) {
  const { files, unmatched } = await expandGlobs(workspace, patterns, { confine });
  const { readArtifact } = await import("./read-CGZINPC6.js");
  const results = [];
  for (const file of files) {
    const shown = displayPath(workspace, file);
    try {
      results.push({ file: shown, identity: await readArtifact(file, shown) });
    } catch (error) {
      if (error instanceof ArtifactError) results.push({ file: shown, error: error.message });
      else if (error instanceof UsageError) throw error;
      else results.push({ file: shown, error: `cannot be read: ${error.message}` });
    }
  }
  return { patterns: [...patterns], unmatched, results };
}
function todayInChina(now = /* @__PURE__ */ new Date()) {
  return chinaDateOf(now.getTime());
}
function parseToday(input) {
  const value = input.trim();
  const date = /* @__PURE__ */ new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new UsageError(`{input} "${input}" is not a date; write YYYY-MM-DD`, "today");
  }
  return value;
}
function parseExpiryDays(what, value) {
  const days = Number(value.trim());
  if (!/^\d+$/.test(value.trim()) || days > 3650) {
    throw new UsageError(`${what} must be a whole number of days from 0 to 3650, not "${value}"`);
  }
  return days;
}

export {
  MODES,
  runCheck,
  todayInChina,
  parseToday,
  parseExpiryDays
};
