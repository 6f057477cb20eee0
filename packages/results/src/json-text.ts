export interface JsonOptions {
  /** Accept the bare NaN / Infinity / -Infinity tokens some .NET serializers write; they read as null. */
  allowNonFinite?: boolean;
}

const NON_FINITE = /NaN|-?Infinity/y;
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;

/** JSON.parse (iterative in V8, so nesting depth cannot overflow the stack); throws SyntaxError. */
export function parseJson(text: string, options: JsonOptions): unknown {
  return JSON.parse(options.allowNonFinite ? nullNonFinite(text) : text);
}

function match(pattern: RegExp, text: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.exec(text) ? pattern.lastIndex : -1;
}

type State = 'value' | 'valueOrClose' | 'key' | 'keyOrClose' | 'colon' | 'after';

const EXPECTED: Record<State, string> = {
  value: 'a JSON value',
  valueOrClose: "a JSON value or ']'",
  key: 'a property name in double quotes',
  keyOrClose: "a property name in double quotes or '}'",
  colon: "':'",
  after: 'end of input',
};

/** Where the first syntax error of a text is and what was expected there, found by an iterative scan. */
export function locateSyntaxError(text: string, allowNonFinite: boolean): { offset: number; expected: string } {
  const stack: ('{' | '[')[] = [];
  let state: State = 'value';
  let i = 0;
  for (;;) {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
    if (i >= text.length) return { offset: text.length, expected: afterExpectation(state, stack) };
    const c = text[i]!;
    if (state === 'value' || state === 'valueOrClose') {
      let end = -1;
      if (state === 'valueOrClose' && c === ']') {
        stack.pop();
        end = i + 1;
      } else if (c === '{' || c === '[') {
        stack.push(c);
        i++;
        state = c === '{' ? 'keyOrClose' : 'valueOrClose';
        continue;
      } else if (c === '"') {
        end = match(STRING, text, i);
      } else {
        end = Math.max(
          match(NUMBER, text, i),
          match(LITERAL, text, i),
          allowNonFinite ? match(NON_FINITE, text, i) : -1,
        );
      }
      if (end === -1) return { offset: i, expected: c === '"' ? 'a complete string' : EXPECTED[state] };
      i = end;
      state = 'after';
    } else if (state === 'key' || state === 'keyOrClose') {
      if (state === 'keyOrClose' && c === '}') {
        stack.pop();
        i++;
        state = 'after';
        continue;
      }
      const end = c === '"' ? match(STRING, text, i) : -1;
      if (end === -1) return { offset: i, expected: c === '"' ? 'a complete string' : EXPECTED[state] };
      i = end;
      state = 'colon';
    } else if (state === 'colon') {
      if (c !== ':') return { offset: i, expected: EXPECTED.colon };
      i++;
      state = 'value';
    } else {
      const top = stack.at(-1);
      if (top === undefined) return { offset: i, expected: EXPECTED.after };
      const close = top === '{' ? '}' : ']';
      if (c === ',') state = top === '{' ? 'key' : 'value';
      else if (c === close) stack.pop();
      else return { offset: i, expected: `',' or '${close}'` };
      i++;
    }
  }
}

function afterExpectation(state: State, stack: readonly ('{' | '[')[]): string {
  const top = stack.at(-1);
  if (state !== 'after' || top === undefined)
    return top === undefined && state === 'after' ? 'valid JSON' : EXPECTED[state];
  return `',' or '${top === '{' ? '}' : ']'}'`;
}

function nullNonFinite(text: string): string {
  if (!/NaN|Infinity/.test(text)) return text;
  const parts: string[] = [];
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      const end = match(STRING, text, i);
      if (end === -1) break;
      i = end - 1;
      continue;
    }
    if (c !== 78 && c !== 73 && c !== 45) continue;
    const end = match(NON_FINITE, text, i);
    if (end === -1) continue;
    parts.push(text.slice(copied, i), 'null');
    copied = end;
    i = end - 1;
  }
  parts.push(text.slice(copied));
  return parts.join('');
}
