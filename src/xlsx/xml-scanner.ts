// A streaming XML tokenizer for the parts of an .xlsx: start and end tags, attributes, text with
// the predefined and numeric character references, CDATA, comments and processing instructions.
// Nothing else: SpreadsheetML never declares a DTD, so a document type or entity declaration is
// refused (`onDeclaration`) before anything could be expanded. Written for speed on sheets of
// 100,000 rows (a general SAX parser spent most of the read allocating tag objects it did not need);
// it checks no well-formedness beyond what reading needs.

export interface XmlHandlers {
  /** A start tag, by local name (prefix dropped: some writers spell <x:c>). `attributes` is filled only for names in `withAttributes`. */
  open?(name: string, attributes: Record<string, string>): void;
  close?(name: string): void;
  /** Character data, references decoded; may come in pieces. */
  text?(text: string): void;
}

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
const EMPTY: Record<string, string> = Object.freeze({}) as Record<string, string>;

export class XmlError extends Error {}

/** Text with its character references decoded: &amp; &#38; &#x26;. Any other entity is an error. */
export function decodeReferences(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&([^;&\s]{1,10});/g, (_, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      if (!Number.isFinite(code) || code < 0 || code > 0x10ffff)
        throw new XmlError(`a bad character reference &${name};`);
      return String.fromCodePoint(code);
    }
    const value = NAMED[name];
    if (value === undefined) throw new XmlError(`an undeclared entity &${name};`);
    return value;
  });
}

/** Line ends as an XML parser hands them on: CR LF and a lone CR become LF (XML 1.0, 2.11); &#13; stays a CR. */
const lineEnds = (text: string) => (text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text);

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/**
 * The name="value" or name='value' pairs of a tag, between `from` and `to` in `text`, references
 * decoded; read by hand, as this runs for every cell.
 */
export function parseAttributes(text: string, from = 0, to = text.length): Record<string, string> {
  const attributes: Record<string, string> = {};
  let at = from;
  while (at < to) {
    const equals = text.indexOf("=", at);
    if (equals < 0 || equals >= to) break;
    const name = text.slice(at, equals).trim();
    let open = equals + 1;
    while (open < to && isSpace(text.charCodeAt(open))) open++;
    const quote = text[open];
    if (quote !== '"' && quote !== "'") throw new XmlError(`an attribute without quotes: ${text.slice(from, to)}`);
    const close = text.indexOf(quote, open + 1);
    if (close < 0 || close >= to) throw new XmlError(`an unfinished attribute: ${text.slice(from, to)}`);
    attributes[name] = decodeReferences(lineEnds(text.slice(open + 1, close)));
    at = close + 1;
  }
  return attributes;
}

export class XmlScanner {
  private rest = "";
  private pendingText = "";

  constructor(
    private readonly handlers: XmlHandlers,
    private readonly withAttributes: ReadonlySet<string> | "all",
    private readonly onDeclaration: () => never,
  ) {}

  write(chunk: string): void {
    const text = this.rest.length > 0 ? this.rest + chunk : chunk;
    this.rest = "";
    const { open, close } = this.handlers;
    let at = 0;
    while (at < text.length) {
      const lt = text.indexOf("<", at);
      if (lt < 0) {
        this.pendingText += text.slice(at);
        return;
      }
      if (lt > at) this.pendingText += text.slice(at, lt);
      at = lt; // text before the tag is taken: an unfinished tag waits in `rest` from its "<"
      const next = text.charCodeAt(lt + 1);
      let end: number;
      if (next === 33 /* ! */) {
        if (text.startsWith("<!--", lt)) {
          end = text.indexOf("-->", lt + 4);
          if (end < 0) break;
          at = end + 3;
          continue;
        }
        if (text.startsWith("<![CDATA[", lt)) {
          end = text.indexOf("]]>", lt + 9);
          if (end < 0) break;
          this.flushText();
          this.handlers.text?.(lineEnds(text.slice(lt + 9, end)));
          at = end + 3;
          continue;
        }
        if (lt + 9 > text.length) break; // "<!DOCTYPE" may be cut by the chunk's end
        this.onDeclaration();
      }
      if (next === 63 /* ? */) {
        end = text.indexOf("?>", lt + 2);
        if (end < 0) break;
        at = end + 2;
        continue;
      }
      end = tagEnd(text, lt + 1);
      if (end < 0) break;
      this.flushText();
      if (next === 47 /* / */) {
        close?.(localName(text.slice(lt + 2, end).trim()));
      } else {
        const selfClosing = text.charCodeAt(end - 1) === 47;
        const attributesEnd = selfClosing ? end - 1 : end;
        let nameEnd = lt + 1;
        while (nameEnd < attributesEnd && !isSpace(text.charCodeAt(nameEnd))) nameEnd++;
        const name = localName(text.slice(lt + 1, nameEnd));
        if (open) {
          const wanted = this.withAttributes === "all" || this.withAttributes.has(name);
          open(name, wanted && nameEnd < attributesEnd ? parseAttributes(text, nameEnd, attributesEnd) : EMPTY);
        }
        if (selfClosing) close?.(name);
      }
      at = end + 1;
    }
    this.rest = text.slice(at);
  }

  /** The end of the input: anything left unfinished is an error. */
  close(): void {
    if (this.rest.trim().length > 0) throw new XmlError("the XML ends inside a tag");
    this.flushText();
  }

  private flushText(): void {
    if (this.pendingText.length === 0) return;
    const text = this.pendingText;
    this.pendingText = "";
    this.handlers.text?.(decodeReferences(lineEnds(text)));
  }
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** The index of the ">" ending a tag that starts at `from`, skipping quoted attribute values; -1 if not in `text` yet. */
function tagEnd(text: string, from: number): number {
  let inQuote = 0;
  for (let at = from; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (inQuote) {
      if (code === inQuote) inQuote = 0;
    } else if (code === 34 || code === 39) inQuote = code;
    else if (code === 62) return at;
  }
  return -1;
}
