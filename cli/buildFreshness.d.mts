// Types of cli/buildFreshness.mjs (plain JavaScript because the bin runs it before anything compiles).
export declare const BUILD_FOLDER: string;
export declare function buildIsFresh(packageRoot: string): boolean;
