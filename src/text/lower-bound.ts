// Binary search over a sorted array: the index of the first item that `isBefore` rejects (the
// array's length when it accepts them all). Offsets of tokens, quotes, dates and sentences are
// looked up this way so that no extractor scans a paragraph's items once per item.

export function lowerBound<T>(items: readonly T[], isBefore: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isBefore(items[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
