// Finds every regular expression of the project's source with the TypeScript compiler API:
// regex literals, `new RegExp('literal', 'flags')` and `RegExp(...)` calls; a RegExp built from
// anything else (a variable, a template with substitutions) is a dynamic site, checked at run time.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface FoundRegex {
  /** `packages/ingest/src/parse-vote.ts:12` */
  where: string;
  file: string;
  line: number;
  kind: 'literal' | 'constructor' | 'dynamic';
  /** The pattern source (null for a dynamic site). */
  pattern: string | null;
  /** The flags, null when they are not a literal. */
  flags: string | null;
  code: string;
}

/** The project's source files: packages/*\/src and apps/*\/src, .ts, tests and test helpers left out. */
export function sourceFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && entry.name !== 'test' && entry.name !== '__tests__')
          walk(p);
      } else if (
        entry.name.endsWith('.ts') &&
        !entry.name.endsWith('.test.ts') &&
        !entry.name.endsWith('.d.ts') &&
        !entry.name.startsWith('test-support')
      ) {
        files.push(p);
      }
    }
  };
  for (const group of ['packages', 'apps']) {
    let names: string[];
    try {
      names = readdirSync(join(root, group));
    } catch {
      continue;
    }
    for (const name of names.sort()) {
      try {
        walk(join(root, group, name, 'src'));
      } catch {
        // a package without src
      }
    }
  }
  return files.sort();
}

function literalText(node: ts.Node | undefined): string | null {
  if (!node) return null;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (
    ts.isTaggedTemplateExpression(node) &&
    node.tag.getText() === 'String.raw' &&
    ts.isNoSubstitutionTemplateLiteral(node.template)
  ) {
    return node.template.rawText ?? node.template.text;
  }
  if (ts.isParenthesizedExpression(node)) return literalText(node.expression);
  return null;
}

function isRegExpCallee(node: ts.Expression): boolean {
  const text = node.getText();
  return text === 'RegExp' || text === 'globalThis.RegExp';
}

/** The regexes of one TypeScript source text. */
export function findRegexesInSource(text: string, file: string): FoundRegex[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: FoundRegex[] = [];
  const add = (
    node: ts.Node,
    kind: FoundRegex['kind'],
    pattern: string | null,
    flags: string | null,
  ) => {
    const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    found.push({
      where: `${file}:${line}`,
      file,
      line,
      kind,
      pattern,
      flags,
      code: node.getText(source).slice(0, 200),
    });
  };
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const raw = node.getText(source);
      const end = raw.lastIndexOf('/');
      add(node, 'literal', raw.slice(1, end), raw.slice(end + 1));
    } else if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      isRegExpCallee(node.expression)
    ) {
      const args = node.arguments ?? ts.factory.createNodeArray();
      const pattern = literalText(args[0]);
      const flags = args.length < 2 ? '' : literalText(args[1]);
      if (pattern !== null) add(node, 'constructor', pattern, flags);
      else add(node, 'dynamic', null, flags);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every regex of the project's source, located as `path:line` relative to the root. */
export function findProjectRegexes(root: string): FoundRegex[] {
  return sourceFiles(root).flatMap((path) =>
    findRegexesInSource(readFileSync(path, 'utf8'), relative(root, path)),
  );
}
