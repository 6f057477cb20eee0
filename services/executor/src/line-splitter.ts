import { StringDecoder } from 'node:string_decoder';

/**
 * Turns a byte stream into lines (without the `\n` or a trailing `\r`), decoding UTF-8 across chunk
 * boundaries. A line longer than `maxLineChars` is passed on in pieces so one endless line cannot
 * exhaust memory.
 */
export class LineSplitter {
  private readonly decoder = new StringDecoder('utf8');
  private partial = '';

  constructor(
    private readonly onLine: (line: string) => void,
    private readonly maxLineChars = 64 * 1024,
  ) {}

  push(chunk: Buffer): void {
    this.consume(this.partial + this.decoder.write(chunk));
  }

  /** Emits what is left after the last newline, if anything. */
  end(): void {
    const rest = this.partial + this.decoder.end();
    this.partial = '';
    if (rest !== '') this.emit(rest);
  }

  private consume(text: string): void {
    let start = 0;
    for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', start)) {
      this.emit(text.slice(start, newline));
      start = newline + 1;
    }
    let rest = text.slice(start);
    while (rest.length > this.maxLineChars) {
      this.onLine(rest.slice(0, this.maxLineChars));
      rest = rest.slice(this.maxLineChars);
    }
    this.partial = rest;
  }

  private emit(line: string): void {
    const text = line.endsWith('\r') ? line.slice(0, -1) : line;
    for (let offset = 0; offset < text.length; offset += this.maxLineChars)
      this.onLine(text.slice(offset, offset + this.maxLineChars));
    if (text === '') this.onLine('');
  }
}
