import { parseSnippet } from './library-snippet.js';

/** A search snippet with the matched words highlighted; every character rendered as text. */
export function Snippet({ snippet, lang }: { snippet: string | null; lang?: string | undefined }) {
  const parts = parseSnippet(snippet);
  if (parts.length === 0) return null;
  return (
    <p className="snippet" lang={lang} dir="auto">
      {parts.map((part, i) =>
        part.mark ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one snippet never move
          <mark key={i}>{part.text}</mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one snippet never move
          <span key={i}>{part.text}</span>
        ),
      )}
    </p>
  );
}
