// A streaming XML tokenizer for the parts of an .xlsx: start and end tags, attributes, text with
// the predefined and numeric character references, CDATA, comments and processing instructions.
// Nothing else: SpreadsheetML never declares a DTD, so a document type or entity declaration is
// refused (`onDeclaration`) before anything could be expanded. Written for speed on sheets of
// 100,000 rows (a general SAX parser spent most of the read allocating tag objects it did not need):
// a tag's name is not cut out of the text again once seen, its attributes' places are found in the
// walk that finds its end and their values cut out only when asked for, and text or a value with
// nothing to decode can be read where it lies. It checks no well-formedness beyond what reading needs.

/** The start tag being handed on: valid only during the `open` call it is given to. */
export interface XmlTag {
  /** One attribute's value by its full name (r, t, r:id), references decoded; undefined when absent. */
  attribute(name: string): string | undefined;
  /** Every attribute, by full name. */
  attributes(): Record<string, string>;
  /**
   * One attribute's value handed to `read` where it lies in the text, so that a number or a code
   * read from it needs no copy; a value holding references or line ends is decoded first and handed
   * on whole. Undefined when absent.
   */
  attributeWith<T>(name: string, read: (text: string, from: number, to: number) => T): T | undefined;
}

export interface XmlHandlers {
  /** A start tag, by local name (prefix dropped: some writers spell <x:c>). */
  open?(name: string, tag: XmlTag): void;
  close?(name: string): void;
  /** Character data, references decoded; may come in pieces. */
  text?(text: string): void;
  /**
   * Character data with nothing to decode (no references, no carriage returns), handed on where it
   * lies in the text, so that a cell's number needs no copy; when a handler has it, `text` gets
   * only the rest. The pieces of one run of text come in order, through either.
   */
  textAt?(text: string, from: number, to: number): void;
}

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

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

/**
 * The name="value" or name='value' pairs of a tag, between `from` and `to` in `text`, references
 * decoded; read by hand, as this runs for every cell.
 */
export function parseAttributes(text: string, from = 0, to = text.length): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (let at = nextAttribute(text, from, from, to); at >= 0; at = nextAttribute(text, at, from, to))
    attributes[text.slice(found.nameStart, found.nameEnd)] = attributeValue(text, found.valueStart, found.valueEnd);
  return attributes;
}

/** Where the attribute nextAttribute found lies: one record, reused, so walking a tag allocates nothing. */
const found = { nameStart: 0, nameEnd: 0, valueStart: 0, valueEnd: 0 };

/** An attribute's value between its quotes, line ends and references as XML reads them (XML 1.0, 3.3.3). */
const attributeValue = (text: string, start: number, end: number) => decodeReferences(lineEnds(text.slice(start, end)));

/**
 * Finds the next name="value" pair from `at` (within the tag's attributes, `from` to `to`), sets
 * `found` to its bounds (the value without its quotes) and gives where to look next; -1 when none
 * is left.
 */
function nextAttribute(text: string, at: number, from: number, to: number): number {
  const equals = text.indexOf("=", at);
  if (equals < 0 || equals >= to) return -1;
  let nameStart = at;
  while (nameStart < equals && isSpace(text.charCodeAt(nameStart))) nameStart++;
  let nameEnd = equals;
  while (nameEnd > nameStart && isSpace(text.charCodeAt(nameEnd - 1))) nameEnd--;
  let open = equals + 1;
  while (open < to && isSpace(text.charCodeAt(open))) open++;
  const quote = text.charCodeAt(open);
  if (quote !== 34 && quote !== 39) throw new XmlError(`an attribute without quotes: ${text.slice(from, to)}`);
  const close = text.indexOf(quote === 34 ? '"' : "'", open + 1);
  if (close < 0 || close >= to) throw new XmlError(`an unfinished attribute: ${text.slice(from, to)}`);
  found.nameStart = nameStart;
  found.nameEnd = nameEnd;
  found.valueStart = open + 1;
  found.valueEnd = close;
  return close + 1;
}

/** The tag handed to `open`: where its attributes are in the text being scanned. */
class TagInText implements XmlTag {
  text = "";
  from = 0;
  to = 0;
  /** The bounds of each attribute (name start and end, value start and end), found on the first ask; -1 until then. */
  private count = -1;
  private bounds = new Int32Array(64);

  /** Attributes the last readAttributes walk found. */
  private walked = 0;

  /** The tag `open` is given next; its attributes' bounds as the last readAttributes found them when `walked`. */
  set(text: string, from: number, to: number, walked: boolean): void {
    this.text = text;
    this.from = from;
    this.to = to;
    this.count = walked ? this.walked : -1;
  }

  /**
   * Reads the name="value" pairs of the tag whose name ends at `from`, in the one walk that finds
   * the tag's end: gives the index of its ">", its pairs' bounds kept for `set`; -1 when the tag is
   * not all in `text` yet; -2 when it holds anything but such pairs, for tagEnd to find its end and
   * `attribute` to read it as asked.
   */
  readAttributes(text: string, from: number): number {
    const length = text.length;
    let count = 0;
    let at = from;
    for (;;) {
      let code = 0;
      while (at < length && isSpace((code = text.charCodeAt(at)))) at++;
      if (at >= length) return -1;
      if (code === 62 /* > */ || code === 47 /* / */) {
        if (code === 47 && at + 1 >= length) return -1;
        if (code === 47 && text.charCodeAt(at + 1) !== 62) return -2;
        this.walked = count;
        return code === 62 ? at : at + 1;
      }
      const nameStart = at;
      // A quote in a name is not well-formed XML: declined, for tagEnd to read it as a quote (as it always has).
      while (
        at < length &&
        (code = text.charCodeAt(at)) !== 61 /* = */ &&
        code !== 62 &&
        code !== 47 &&
        code !== 34 &&
        code !== 39 &&
        !isSpace(code)
      )
        at++;
      const nameEnd = at;
      while (at < length && isSpace((code = text.charCodeAt(at)))) at++;
      if (at >= length) return -1;
      if (code !== 61 || nameEnd === nameStart) return -2;
      at++;
      while (at < length && isSpace((code = text.charCodeAt(at)))) at++;
      if (at >= length) return -1;
      if (code !== 34 && code !== 39) return -2;
      const close = text.indexOf(code === 34 ? '"' : "'", at + 1);
      if (close < 0) return -1;
      if (count * 4 + 4 > this.bounds.length) this.growBounds();
      const index = count * 4;
      this.bounds[index] = nameStart;
      this.bounds[index + 1] = nameEnd;
      this.bounds[index + 2] = at + 1;
      this.bounds[index + 3] = close;
      count++;
      at = close + 1;
    }
  }

  attribute(name: string): string | undefined {
    if (this.count < 0) this.findAttributes();
    const { text, bounds } = this;
    // The last of the name, as in attributes(), should a writer give one twice.
    for (let index = this.count * 4 - 4; index >= 0; index -= 4) {
      if (bounds[index + 1] - bounds[index] === name.length && text.startsWith(name, bounds[index]))
        return attributeValue(text, bounds[index + 2], bounds[index + 3]);
    }
    return undefined;
  }

  attributes(): Record<string, string> {
    return parseAttributes(this.text, this.from, this.to);
  }

  attributeWith<T>(name: string, read: (text: string, from: number, to: number) => T): T | undefined {
    if (this.count < 0) this.findAttributes();
    const { text, bounds } = this;
    for (let index = this.count * 4 - 4; index >= 0; index -= 4) {
      if (bounds[index + 1] - bounds[index] !== name.length || !text.startsWith(name, bounds[index])) continue;
      const start = bounds[index + 2];
      const end = bounds[index + 3];
      if (nothingToDecode(text, start, end)) return read(text, start, end);
      const value = attributeValue(text, start, end);
      return read(value, 0, value.length);
    }
    return undefined;
  }

  private growBounds(): void {
    const larger = new Int32Array(this.bounds.length * 2);
    larger.set(this.bounds);
    this.bounds = larger;
  }

  /** One walk over the tag's attributes, kept for every ask. */
  private findAttributes(): void {
    const { text, from, to } = this;
    this.count = 0;
    for (let at = nextAttribute(text, from, from, to); at >= 0; at = nextAttribute(text, at, from, to)) {
      if (this.count * 4 + 4 > this.bounds.length) this.growBounds();
      const index = this.count * 4;
      this.bounds[index] = found.nameStart;
      this.bounds[index + 1] = found.nameEnd;
      this.bounds[index + 2] = found.valueStart;
      this.bounds[index + 3] = found.valueEnd;
      this.count++;
    }
  }
}

/** Slots for tag names seen so far, kept to be handed on again without cutting each out of the text anew. */
const NAME_SLOTS = 64;

export class XmlScanner {
  private rest = "";
  private pendingText = "";
  private readonly tag = new TagInText();
  /** Names seen, each in the slot its length and first and last letters pick; a newcomer takes the slot. */
  private readonly names: (string | undefined)[] = new Array<string | undefined>(NAME_SLOTS).fill(undefined);

  constructor(
    private readonly handlers: XmlHandlers,
    private readonly onDeclaration: () => never,
  ) {}

  write(chunk: string): void {
    const rest = this.rest;
    this.rest = "";
    if (rest.length === 0) return this.scan(chunk, 0);
    // A tag cut by the last chunk's end is finished with this chunk's text up to its first ">",
    // so the chunk is not copied whole onto the tail; where that is not enough (a ">" in quotes,
    // a comment, CDATA), the two are joined.
    const gt = chunk.indexOf(">");
    if (gt >= 0) {
      this.scan(rest + chunk.slice(0, gt + 1), 0);
      if (this.rest.length === 0) return this.scan(chunk, gt + 1);
      const unfinished = this.rest;
      this.rest = "";
      return this.scan(unfinished + chunk.slice(gt + 1), 0);
    }
    this.scan(rest + chunk, 0);
  }

  /** Hands on what `text` holds from `at`; an unfinished tag at its end waits in `rest`. */
  private scan(text: string, from: number): void {
    // Called as methods, so a class's handlers keep their `this`, and every instance of it shares
    // the same functions (which the JIT then optimises once, not once per part read).
    const handlers = this.handlers;
    let at = from;
    while (at < text.length) {
      const lt = text.indexOf("<", at);
      if (lt < 0) {
        this.addText(text.slice(at));
        return;
      }
      if (lt > at) {
        // Text lying whole before a tag goes on where it lies when there is nothing to decode.
        if (handlers.textAt && this.pendingText.length === 0 && nothingToDecode(text, at, lt))
          handlers.textAt(text, at, lt);
        else this.addText(text.slice(at, lt));
      }
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
      // The name runs to a space, "/" or ">"; only a tag with more after its name is walked again
      // for its end, past quoted values (which may hold ">").
      const closing = next === 47; /* / */
      let nameStart = closing ? lt + 2 : lt + 1;
      while (nameStart < text.length && isSpace(text.charCodeAt(nameStart))) nameStart++;
      let nameEnd = nameStart;
      let code = 0;
      while (nameEnd < text.length) {
        code = text.charCodeAt(nameEnd);
        if (code === 62 /* > */ || code === 47 /* / */ || isSpace(code)) break;
        nameEnd++;
      }
      // A start tag's attributes are read in the walk that finds its end, unless that walk declines them.
      let walked = false;
      if (code === 62 && nameEnd < text.length) end = nameEnd;
      else {
        end = closing ? -2 : this.tag.readAttributes(text, nameEnd);
        walked = end !== -2;
        if (!walked) end = tagEnd(text, nameEnd);
      }
      if (end < 0) break;
      this.flushText();
      const name = this.nameAt(text, nameStart, nameEnd);
      if (closing) handlers.close?.(name);
      else {
        const selfClosing = text.charCodeAt(end - 1) === 47;
        if (handlers.open) {
          this.tag.set(text, nameEnd, selfClosing ? end - 1 : end, walked);
          handlers.open(name, this.tag);
        }
        if (selfClosing) handlers.close?.(name);
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

  /** The local name of the tag named between `from` and `to` (a prefix such as x: dropped), as seen before where it can be. */
  private nameAt(text: string, from: number, to: number): string {
    let start = from;
    for (let at = from; at < to; at++) {
      if (text.charCodeAt(at) === 58 /* : */) {
        start = at + 1;
        break;
      }
    }
    const length = to - start;
    if (length <= 0) return "";
    // A name seen before is found by its length and first and last letters, and checked whole
    // when longer than two letters.
    const first = text.charCodeAt(start);
    const last = text.charCodeAt(to - 1);
    const slot = (length * 7 + first * 3 + last) & (NAME_SLOTS - 1);
    const known = this.names[slot];
    if (
      known !== undefined &&
      known.length === length &&
      known.charCodeAt(0) === first &&
      known.charCodeAt(length - 1) === last &&
      (length <= 2 || text.startsWith(known, start))
    )
      return known;
    // A copy, not a slice: a slice would keep the whole chunk of text alive while the name is kept.
    const name = (" " + text.slice(start, to)).slice(1);
    this.names[slot] = name;
    return name;
  }

  private addText(text: string): void {
    this.pendingText = this.pendingText.length === 0 ? text : this.pendingText + text;
  }

  private flushText(): void {
    if (this.pendingText.length === 0) return;
    const text = this.pendingText;
    this.pendingText = "";
    this.handlers.text?.(decodeReferences(lineEnds(text)));
  }
}

/** Whether the text from `from` to `to` reads as it is written: no reference (&) and no carriage return to decode. */
function nothingToDecode(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code === 38 /* & */ || code === 13) return false;
  }
  return true;
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
