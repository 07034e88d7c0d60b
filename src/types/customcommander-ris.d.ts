// @customcommander/ris ships no types; the tests use its reader to check our RIS exports.
declare module '@customcommander/ris' {
  export function read(ris: string): Record<string, unknown[]>[] | null;
  export function write(records: Record<string, unknown[]>[]): string;
}
