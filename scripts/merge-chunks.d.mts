import type { BuildResult, Metafile } from 'esbuild'

/** See merge-chunks.mjs: which emitted file each chunk of a split build is merged into. */
export interface MergePlan {
  files: string[]
  /** The files written: units and the chunks no single unit owns. */
  emitted: string[]
  /** Each emitted file and the chunks merged into it (the file itself first). */
  merged: Map<string, string[]>
  /** Each merged chunk and the unit it went into. */
  ownerOf: Map<string, string>
  exportsOf(file: string): string[]
}

export declare function planMerge(metafile: Metafile, entries: string[]): MergePlan

export declare function mergeChunks(
  result: BuildResult & { metafile: Metafile; outputFiles: { path: string; text: string }[] },
  entries: string[],
  options?: { sourcemap?: boolean; logLevel?: 'warning' | 'silent' },
): Promise<{ path: string; text: string }[]>
