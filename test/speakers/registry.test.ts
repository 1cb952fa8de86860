// The speaker registry on its own: mentions in, entities out (no text parsing involved).
import { describe, expect, it } from "vitest";
import type { Mention } from "../../src/extract/speakers/mention.js";
import { createRegistry } from "../../src/extract/speakers/registry.js";

const person = (name: string, title: string | null = null, gender?: "f" | "m"): Mention => ({ from: 0, to: 1, kind: "person", name, title, ...(gender ? { gender } : {}) });
const pronoun = (name: string, gender?: "f" | "m"): Mention => ({ from: 0, to: 1, kind: "pronoun", name, title: null, refers: "person", ...(gender ? { gender } : {}) });

describe("speaker registry", () => {
  it("a surname resolves to the full name met before, and becomes an alias", () => {
    const r = createRegistry();
    const a = r.resolve(person("Dmitry Peskov", "Kremlin spokesman"));
    expect(r.resolve(person("Peskov"))).toBe(a);
    const { speakers } = r.finish(new Set([a!]));
    expect(speakers).toEqual([{ name: "Dmitry Peskov", kind: "person", title: "Kremlin spokesman", aliases: ["Peskov"] }]);
  });

  it("he and she skip people of the other gender", () => {
    const r = createRegistry();
    const ann = r.resolve(person("Ann Brown", "Senator", "f"));
    const tom = r.resolve(person("Tom Green", "Mr.", "m"));
    expect(r.resolve(pronoun("she", "f"))).toBe(ann);
    expect(r.resolve(pronoun("he", "m"))).toBe(tom);
  });

  it("a pronoun with nobody before it is unknown", () => {
    expect(createRegistry().resolve(pronoun("he", "m"))).toBeNull();
  });

  it("a description takes the name given later with the same title", () => {
    const r = createRegistry();
    const d = r.resolve({ from: 0, to: 3, kind: "title", name: "its chief executive", title: "chief executive" });
    const named = r.resolve(person("Fiona MacLeod", "chief executive"));
    expect(named).toBe(d);
    expect(r.finish(new Set([d!])).speakers[0]).toMatchObject({ name: "Fiona MacLeod", kind: "person", title: "chief executive" });
  });

  it("only entities that spoke are reported, renumbered in order", () => {
    const r = createRegistry();
    r.notice(person("Donald Trump"));
    const k = r.resolve({ from: 0, to: 1, kind: "organization", name: "Kremlin", title: null });
    const { speakers, remap } = r.finish(new Set([k!]));
    expect(speakers.map((s) => s.name)).toEqual(["Kremlin"]);
    expect(remap.get(k!)).toBe(0);
  });
});
