// Text of small elements without walking big subtrees: bylines and datelines are short, so the
// walk stops once it has read `limit` characters (a "meta" class on a page wrapper must not cost
// the whole page each time it is looked at).

import type { AnyNode, Element } from "domhandler";

/** Nodes walked per character of the limit before giving up. */
const MAX_NODES_PER_CHAR = 1;

const SKIP: ReadonlySet<string> = new Set(["script", "style", "noscript", "template", "svg"]);

/** The element's collapsed text, or null when it is longer than `limit`. Iterative: pages nest 5,000 deep. */
export function boundedText(el: AnyNode, limit: number): string | null {
  let out = "";
  let visited = 0;
  const stack: AnyNode[] = [el];
  while (stack.length) {
    const n = stack.pop()!;
    // Empty wrappers count too: 50,000 nested empty <div>s must not be walked for every one of them.
    if (++visited > limit * MAX_NODES_PER_CHAR) return null;
    if (n.type === "text") {
      // Collapsed per text node, so `out` stays near its final length and the limit check is cheap.
      const data = (n as unknown as { data: string }).data;
      const piece = collapse(data);
      if (piece) out += (/^[\s\u200b]/.test(data) && out ? " " : "") + piece + (/[\s\u200b]$/.test(data) ? " " : "");
      if (out.length > limit + 1) return null;
      continue;
    }
    if (n.type !== "tag") continue;
    const e = n as Element;
    if (SKIP.has(e.name)) continue;
    // Element edges separate words here ("<span>By Laura E. Adkins</span><span>December 28</span>").
    if (out && !out.endsWith(" ")) out += " ";
    for (let i = e.children.length - 1; i >= 0; i--) stack.push(e.children[i]!);
  }
  const s = collapse(out);
  return s.length > limit ? null : s;
}

const collapse = (s: string) => s.replace(/[\s\u200b]+/g, " ").trim();

/** Every element under `root` in document order, without recursion (css-select's descendant selectors are slow on big pages). */
export function elementsInOrder(root: AnyNode): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type !== "tag" && n.type !== "root" && n.type !== "script" && n.type !== "style") continue;
    if (n.type !== "root") out.push(n as Element);
    const children = (n as Element).children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return out;
}
