// Keeping a long batch's heap near what one page needs. V8 lets the heap grow far past that:
// garbage of earlier pages waits for a major collection that a growing limit keeps putting off
// (peak RSS reached 300-340 MB over 600-10,000 URLs while one 1.9 MB page alone needs 135 MB).
// Past a soft limit, a full collection runs between two pages (measured on 600 URLs: 8
// collections, peak RSS 320-344 -> 227-230 MB). Used on the main thread and in each extraction
// thread, each with its own heap and limit.

import v8 from "node:v8";
import vm from "node:vm";

/** Pages between two such collections at least (each costs tens of milliseconds). */
const MIN_PAGES_BETWEEN = 8;

/**
 * A function to call after each page: it runs a full collection when the heap has passed
 * `softLimitMb` and at least MIN_PAGES_BETWEEN pages went by since the last one. A no-op where
 * the process may not have V8's collector.
 */
export function collectorBetweenPages(softLimitMb: number): () => void {
  const gc = fullCollector();
  if (!gc) return () => undefined;
  let since = 0;
  return () => {
    if (++since >= MIN_PAGES_BETWEEN && v8.getHeapStatistics().used_heap_size > softLimitMb * 1024 * 1024) {
      gc();
      since = 0;
    }
  };
}

/** V8's full collection, exposed to a fresh context (as `node --expose-gc` would). */
function fullCollector(): (() => void) | null {
  try {
    v8.setFlagsFromString("--expose-gc");
    const gc = vm.runInNewContext("gc") as unknown;
    return typeof gc === "function" ? () => (gc as () => void)() : null;
  } catch {
    return null;
  }
}
