// Which ExcelApi requirement set each Office.js member used by the add-in needs (from @types/office-js's
// "[Api set: ExcelApi 1.x]" remarks), and which run-time capability check guards each use (src/excel/requirements.ts).
import * as fs from "fs";
import * as path from "path";
import ts from "typescript";

export interface MemberUse {
  /** "Excel.Range.getMergedAreasOrNullObject" */
  member: string;
  /** "src/excel/read.ts:123" */
  at: string;
  /** The set the member needs: "ExcelApi 1.13", "ExcelApiDesktop 1.1"…; null when the types say none. */
  needs: string | null;
  /** Capabilities whose check encloses the use (directly, or through a function whose every caller is guarded). */
  guards: string[];
}

const ROOT = path.resolve(__dirname, "../..");
const OFFICE_TYPES = path.join("@types", "office-js", "index.d.ts");

/** The minor version of "ExcelApi 1.13" → 13; another set (desktop-only, online-only) → Infinity. */
export function minorOf(set: string | null): number {
  const m = set ? /^ExcelApi (\d+)\.(\d+)$/.exec(set) : null;
  return m ? Number(m[2]) : set === null ? 0 : Infinity;
}

function apiSetOf(symbol: ts.Symbol): string | null {
  for (const tag of symbol.getJsDocTags()) {
    const text = (tag.text ?? []).map((p) => p.text).join("");
    const m = /\[Api set: ([A-Za-z]+ \d+\.\d+)/.exec(text);
    if (m) return m[1];
  }
  return null;
}

/** `const v = caps.x ? … : null`: the capabilities a truthy `v` implies. */
function variableCaps(n: ts.Node, known: Set<string>): string[] {
  if (!ts.isIdentifier(n)) return [];
  const file = n.getSourceFile();
  let found: string[] = [];
  ts.forEachChild(file, function visit(d) {
    if (ts.isVariableDeclaration(d) && ts.isIdentifier(d.name) && d.name.text === n.text && d.initializer && ts.isConditionalExpression(d.initializer)) {
      const whenFalse = d.initializer.whenFalse;
      if (whenFalse.kind === ts.SyntaxKind.NullKeyword && d.getStart() < n.getStart() && d.parent.parent.parent === enclosingBlock(n)) {
        found = positiveCaps(d.initializer.condition, known);
      }
    }
    ts.forEachChild(d, visit);
  });
  return found;
}

function enclosingBlock(n: ts.Node): ts.Node | undefined {
  let p = n.parent;
  while (p && !ts.isBlock(p) && !ts.isSourceFile(p)) p = p.parent;
  return p;
}

/** "caps.pageLayout", "caps.pageLayout && …", "(m, caps) => caps.pageLayout": the capability names a condition tests positively. */
function positiveCaps(node: ts.Node, known: Set<string>): string[] {
  const out: string[] = [];
  const visit = (n: ts.Node, negated: boolean) => {
    if (ts.isPrefixUnaryExpression(n) && n.operator === ts.SyntaxKind.ExclamationToken) return visit(n.operand, !negated);
    if (!negated && ts.isIdentifier(n)) out.push(...variableCaps(n, known));
    if (ts.isPropertyAccessExpression(n) && known.has(n.name.text) && /caps$/i.test(n.expression.getText())) {
      if (!negated) out.push(n.name.text);
      return;
    }
    if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.BarBarToken) return; // either side may hold
    ts.forEachChild(n, (c) => visit(c, negated));
  };
  visit(node, false);
  return out;
}

/** `if (!caps.x) throw …` / `return …`: the capability an early exit guarantees for what follows. */
function earlyExitCaps(statement: ts.Statement, known: Set<string>): string[] {
  if (!ts.isIfStatement(statement) || statement.elseStatement) return [];
  const exits = (s: ts.Statement): boolean =>
    ts.isReturnStatement(s) || ts.isThrowStatement(s) || (ts.isBlock(s) && s.statements.length > 0 && exits(s.statements[s.statements.length - 1]));
  if (!exits(statement.thenStatement)) return [];
  const cond = statement.expression;
  if (ts.isPrefixUnaryExpression(cond) && cond.operator === ts.SyntaxKind.ExclamationToken) return positiveCaps(cond.operand, known);
  return [];
}

export function excelApiUses(files: string[], capabilities: string[]): MemberUse[] {
  const config = ts.readConfigFile(path.join(ROOT, "tsconfig.json"), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const program = ts.createProgram(files.map((f) => path.join(ROOT, f)), { ...parsed.options, noEmit: true });
  const checker = program.getTypeChecker();
  const known = new Set(capabilities);

  // Functions whose body starts with an early exit on a capability (requireRead): calling them guards what follows.
  const guardFunctions = new Map<ts.Symbol, string[]>();
  // Capabilities guaranteed at every call of a function (filled in below, one level of callers).
  const callerGuards = new Map<ts.Node, string[]>();

  const sources = program.getSourceFiles().filter((s) => files.some((f) => path.join(ROOT, f) === path.resolve(s.fileName)));
  for (const source of sources) {
    ts.forEachChild(source, function visit(n) {
      if (ts.isFunctionDeclaration(n) && n.name && n.body && n.body.statements.length > 0) {
        const caps = earlyExitCaps(n.body.statements[0], known);
        const symbol = checker.getSymbolAtLocation(n.name);
        if (caps.length && symbol) guardFunctions.set(symbol, caps);
      }
      ts.forEachChild(n, visit);
    });
  }

  const lexicalGuards = (node: ts.Node): string[] => {
    const guards: string[] = [];
    for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
      if (ts.isIfStatement(parent) && child === parent.thenStatement) guards.push(...positiveCaps(parent.expression, known));
      if (ts.isConditionalExpression(parent) && child === parent.whenTrue) guards.push(...positiveCaps(parent.condition, known));
      // v?.member with v initialised under a capability
      if (ts.isPropertyAccessExpression(parent) && parent.questionDotToken && child === parent.name) {
        guards.push(...positiveCaps(parent.expression, known));
      }
      if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken && child === parent.right) {
        guards.push(...positiveCaps(parent.left, known));
      }
      // { wanted: (m, caps) => caps.x, queue: … }: the table's own guard
      if (ts.isObjectLiteralExpression(parent)) {
        const wanted = parent.properties.find((p) => p.name?.getText() === "wanted");
        if (wanted && wanted !== child) guards.push(...positiveCaps(wanted, known));
      }
      if (ts.isBlock(parent) || ts.isSourceFile(parent)) {
        for (const statement of parent.statements) {
          if (statement === child) break;
          guards.push(...earlyExitCaps(statement, known));
          if (ts.isExpressionStatement(statement) && ts.isCallExpression(statement.expression)) {
            const callee = checker.getSymbolAtLocation(statement.expression.expression);
            if (callee) guards.push(...(guardFunctions.get(callee) ?? []));
          }
        }
      }
      const fromCallers = callerGuards.get(parent);
      if (fromCallers) guards.push(...fromCallers);
    }
    return [...new Set(guards)];
  };

  // A function called only where a capability holds carries it: two passes reach callers of callers.
  for (let pass = 0; pass < 3; pass++) {
    const calls = new Map<ts.Node, string[][]>();
    for (const source of sources) {
      ts.forEachChild(source, function visit(n) {
        if (ts.isCallExpression(n)) {
          const target = n.expression;
          // through the type, so a function reached by a destructured dynamic import() is found too
          const symbol = checker.getTypeAtLocation(target).getSymbol() ?? checker.getSymbolAtLocation(target);
          const decl = symbol?.declarations?.find((d) => ts.isFunctionDeclaration(d) || ts.isMethodDeclaration(d));
          if (decl && sources.includes(decl.getSourceFile())) {
            const list = calls.get(decl) ?? [];
            list.push(lexicalGuards(n));
            calls.set(decl, list);
          }
        }
        ts.forEachChild(n, visit);
      });
    }
    for (const [decl, sites] of calls) {
      const common = sites.reduce<string[]>((acc, s) => acc.filter((c) => s.includes(c)), sites[0] ?? []);
      if (common.length) callerGuards.set(decl, common);
    }
  }

  const uses: MemberUse[] = [];
  for (const source of sources) {
    ts.forEachChild(source, function visit(n) {
      if (ts.isPropertyAccessExpression(n)) {
        const symbol = checker.getSymbolAtLocation(n.name);
        const decl = symbol?.declarations?.[0];
        if (symbol && decl && decl.getSourceFile().fileName.endsWith(OFFICE_TYPES)) {
          const owner = (decl.parent as ts.ClassDeclaration | ts.InterfaceDeclaration).name?.getText() ?? "?";
          const namespace = (decl.parent.parent?.parent as ts.ModuleDeclaration | undefined)?.name?.getText() ?? "";
          if (namespace === "Excel") {
            const line = source.getLineAndCharacterOfPosition(n.getStart()).line + 1;
            uses.push({
              member: `Excel.${owner}.${n.name.text}`,
              at: `${path.relative(ROOT, source.fileName)}:${line}`,
              needs: apiSetOf(symbol),
              guards: lexicalGuards(n),
            });
          }
        }
      }
      ts.forEachChild(n, visit);
    });
  }
  return uses;
}

/** The ExcelApi minimum the manifest demands (1.1 when it names none: any Excel that runs add-ins). */
export function manifestExcelApiMinor(): number {
  const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  const m = /<Set Name="ExcelApi" MinVersion="1\.(\d+)"/.exec(xml);
  return m ? Number(m[1]) : 1;
}
