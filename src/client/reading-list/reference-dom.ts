/**
 * A formatted reference between the page and the stored list: read from the page as runs
 * of text (italic or linked where the page has them), and drawn back with DOM calls only,
 * so nothing stored is ever parsed as HTML.
 */
import type { ReferenceSegment } from '../../lib/reading-list/list';
import { el } from '../dom';

export function readReference(root: Element): ReferenceSegment[] {
  const segments: ReferenceSegment[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    if (text === '') continue;
    const parent = node.parentElement;
    // Hidden helper text (screen-reader hints, buttons) is not part of the reference.
    if (parent?.closest('.visually-hidden, button, [aria-hidden="true"]')) continue;
    const italic = Boolean(parent?.closest('i, em'));
    const link = parent?.closest('a');
    const href = link && root.contains(link) ? (link.getAttribute('href') ?? undefined) : undefined;
    const last = segments.at(-1);
    if (last && Boolean(last.italic) === italic && last.href === href) last.text += text;
    else segments.push({ text, ...(italic ? { italic: true as const } : {}), ...(href ? { href } : {}) });
  }
  if (segments[0]) segments[0].text = segments[0].text.trimStart();
  const end = segments.at(-1);
  if (end) end.text = end.text.trimEnd();
  return segments;
}

export function drawReference(segments: readonly ReferenceSegment[]): DocumentFragment {
  const out = document.createDocumentFragment();
  for (const s of segments) {
    const text = s.italic ? el('i', {}, s.text) : s.text;
    out.append(s.href ? el('a', { href: s.href }, text) : text);
  }
  return out;
}
