import { basename, extname } from 'node:path';

/** The document id: the file name without its (last) extension. */
export function documentId(path: string): string {
  const name = basename(path);
  const ext = extname(name);
  return ext.length > 0 && ext.length < name.length ? name.slice(0, -ext.length) : name;
}
