export interface XmlOpen {
  kind: 'open';
  name: string;
  attributes: Record<string, string>;
  line: number;
  selfClosing: boolean;
}

export interface XmlClose {
  kind: 'close';
  name: string;
  line: number;
}

export type XmlEvent = XmlOpen | XmlClose;

export type XmlFail = (line: number, expected: string) => never;

const NAME = /[A-Za-z_:][\w.:-]*/y;
const ATTRIBUTE = /\s+([A-Za-z_:][\w.:-]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;
const TAG_END = /\s*(\/?)>/y;
const ENTITY = /&(?:(lt|gt|amp|quot|apos)|#(\d{1,7})|#x([0-9a-fA-F]{1,6}));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * Start and end tags of an XML document, in order, checked for nesting; comments,
 * processing instructions, DOCTYPE, CDATA and text are skipped. Iterative: depth costs heap, not stack.
 */
export function* xmlEvents(text: string, fail: XmlFail): Generator<XmlEvent> {
  const open: string[] = [];
  let line = 1;
  let i = 0;
  let nextNewline = text.indexOf('\n');
  const advance = (to: number): void => {
    while (nextNewline !== -1 && nextNewline < to) {
      line++;
      nextNewline = text.indexOf('\n', nextNewline + 1);
    }
    i = to;
  };
  const skipPast = (terminator: string, what: string): void => {
    const end = text.indexOf(terminator, i);
    if (end === -1) fail(line, what);
    advance(end + terminator.length);
  };
  for (;;) {
    const lt = text.indexOf('<', i);
    if (lt === -1) break;
    advance(lt);
    if (text.startsWith('<!--', i)) skipPast('-->', "the end of a comment '-->'");
    else if (text.startsWith('<![CDATA[', i)) skipPast(']]>', "the end of a CDATA section ']]>'");
    else if (text.startsWith('<?', i)) skipPast('?>', "the end of a processing instruction '?>'");
    else if (text.startsWith('<!', i)) skipPast('>', "the end of a declaration '>'");
    else if (text.startsWith('</', i)) {
      const name = readName(text, i + 2) ?? fail(line, 'an element name after "</"');
      const expectedName = open.pop();
      if (name !== expectedName) fail(line, expectedName ? `</${expectedName}>` : 'no closing tag');
      TAG_END.lastIndex = i + 2 + name.length;
      const end = TAG_END.exec(text);
      if (!end || end[1] === '/') fail(line, `'>' closing </${name}`);
      yield { kind: 'close', name, line };
      advance(TAG_END.lastIndex);
    } else {
      const name = readName(text, i + 1) ?? fail(line, 'an element name after "<"');
      const attributes: Record<string, string> = {};
      let at = i + 1 + name.length;
      for (;;) {
        ATTRIBUTE.lastIndex = at;
        const attribute = ATTRIBUTE.exec(text);
        if (!attribute) break;
        attributes[attribute[1]!] = decodeEntities(attribute[2] ?? attribute[3] ?? '', line, fail);
        at = ATTRIBUTE.lastIndex;
      }
      TAG_END.lastIndex = at;
      const end = TAG_END.exec(text);
      if (!end) fail(line, `an attribute or '>' in <${name}>`);
      const selfClosing = end[1] === '/';
      const event: XmlOpen = { kind: 'open', name, attributes, line, selfClosing };
      advance(TAG_END.lastIndex);
      yield event;
      if (selfClosing) yield { kind: 'close', name, line };
      else open.push(name);
    }
  }
  if (open.length > 0) fail(line, `</${open.at(-1)}> before the end of the file`);
}

function readName(text: string, at: number): string | undefined {
  NAME.lastIndex = at;
  return NAME.exec(text)?.[0];
}

function decodeEntities(value: string, line: number, fail: XmlFail): string {
  if (!value.includes('&')) return value;
  const decoded = value.replace(
    ENTITY,
    (_, named: string | undefined, dec: string | undefined, hex: string | undefined) => {
      if (named) return NAMED[named]!;
      const code = dec ? Number(dec) : Number.parseInt(hex!, 16);
      return code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
    },
  );
  if (decoded.includes('&') && /&(?!(?:lt|gt|amp|quot|apos|#\d{1,7}|#x[0-9a-fA-F]{1,6});)/.test(value)) {
    fail(line, 'a valid entity reference in an attribute value');
  }
  return decoded;
}
