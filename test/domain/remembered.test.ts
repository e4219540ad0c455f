import { remembered } from "../../src/domain/remembered";

describe("remembered", () => {
  it("works out each key once, undefined answers too, and keeps no more than its limit", () => {
    const asked: string[] = [];
    const lengthOrNothing = remembered((text: string) => {
      asked.push(text);
      return text.length > 1 ? text.length : undefined;
    }, 2);
    expect([lengthOrNothing("ab"), lengthOrNothing("a"), lengthOrNothing("ab"), lengthOrNothing("a")]).toEqual([
      2,
      undefined,
      2,
      undefined,
    ]);
    expect(asked).toEqual(["ab", "a"]);
    // The limit is reached: a third key is answered, each time afresh, and not kept.
    expect([lengthOrNothing("abc"), lengthOrNothing("abc")]).toEqual([3, 3]);
    expect(asked).toEqual(["ab", "a", "abc", "abc"]);
  });
});
