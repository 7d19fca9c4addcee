export declare const ENGINE_MATH: RegExp;
export declare const POWER: RegExp;
export declare function guardedSources(dir: string): { file: string; code: string }[];
export declare function engineMathOffenders(dir: string): string[];
