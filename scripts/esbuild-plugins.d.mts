import type { BuildOptions, Plugin } from 'esbuild'

/** See esbuild-plugins.mjs: @actions/core's OIDC and platform modules marked free of side effects. */
export declare const pureActionsModules: Plugin

/** See esbuild-plugins.mjs: builtins the code imports are read through require(), not an ES import. */
export declare const builtinsViaRequire: Plugin

/** See esbuild-plugins.mjs: the split build of scripts/bundle.mjs, for the licence test. */
export declare const splitBuild: BuildOptions
