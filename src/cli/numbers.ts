import { InvalidArgumentError } from "commander";

export function positiveNumber(name: string) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`${name} must be a positive number`);
    return n;
  };
}

export function nonNegativeInt(name: string) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`${name} must be a whole number ≥ 0`);
    return n;
  };
}

/** "10MB", "512k", "1048576" → bytes. */
export function byteSize(v: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kb?|mb?|gb?|kib|mib|gib)?\s*$/i.exec(v);
  if (!m) throw new InvalidArgumentError("--max-bytes takes a size such as 10MB, 512k or 1048576");
  const unit = (m[2] ?? "b").toLowerCase()[0];
  const mult = unit === "k" ? 1024 : unit === "m" ? 1024 ** 2 : unit === "g" ? 1024 ** 3 : 1;
  const n = Math.floor(Number(m[1]) * mult);
  if (n <= 0) throw new InvalidArgumentError("--max-bytes must be positive");
  return n;
}
