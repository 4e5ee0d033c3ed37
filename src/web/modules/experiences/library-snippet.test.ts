import { describe, expect, it } from 'vitest';
import { parseSnippet, unescapeHtml } from './library-snippet.js';

describe('search snippets', () => {
  it('splits the text on the mark tags', () => {
    expect(parseSnippet('A <mark>single window</mark> for <mark>customs</mark>.')).toEqual([
      { text: 'A ', mark: false },
      { text: 'single window', mark: true },
      { text: ' for ', mark: false },
      { text: 'customs', mark: true },
      { text: '.', mark: false },
    ]);
  });

  it('unescapes the entities, so escaped markup shows as the characters the author typed', () => {
    const parts = parseSnippet('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; <mark>tax</mark>');
    expect(parts).toEqual([
      { text: '<script>alert("x")</script> & ', mark: false },
      { text: 'tax', mark: true },
    ]);
  });

  it('never turns an escaped mark into a highlight', () => {
    expect(parseSnippet('&lt;mark&gt;not a match&lt;/mark&gt;')).toEqual([
      { text: '<mark>not a match</mark>', mark: false },
    ]);
  });

  it('shows any other tag-like text literally', () => {
    expect(parseSnippet('<b>bold</b> <mark>hit</mark>')).toEqual([
      { text: '<b>bold</b> ', mark: false },
      { text: 'hit', mark: true },
    ]);
  });

  it('tolerates unbalanced, empty, adjacent and upper-case tags', () => {
    expect(parseSnippet('x <mark>open to the end')).toEqual([
      { text: 'x ', mark: false },
      { text: 'open to the end', mark: true },
    ]);
    expect(parseSnippet('stray </mark>end')).toEqual([{ text: 'stray end', mark: false }]);
    expect(parseSnippet('<mark></mark>')).toEqual([]);
    expect(parseSnippet('<MARK>a</MARK><mark>b</mark>')).toEqual([{ text: 'ab', mark: true }]);
    expect(parseSnippet(null)).toEqual([]);
    expect(parseSnippet('')).toEqual([]);
  });

  it('keeps non-Latin text and decodes numeric entities', () => {
    expect(parseSnippet('税务<mark>改革</mark> &#39;ok&#x27; &#8212;')).toEqual([
      { text: '税务', mark: false },
      { text: '改革', mark: true },
      { text: " 'ok' —", mark: false },
    ]);
  });

  it('decodes once: text the author typed as an entity stays that entity', () => {
    expect(parseSnippet('&amp;lt;b&amp;gt; <mark>x</mark>')).toEqual([
      { text: '&lt;b&gt; ', mark: false },
      { text: 'x', mark: true },
    ]);
  });

  it('leaves unknown or invalid entities as they are', () => {
    expect(unescapeHtml('&bogus; &#0; &#xD800; &#99999999; & &amp')).toBe(
      '&bogus; &#0; &#xD800; &#99999999; & &amp',
    );
    expect(unescapeHtml('&AMP;&nbsp;')).toBe('&\u00a0');
  });
});
