import type { BuildOptions, Plugin } from 'esbuild'

/** See esbuild-plugins.mjs: @actions/core's OIDC, platform and summary modules marked free of side effects. */
export declare const pureActionsModules: Plugin

/** See esbuild-plugins.mjs: builtins the code imports are read through require(), not an ES import. */
export declare const builtinsViaRequire: Plugin

/** See esbuild-plugins.mjs: one program of scripts/bundle.mjs, its name and its entry points. */
export interface Program {
  name: string
  entryPoints: Record<string, string>
}

/** See esbuild-plugins.mjs: the programs scripts/bundle.mjs builds (the action and each CLI command). */
export declare const PROGRAMS: readonly Program[]

/** See esbuild-plugins.mjs: esbuild options for one program's split build, for the licence test. */
export declare function programBuild(program: Program): BuildOptions
