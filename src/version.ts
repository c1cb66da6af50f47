/**
 * The tool's version: package.json's, inlined by scripts/bundle.mjs (esbuild `define`) so that
 * `--version` reads no file and loads no module. Unbundled (tests, tsc) it is 'dev'.
 */
declare const __PACKAGE_VERSION__: string | undefined
export const TOOL_VERSION: string = typeof __PACKAGE_VERSION__ === 'string' ? __PACKAGE_VERSION__ : 'dev'

/** The flags that print TOOL_VERSION (`-v` kept for habit; `-V` as in git and npm tooling). */
export const VERSION_FLAGS = ['--version', '-V', '-v'] as const
