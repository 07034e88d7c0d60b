/**
 * A formatted reference, as the citation styles write it in HTML (text, <i>, <a href>,
 * <span>s), turned at build time into the runs of text a saved item keeps (list.ts's
 * ReferenceSegment): the same shape the Save buttons read from a page, so that an item
 * added from a shared link reads as one saved from its page.
 */
import type { ReferenceSegment } from './list.ts';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
    if (name[0] === '#') {
      const n = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : all;
    }
    return ENTITIES[name.toLowerCase()] ?? all;
  });
}

export function referenceSegments(html: string): ReferenceSegment[] {
  const segments: ReferenceSegment[] = [];
  let italic = 0;
  const links: (string | undefined)[] = [];
  for (const token of html.split(/(<[^>]*>)/)) {
    if (token.startsWith('<')) {
      const tag = /^<(\/?)([a-z0-9]+)([^>]*)>$/i.exec(token);
      if (!tag) continue;
      const [, close, name, attrs] = tag;
      const n = name!.toLowerCase();
      if (n === 'i' || n === 'em') italic += close ? -1 : 1;
      else if (n === 'a') {
        if (close) links.pop();
        else links.push(/\bhref="([^"]*)"/.exec(attrs ?? '')?.[1]);
      }
      continue;
    }
    const text = decode(token);
    if (text === '') continue;
    const href = links.at(-1) !== undefined ? decode(links.at(-1)!) : undefined;
    const last = segments.at(-1);
    if (last && Boolean(last.italic) === italic > 0 && last.href === href) last.text += text;
    else segments.push({ text, ...(italic > 0 ? { italic: true as const } : {}), ...(href ? { href } : {}) });
  }
  if (segments[0]) segments[0].text = segments[0].text.trimStart();
  const end = segments.at(-1);
  if (end) end.text = end.text.trimEnd();
  return segments.filter((s) => s.text !== '');
}
