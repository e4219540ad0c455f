// Text helpers shared by header matching and code recognition.
// Exports and pasted data carry non-breaking spaces, curly quotes and dashes of every width;
// comparing "normalised" text makes those invisible differences harmless.

const NBSP_AND_FRIENDS = /[\u00a0\u2007\u202f\u2000-\u200b\ufeff]/g;
const CURLY_SINGLE = /[\u2018\u2019\u201a\u201b\u2032]/g;
const CURLY_DOUBLE = /[\u201c\u201d\u201e\u201f\u2033]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;

/** Printable ASCII words separated by single spaces: already plain, the common case. */
const ALREADY_PLAIN = /^[!-~]+(?: [!-~]+)*$/;

/** Straight quotes, plain hyphens and plain spaces, trimmed; case kept. */
export function plainText(text: string): string {
  if (ALREADY_PLAIN.test(text)) return text;
  return text
    .replace(NBSP_AND_FRIENDS, " ")
    .replace(CURLY_SINGLE, "'")
    .replace(CURLY_DOUBLE, '"')
    .replace(DASHES, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/** Lower-case plain text: how code values are compared ("B) female" = "b) Female"). */
export function codeKey(text: string): string {
  return plainText(text).toLowerCase();
}

/**
 * Letters and digits only, lower-case, single-spaced: how headings are compared, so that
 * "Age of child (years" and "age of child  (Years)" are the same heading.
 */
export function headingKey(text: string): string {
  return plainText(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/**
 * Edit distance counting a swap of two neighbours as one edit ("WMBC" is one edit from "MWBC"),
 * for short strings such as codes; used for "did you mean" hints.
 */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const substitution = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + substitution);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.length][b.length];
}

/** "a, b or c" */
export function listInWords(items: readonly string[], conjunction = "or"): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`;
}

/** 48112 -> "48,112": a count as a reader in the UK writes it. */
export function thousands(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** A count as plural gives it, in thousands: "1 cell", "48,112 cells". */
export function countOf(count: number, word: string, words = `${word}s`): string {
  return `${thousands(count)} ${count === 1 ? word : words}`;
}

/** "1 error", "2 errors", "1 child", "3 children". */
export function plural(count: number, word: string, words = `${word}s`): string {
  return `${count} ${count === 1 ? word : words}`;
}
