import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Snippet } from './Snippet.js';

describe('<Snippet>', () => {
  it('renders matches as <mark> and everything else as text', () => {
    const html = renderToStaticMarkup(
      <Snippet snippet={'&lt;img src=x onerror=alert(1)&gt; <mark>water</mark> utility'} />,
    );
    expect(html).toBe(
      '<p class="snippet" dir="auto"><span>&lt;img src=x onerror=alert(1)&gt; </span><mark>water</mark><span> utility</span></p>',
    );
    expect(html).not.toContain('<img');
  });

  it('renders nothing without a snippet', () => {
    expect(renderToStaticMarkup(<Snippet snippet={null} />)).toBe('');
  });
});
