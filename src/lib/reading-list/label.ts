/** "Lipsky, M. (2010)" from "Lipsky, M. (2010) Street-Level Bureaucracy…": who and when, as Harvard opens. */
export function referenceLabel(reference: string): string {
  const text = reference.replace(/\s+/g, ' ').trim();
  const close = text.indexOf(')');
  if (close > 0 && close < 120) return text.slice(0, close + 1);
  const words = text.split(' ');
  return words.length > 8 ? `${words.slice(0, 8).join(' ')}…` : text;
}
