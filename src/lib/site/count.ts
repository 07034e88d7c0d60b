/**
 * A number with its noun, as readers expect it: "1 concept", "2 concepts", "1,204 texts".
 * Every count the pages print goes through here, so that none reads "1 mentions".
 */
export function countOf(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}
