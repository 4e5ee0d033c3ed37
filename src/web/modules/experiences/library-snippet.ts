/**
 * A search snippet arrives as text in which every character is HTML-escaped except the
 * `<mark>…</mark>` around matched words. It is turned into plain text runs, marked or not, that
 * React renders as text: nothing from the server is ever parsed as HTML, so a story that holds
 * `<script>` shows those characters and runs nothing.
 */
export interface SnippetPart {
  text: string;
  mark: boolean;
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

function fromCodePoint(code: number): string | null {
  if (!Number.isInteger(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
    return null;
  return String.fromCodePoint(code);
}

/** Undoes HTML escaping: named entities of the list above and numeric ones; anything else stays as it is. */
export function unescapeHtml(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,6});/gi, (entity, body: string) => {
    if (body[0] === '#') {
      const hex = body[1] === 'x' || body[1] === 'X';
      const decoded = fromCodePoint(Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10));
      return decoded ?? entity;
    }
    return NAMED[body.toLowerCase()] ?? entity;
  });
}

/**
 * Splits a snippet on its mark tags. Unbalanced tags are tolerated (an opening mark without its
 * end marks to the end); any other tag-like text is shown literally, since the server escapes
 * real text and only `<mark>` and `</mark>` are markup.
 */
export function parseSnippet(snippet: string | null | undefined): SnippetPart[] {
  if (!snippet) return [];
  const parts: SnippetPart[] = [];
  let mark = false;
  for (const piece of snippet.split(/(<\/?mark>)/i)) {
    const lower = piece.toLowerCase();
    if (lower === '<mark>') mark = true;
    else if (lower === '</mark>') mark = false;
    else if (piece) {
      const text = unescapeHtml(piece);
      const last = parts.at(-1);
      if (last && last.mark === mark) last.text += text;
      else parts.push({ text, mark });
    }
  }
  return parts;
}
