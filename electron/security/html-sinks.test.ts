// Document text is shown as text because nothing in the UI turns a string into markup (LESSONS.md 6).
// This keeps it so: no raw-HTML sink and no string-to-code call anywhere in renderer/ or shared/. Read
// with the TypeScript parser, so comments and strings that merely mention a sink do not count.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/** Property names and JSX attributes that parse a string as HTML. */
const htmlSinks = new Set([
  'innerHTML',
  'outerHTML',
  'insertAdjacentHTML',
  'dangerouslySetInnerHTML',
  'srcdoc',
]);
/** Calls that run a string as code or parse it as markup, whatever they are called on. */
const callSinks = new Set(['eval', 'Function', 'createContextualFragment']);
/** document.write and writeln put raw markup into the page. */
const documentSinks = new Set(['write', 'writeln']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function sinksIn(path: string, text: string): string[] {
  const file = ts.createSourceFile(
    path,
    text,
    ts.ScriptTarget.Latest,
    true,
    path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: string[] = [];
  const at = (node: ts.Node, what: string) =>
    found.push(
      `${relative(root, path)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${what}`,
    );
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node) && htmlSinks.has(node.name.text)) at(node, node.name.text);
    if (ts.isJsxAttribute(node) && htmlSinks.has(node.name.getText())) at(node, node.name.getText());
    if (ts.isPropertyAssignment(node) && htmlSinks.has(node.name.getText())) at(node, node.name.getText());
    if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && node.expression) {
      const callee = ts.isPropertyAccessExpression(node.expression)
        ? node.expression.name.text
        : node.expression.getText();
      const onDocument =
        ts.isPropertyAccessExpression(node.expression) &&
        /document$/.test(node.expression.expression.getText());
      if (callSinks.has(callee) || (onDocument && documentSinks.has(callee))) at(node, callee);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('no raw-HTML or string-to-code sinks in the UI and shared code', () => {
  it('renderer/ and shared/ have none', () => {
    const files = [...sourceFiles(join(root, 'renderer')), ...sourceFiles(join(root, 'shared'))];
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap((path) => sinksIn(path, readFileSync(path, 'utf8')))).toEqual([]);
  });

  it.each([
    ['<div dangerouslySetInnerHTML={{ __html: text }} />', 'dangerouslySetInnerHTML'],
    ['element.innerHTML = text;', 'innerHTML'],
    ["element.insertAdjacentHTML('beforeend', text);", 'insertAdjacentHTML'],
    ['document.write(text);', 'write'],
    ['eval(text);', 'eval'],
    ['new Function(text)();', 'Function'],
    ['frame.srcdoc = text;', 'srcdoc'],
  ])('would catch %s', (code, sink) => {
    expect(sinksIn(join(root, 'renderer', 'probe.tsx'), code).join()).toContain(sink);
  });

  it('does not count a mention in a comment or a string', () => {
    expect(sinksIn(join(root, 'renderer', 'probe.tsx'), "// never innerHTML\nconst s = 'eval(x)';")).toEqual(
      [],
    );
  });
});
