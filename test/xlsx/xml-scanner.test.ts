import fc from "fast-check";
import { XmlError, XmlScanner } from "../../src/xlsx/xml-scanner";

const XML =
  `<?xml version="1.0" encoding="UTF-8"?>\r\n<!-- a comment with <tags> -->` +
  `<x:sst xmlns:x="urn:x" count='2'><x:si a="1 &gt; 0 &amp; &#x41;&#66;" b='say "hi"'><x:t>Fish &amp; chips\r\nline two</x:t></x:si>` +
  `<si><t><![CDATA[<not a tag> & raw]]></t><empty/><?pi data?></si></x:sst>`;

const EXPECTED = [
  ["open", "sst", { "xmlns:x": "urn:x", count: "2" }],
  ["open", "si", { a: "1 > 0 & AB", b: 'say "hi"' }],
  ["open", "t", {}],
  ["text", "Fish & chips\nline two"],
  ["close", "t"],
  ["close", "si"],
  ["open", "si", {}],
  ["open", "t", {}],
  ["text", "<not a tag> & raw"],
  ["close", "t"],
  ["open", "empty", {}],
  ["close", "empty"],
  ["close", "si"],
  ["close", "sst"],
];

/** The events the scanner gives; with `inPlace`, text with nothing to decode comes where it lies (textAt). */
function scan(chunks: string[], inPlace = false): unknown[] {
  const events: unknown[] = [];
  const text = (text: string) => {
    const last = events[events.length - 1] as unknown[] | undefined;
    if (last?.[0] === "text") last[1] += text;
    else events.push(["text", text]);
  };
  const scanner = new XmlScanner(
    {
      open: (name, tag) => {
        // Asked one by one (read in the walk that found the tag's end), as all of them give them.
        const attributes = tag.attributes();
        for (const [key, value] of Object.entries(attributes))
          if (tag.attribute(key) !== value) events.push(["differs", key]);
        events.push(["open", name, attributes]);
      },
      close: (name) => events.push(["close", name]),
      text,
      ...(inPlace ? { textAt: (source: string, from: number, to: number) => text(source.slice(from, to)) } : {}),
    },
    () => {
      throw new Error("declaration");
    },
  );
  for (const chunk of chunks) scanner.write(chunk);
  scanner.close();
  return events.filter((event) => !(Array.isArray(event) && event[0] === "text" && /^\s*$/.test(event[1] as string)));
}

function split(text: string, cuts: number[]): string[] {
  const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
  const chunks: string[] = [];
  let from = 0;
  for (const point of points) {
    chunks.push(text.slice(from, point));
    from = point;
  }
  chunks.push(text.slice(from));
  return chunks;
}

describe("the XML scanner", () => {
  it("reads tags, attributes, references, CDATA, comments and processing instructions", () => {
    expect(scan([XML])).toEqual(EXPECTED);
  });

  it("gives the same events however the text is cut into chunks, one character at a time included", () => {
    expect(scan([...XML])).toEqual(EXPECTED);
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 12 }), (cuts) => expect(scan(split(XML, cuts))).toEqual(EXPECTED)),
    );
  });

  it("gives the same text where it lies as it gives decoded, in order, however the text is cut", () => {
    const inPlace: string[] = [];
    const scanner = new XmlScanner(
      {
        text: (text) => inPlace.push(`decoded ${text}`),
        textAt: (text, from, to) => inPlace.push(text.slice(from, to)),
      },
      () => {
        throw new Error("declaration");
      },
    );
    scanner.write("<v>12</v><v>a &amp; b</v><v>3<!-- -->4</v><v>5");
    scanner.write("6</v>");
    scanner.close();
    // Only text lying whole before a tag, with nothing to decode, comes where it lies.
    expect(inPlace).toEqual(["12", "decoded a & b", "3", "4", "decoded 56"]);
    expect(scan([...XML], true)).toEqual(EXPECTED);
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 12 }), (cuts) =>
        expect(scan(split(XML, cuts), true)).toEqual(EXPECTED),
      ),
    );
  });

  it("hands an attribute's value where it lies, or decoded when it holds references or line ends", () => {
    const read: unknown[] = [];
    const scanner = new XmlScanner(
      {
        open: (_, tag) =>
          read.push(
            tag.attributeWith("r", (text, from, to) => [text.length === to - from, text.slice(from, to)]),
            tag.attributeWith("x", () => "never"),
          ),
      },
      () => {
        throw new Error("declaration");
      },
    );
    scanner.write(`<c r="A1"/><c r="&#65;2"/><c r="B\r\n3"/>`);
    scanner.close();
    expect(read).toEqual([[false, "A1"], undefined, [true, "A2"], undefined, [true, "B\n3"], undefined]);
  });

  it("refuses a document type declaration, even cut across chunks", () => {
    const doc = `<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "b">]><sst>&a;</sst>`;
    for (const at of [22, 24, 27, 30]) expect(() => scan([doc.slice(0, at), doc.slice(at)])).toThrow("declaration");
  });

  it("gives one attribute asked for by name as all of them give it, the last where a name comes twice", () => {
    const asked: unknown[] = [];
    const scanner = new XmlScanner(
      {
        open: (name, tag) =>
          asked.push([name, tag.attribute("r"), tag.attribute("t"), tag.attribute("x"), tag.attributes().r]),
      },
      () => {
        throw new Error("declaration");
      },
    );
    // The last two are not name="value" pairs alone: read the long way, when asked.
    scanner.write(`<c r="A1" t='s'/><c r = "B2" r="C3" t="a &amp; b"/><c/><c r="D4" bare t="n"><c r="E5" / >`);
    scanner.close();
    expect(asked).toEqual([
      ["c", "A1", "s", undefined, "A1"],
      ["c", "C3", "a & b", undefined, "C3"],
      ["c", undefined, undefined, undefined, undefined],
      ["c", "D4", undefined, undefined, "D4"],
      ["c", "E5", undefined, undefined, "E5"],
    ]);
  });

  it("rejects an entity it does not know, and XML that ends inside a tag", () => {
    expect(() => scan(["<t>&nbsp;</t>"])).toThrow(XmlError);
    expect(() => scan(["<t>a</t><c r="])).toThrow(XmlError);
    // A quote in an attribute's name opens a value, as it always has, however the tag is walked.
    expect(() => scan([`<c r="A1" a"b="1"><v>5</v></c><c r="B1"><v>6</v></c>`])).toThrow(XmlError);
  });
});
