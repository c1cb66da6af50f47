/**
 * The one version of the tool: package.json's `version`, for `--version`, SARIF `driver.version` and
 * the JSON report. esbuild inlines the JSON import into the bundles, so dist/ needs no package.json at
 * run time; the import attribute is what Node 20.10+ and 24 require for JSON modules.
 */
import packageJson from '../package.json' with { type: 'json' }

export const TOOL_VERSION: string = packageJson.version
