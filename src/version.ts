/**
 * The one version of the tool: package.json's `version`, for `--version`, SARIF `driver.version` and
 * the JSON report. scripts/bundle.mjs defines __PACKAGE_VERSION__ from package.json (esbuild `define`),
 * so the bundles carry the version string alone and `--version` reads no file: importing package.json
 * would inline the whole manifest, and every devDependency bump would then change dist/. Unbundled
 * (tests), package.json is read from the root.
 */
declare const __PACKAGE_VERSION__: string | undefined

function packageJsonVersion(): string {
  // node:fs fetched here, not imported: the bundles never call this, and an import would make
  // `--version` load a module for nothing (issue 10).
  const { readFileSync } = process.getBuiltinModule('node:fs')
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
  return (manifest as { version: string }).version
}

export const TOOL_VERSION: string =
  typeof __PACKAGE_VERSION__ === 'string' ? __PACKAGE_VERSION__ : packageJsonVersion()

/** The flags that print TOOL_VERSION (`-v` kept for habit; `-V` as in git and npm tooling). */
export const VERSION_FLAGS = ['--version', '-V', '-v'] as const
