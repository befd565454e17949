const UNSAFE = /[^A-Za-z0-9._-]/g;

/**
 * The page file of each document, relative to the report folder: `docs/<id>.html`, with any
 * character unsafe in a file name replaced by `_` and a suffix where two ids would collide.
 */
export function documentFileNames(docs: readonly string[]): Map<string, string> {
  const names = new Map<string, string>();
  const used = new Set<string>();
  for (const doc of docs) {
    if (names.has(doc)) continue;
    const base = doc.replace(UNSAFE, '_').replace(/^\.+/, '_') || '_';
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}-${n}`;
    used.add(name.toLowerCase());
    names.set(doc, `docs/${name}.html`);
  }
  return names;
}
