// A proxy with Office.js semantics: its properties cannot be read before load and sync, setting one
// or calling a method queues a command that only sync runs, and a ...OrNullObject proxy says
// isNullObject after sync instead of failing. Every proxy of the simulator (range-proxy.ts,
// worksheet-proxy.ts, ...) is built by `proxy` below from the properties and methods it has.
import type { AddinContext } from "../excel/excel-api";
import type { SimDocument } from "./document";
import { namesToLoad, propertyNotLoaded, SimError, type LoadSelection } from "./sheet";
import { Stepwise } from "./sync-steps";

/** A request context as its proxies see it (request-context.ts): the document, and the queue sync runs. */
export interface ProxyContext extends AddinContext {
  readonly sim: SimDocument;
  /** Queues a command: `run` at sync; `deliver` then copies what it read into the proxy. */
  enqueue(payload: unknown, run: () => unknown, deliver?: (result: unknown) => void): void;
}

/** How a proxy finds what it stands for, at sync time (it may not exist when the proxy is made). */
export type Target<T> = () => T;

interface Accessor<T> {
  get?: (target: T) => unknown;
  set?: (target: T, value: never) => void;
}

/** What a getter gives, whether at once or in steps (sync-steps.ts). */
type Finished<V> = V extends Stepwise<infer R> ? R : V;

/** A property as the proxy shows it: what its getter gives, or else what its setter takes. */
type Shown<A> = A extends { get: (target: never) => infer V }
  ? Finished<V>
  : A extends { set: (target: never, value: infer V) => void }
    ? V
    : never;

/** The type of `proxy(context, resolve, props, methods)`, derived from the props and methods it is given. */
type Proxy<P, M> = { [K in keyof P]: Shown<P[K]> } & M & {
    load(selection?: LoadSelection): Proxy<P, M>;
    readonly isNullObject: boolean;
  };

/**
 * A proxy: declared properties throw until loaded and synced; setters and methods queue commands.
 * `get` and `set` act on the resolved target at sync time.
 */
export function proxy<T, P extends Record<string, Accessor<T>>, M extends object = Record<never, never>>(
  context: ProxyContext,
  resolve: Target<T>,
  props: P,
  methods?: M,
  nullable = false,
): NoInfer<Proxy<P, M>> {
  const loaded = new Map<string, unknown>();
  let isNull: boolean | undefined;
  const self: Record<string, unknown> = {};
  const load = (selection?: LoadSelection) => {
    const names =
      selection === undefined ? Object.keys(props).filter((name) => props[name].get) : namesToLoad(selection);
    if (names.length === 0) throw new SimError("InvalidArgument", "load() was given nothing to load.");
    for (const name of names) {
      if (name.includes("/")) continue; // navigational loads ("items/name") are handled by collections
      if (!props[name]?.get)
        throw new SimError("PropertyNotFound", `The property '${name}' does not exist or cannot be loaded.`);
    }
    context.enqueue(
      { load: names },
      () => {
        const target = safeResolve();
        if (target === undefined) return undefined;
        const values = names.filter((name) => props[name]).map((name) => [name, props[name].get!(target)] as const);
        if (!values.some(([, value]) => value instanceof Stepwise)) return Object.fromEntries(values);
        return new Stepwise(
          (function* () {
            const result: Record<string, unknown> = {};
            for (const [name, value] of values) result[name] = value instanceof Stepwise ? yield* value.steps : value;
            return result;
          })(),
        );
      },
      (result) => {
        if (result) for (const [name, value] of Object.entries(result as object)) loaded.set(name, value);
      },
    );
    return self;
  };
  const safeResolve = (): T | undefined => {
    try {
      return resolve();
    } catch (error) {
      if (nullable && error instanceof SimError && error.code === "ItemNotFound") return undefined;
      throw error;
    }
  };
  if (nullable) {
    context.enqueue(
      { nullCheck: true },
      () => safeResolve() === undefined,
      (result) => (isNull = result as boolean),
    );
  }
  for (const [name, accessor] of Object.entries(props)) {
    Object.defineProperty(self, name, {
      enumerable: true,
      get() {
        if (!loaded.has(name)) throw propertyNotLoaded(name);
        return loaded.get(name);
      },
      set(value: never) {
        if (!accessor.set) throw new SimError("InvalidOperation", `The property '${name}' is read-only.`);
        loaded.delete(name);
        context.enqueue({ set: name, value }, () => accessor.set!(resolve(), value));
      },
    });
  }
  Object.defineProperty(self, "isNullObject", {
    get() {
      if (isNull === undefined)
        throw new SimError("PropertyNotLoaded", "isNullObject is available only after context.sync().");
      return isNull;
    },
  });
  self.load = load;
  Object.assign(self, methods);
  // Built property by property from `props` and `methods`, so it has exactly the members Proxy<P, M> names.
  return self as Proxy<P, M>;
}
