// A command's options read from its arguments. Node's parser, strict, refuses a flag it does not
// know with a message for programmers; a newcomer gets one line instead: the flag, the nearest
// known one if it is close, and where to find the rest.
import { parseArgs, type ParseArgsConfig } from "node:util";

type OptionsConfig = NonNullable<ParseArgsConfig["options"]>;

/** A flag the command does not know, or one without its value: said in one line, without the usage. */
export class OptionError extends Error {}

/** What each option's value is, as the usage names it, for "--out needs a value". */
const VALUE_NAMES: Readonly<Record<string, string>> = {
  form: "ID",
  "reference-date": "YYYY-MM-DD",
  "notification-date": "YYYY-MM-DD",
  "local-authority": "NAME",
  out: "OUT.xlsx",
  sheet: "NAME",
  list: "ID",
  map: '"Export heading=Annex A heading"',
  spellings: "TABLE.csv",
};

/**
 * The command's options and positionals, as Node's strict parser gives them, once every flag has
 * been found known and every option that takes a value given one.
 */
export function parseOptions<const T extends OptionsConfig>(command: string, args: string[], options: T) {
  const { tokens } = parseArgs({ args, options, allowPositionals: true, strict: false, tokens: true });
  const help = `Run annex-a ${command} --help for the options.`;
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    const spec = Object.hasOwn(options, token.name) ? options[token.name] : undefined;
    if (!spec) {
      // "-out" is split by the parser into -o -u -t: named as typed, and matched as "out".
      const typed = args[token.index].split("=")[0];
      const near = nearestOption(typed.replace(/^--?/, ""), Object.keys(options));
      throw new OptionError(
        `annex-a ${command} has no option ${typed}${near ? `: did you mean --${near}?` : "."} ${help}`,
      );
    }
    // As the strict parser: a value starting with a dash is taken for the next flag, not the value.
    const missing =
      token.value === undefined || (!token.inlineValue && token.value.length > 1 && token.value.startsWith("-"));
    if (spec.type === "string" && missing) {
      const example = VALUE_NAMES[token.name];
      throw new OptionError(
        `${token.rawName} needs a value after it${example ? `, as in ${token.rawName} ${example}` : ""}. ${help}`,
      );
    }
    if (spec.type === "boolean" && token.inlineValue) throw new OptionError(`${token.rawName} takes no value. ${help}`);
  }
  return parseArgs({ args, options, allowPositionals: true });
}

/**
 * The known option a mistyped one most likely meant: one or two letters off (one for a short
 * name), or the start of a longer one ("--ref" for --reference-date). Undefined when none is close.
 */
export function nearestOption(typed: string, known: readonly string[]): string | undefined {
  const word = typed.toLowerCase();
  if (word.length >= 3) {
    const started = known.filter((name) => name.startsWith(word));
    if (started.length === 1) return started[0];
  }
  const limit = word.length <= 3 ? 1 : 2;
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    const distance = editDistance(word, name);
    if (distance <= limit && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}

/** Levenshtein distance: letters inserted, removed or changed to turn one word into the other. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, at) => at);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}
