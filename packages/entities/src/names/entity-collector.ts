import { type Entity, type EntityType, makeSpan, type Span } from '@hemicycle/schema';
import { keepShapeAlive } from './keep-shape-alive';
import { slugify } from './slugify';

interface Draft {
  type: EntityType;
  id: string;
  name: string | null;
  mentions: Map<number, Span>;
}

/** Gathers mentions into entities: one id per thing, every mention's span exact. */
export class EntityCollector {
  private readonly drafts = new Map<string, Draft>();
  readonly countries = new Set<string>();
  private readonly redirects = new Map<string, string>();

  constructor(private readonly text: string) {}

  /** Adds a mention; `id` and `name` come from a gazetteer, else from the mention's text. Returns the entity key. */
  add(type: EntityType, start: number, end: number, id?: string, name?: string): string {
    const span = makeSpan(this.text, start, end);
    const entityId = id ?? slugify(span.text);
    const key = `${type}\u0000${entityId}`;
    let draft = this.drafts.get(key);
    if (!draft) {
      draft = { type, id: entityId, name: name ?? null, mentions: new Map() };
      this.drafts.set(key, draft);
    }
    const existing = draft.mentions.get(start);
    if (!existing || existing.end < end) draft.mentions.set(start, span);
    return key;
  }

  /** Adds a mention to the entity of `key` (from an earlier `add`). */
  addTo(key: string, start: number, end: number): void {
    let k = key;
    for (let hops = 0; hops < 8 && !this.drafts.has(k); hops++) k = this.redirects.get(k) ?? k;
    const draft = this.drafts.get(k);
    if (!draft) return;
    if (!draft.mentions.has(start)) draft.mentions.set(start, makeSpan(this.text, start, end));
  }

  /** Moves every mention of the entity `from` to the entity `to` ("Šefčovič" → "Maroš Šefčovič"). */
  merge(from: string, to: string): void {
    const a = this.drafts.get(from);
    const b = this.drafts.get(to);
    if (!a || !b || a === b) return;
    for (const [start, span] of a.mentions) if (!b.mentions.has(start)) b.mentions.set(start, span);
    this.drafts.delete(from);
    this.redirects.set(from, to);
  }

  /**
   * A name typed by a guess in one place and by a rule elsewhere ("Provincie Antwerpen" after
   * "region of") is the thing the rule found: the guessed entity's mentions move to it.
   */
  mergeGuesses(guessed: readonly string[], sure: ReadonlySet<string>): void {
    const byText = new Map<string, string>();
    for (const key of sure) {
      const d = this.drafts.get(key);
      if (d) for (const m of d.mentions.values()) byText.set(m.text, key);
    }
    for (const key of guessed) {
      const d = this.drafts.get(key);
      if (!d) continue;
      let target: string | undefined;
      for (const m of d.mentions.values()) {
        target = byText.get(m.text);
        if (target !== undefined) break;
      }
      if (target && target !== key) this.merge(key, target);
    }
  }

  /** Keys and mention texts of the entities of a type. */
  keysOf(type: EntityType): { key: string; texts: string[] }[] {
    const out: { key: string; texts: string[] }[] = [];
    for (const [key, d] of this.drafts) {
      if (d.type !== type) continue;
      const texts: string[] = [];
      for (const m of d.mentions.values()) texts.push(m.text);
      out.push({ key, texts });
    }
    return out;
  }

  entities(): Entity[] {
    const out: Entity[] = [];
    const usedIds = new Set<string>();
    const drafts = [...this.drafts.values()].sort(byFirstStart);
    for (const d of drafts) {
      const mentions = [...d.mentions.values()].sort(byStartThenEnd);
      if (mentions.length === 0) continue;
      let id = d.id || d.type;
      if (usedIds.has(id)) id = `${id}-${d.type.replace('_', '-')}`;
      let n = 2;
      const base = id;
      while (usedIds.has(id)) id = `${base}-${n++}`;
      usedIds.add(id);
      const name = d.name ?? longestText(mentions);
      out.push({ id, type: d.type, name, mentions });
    }
    return out;
  }
}

// Comparators at module level, not closures made per call: V8 holds a closure's optimised code
// only weakly, and closures made for every document were compiled again after every full GC.
function byFirstStart(a: Draft, b: Draft): number {
  return firstStart(a) - firstStart(b);
}

function byStartThenEnd(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}

function firstStart(d: Draft): number {
  let min = Number.POSITIVE_INFINITY;
  for (const s of d.mentions.keys()) if (s < min) min = s;
  return min;
}

function longestText(spans: readonly Span[]): string {
  let best = '';
  for (const s of spans) if (s.text.length > best.length) best = s.text;
  return best;
}

keepShapeAlive(new EntityCollector(''));
