export declare const DEFAULT_HEAP_LIMIT_MB: number;
export declare function withHeapLimit(nodeOptions: string | undefined): string;
