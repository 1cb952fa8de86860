// The slice of cacache's API that cache.ts uses (the package ships no types, and @types/cacache
// is not a dependency).
declare module "cacache" {
  interface GetResult {
    data: Buffer;
    metadata: unknown;
    integrity: string;
    size: number;
  }
  interface PutOptions {
    metadata?: unknown;
  }
  export function get(cache: string, key: string): Promise<GetResult>;
  export function put(cache: string, key: string, data: Uint8Array, opts?: PutOptions): Promise<string>;
  const cacache: { get: typeof get; put: typeof put };
  export default cacache;
}
