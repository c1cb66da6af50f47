
// src/sources/file-types.ts
var FILE_TYPE_PLATFORM = {
  gradle: "android",
  "android-manifest": "android",
  "xcode-project": "ios",
  "info-plist": "ios",
  "wechat-project-config": "wechat",
  "alipay-project": "alipay",
  "uni-app-manifest": "wechat",
  "harmony-app": "harmony",
  "harmony-build-profile": "harmony"
};
function identityFileType(relPath) {
  const name = relPath.split(/[\\/]/).pop() ?? "";
  if (name === "build.gradle" || name === "build.gradle.kts") return "gradle";
  if (name === "AndroidManifest.xml") return "android-manifest";
  if (name === "project.pbxproj") return "xcode-project";
  if (name === "Info.plist" || name.endsWith("-Info.plist")) return "info-plist";
  if (name === "project.config.json" || name === "project.private.config.json") return "wechat-project-config";
  if (name === "mini.project.json") return "alipay-project";
  if (name === "manifest.json") return "uni-app-manifest";
  if (name === "app.json5") return "harmony-app";
  if (name === "build-profile.json5") return "harmony-build-profile";
  return void 0;
}

export {
  FILE_TYPE_PLATFORM,
  identityFileType
};
