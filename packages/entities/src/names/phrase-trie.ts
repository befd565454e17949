import { type Token, tokenize } from './tokenize';

interface TrieNode<V> {
  /** Next token with white space before it (or the first token). */
  spaced: Map<string, TrieNode<V>>;
  /** Next token written right against the previous one ("S&D", "Verts/ALE"). */
  joined: Map<string, TrieNode<V>>;
  values: V[];
}

function newNode<V>(): TrieNode<V> {
  return { spaced: new Map(), joined: new Map(), values: [] };
}

function step<V>(
  node: TrieNode<V>,
  t: Pick<Token, 'key' | 'spaceBefore'>,
  first: boolean,
): TrieNode<V> | undefined {
  return first || t.spaceBefore ? node.spaced.get(t.key) : node.joined.get(t.key);
}

/** Token sequences (case-sensitive, spacing-aware) mapped to values; longest match first. */
export class PhraseTrie<V> {
  private readonly root: TrieNode<V> = newNode();
  /** Some phrase starts with a word that is not capitalised (else such tokens are skipped at once). */
  private lowerStart = false;

  add(phrase: string, value: V): void {
    const tokens = tokenize(phrase, 0, phrase.length);
    if (tokens[0] && !tokens[0].cap) this.lowerStart = true;
    let node = this.root;
    tokens.forEach((t, i) => {
      const map = i === 0 || t.spaceBefore ? node.spaced : node.joined;
      let child = map.get(t.key);
      if (!child) {
        child = newNode();
        map.set(t.key, child);
      }
      node = child;
    });
    if (tokens.length > 0) node.values.push(value);
  }

  /** The longest phrase starting at tokens[i]: index after its last token, and its values. */
  match(tokens: readonly Token[], i: number): { end: number; values: V[] } | null {
    // No phrase starts before the first token (callers look back with i - 2 and the like).
    if (i < 0) return null;
    if (!this.lowerStart && !tokens[i]?.cap) return null;
    let node: TrieNode<V> | undefined = this.root;
    let best: { end: number; values: V[] } | null = null;
    for (let j = i; j < tokens.length; j++) {
      node = step(node, tokens[j] as Token, j === i);
      if (!node) break;
      if (node.values.length > 0) best = { end: j + 1, values: node.values };
    }
    return best;
  }

  /** Every phrase starting at tokens[i], shortest first. */
  matchAll(tokens: readonly Token[], i: number): { end: number; values: V[] }[] {
    const out: { end: number; values: V[] }[] = [];
    if (i < 0 || (!this.lowerStart && !tokens[i]?.cap)) return out;
    let node: TrieNode<V> | undefined = this.root;
    for (let j = i; j < tokens.length; j++) {
      node = step(node, tokens[j] as Token, j === i);
      if (!node) break;
      if (node.values.length > 0) out.push({ end: j + 1, values: node.values });
    }
    return out;
  }
}
