/** citeproc-js ships no types; only the engine constructor is used (src/lib/citations/format.ts). */
declare module 'citeproc' {
  const CSL: {
    Engine: new (sys: { retrieveItem(id: string): unknown; retrieveLocale(lang: string): unknown }, style: string, lang: string, forceLang: boolean) => unknown;
  };
  export default CSL;
}
