/** Instances held for the life of the process, one per class that asked (see keepShapeAlive). */
const anchors: object[] = [];

/**
 * Keeps one instance of a short-lived class alive for the life of the process, so that V8 keeps
 * the class's hidden classes (maps) alive too.
 *
 * V8 holds the maps that a constructor's field assignments create only weakly (they hang off the
 * constructor's initial map as transitions). Instances of a per-segment or per-document class die
 * young; whenever a full GC found none alive, those maps died, and every optimised function that
 * checked them was thrown away ("weak objects") and compiled again later. On the 50 MB benchmark
 * corpus, in one worker, that was about 300 deoptimisations and 1,000 extra compilations: V8's
 * helper threads (which compile) spent 12 s, and 6 s once the maps were kept. An instance built
 * once by the same constructor, in the same field order, holds the same maps.
 */
export function keepShapeAlive<T extends object>(instance: T): T {
  anchors.push(instance);
  return instance;
}
