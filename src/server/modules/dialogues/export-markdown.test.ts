import { describe, expect, it } from 'vitest';
import { heading, paragraph } from './export-document.js';
import { escapeMarkdown, renderMarkdown } from './export-markdown.js';

const one = (...blocks: Parameters<typeof renderMarkdown>[0]['sections'][number]['blocks']) =>
  renderMarkdown({ title: 't', sections: [{ blocks }] });

describe('Markdown export', () => {
  it('escapes what would format, link or inject HTML, and leaves plain words alone', () => {
    expect(escapeMarkdown('*bold* _it_ [link](x) <script> `code` a|b ~s~ &amp; #1 \\')).toBe(
      '\\*bold\\* \\_it\\_ \\[link\\](x) \\<script\\> \\`code\\` a\\|b \\~s\\~ \\&amp; \\#1 \\\\',
    );
    expect(escapeMarkdown('America/New_York, snake_case, _x')).toBe('America/New_York, snake_case, \\_x');
    expect(escapeMarkdown('Bogotá – 3.5 (approx.)! ok?')).toBe('Bogotá – 3.5 (approx.)! ok?');
  });

  it('keeps line starts from becoming lists, headings, quotes, rules or code', () => {
    const text = '1. first\n2) second\n- dash\n+ plus\n# hash\n> quote\n---\n    indented\n=====';
    expect(one(paragraph(text))).toBe(
      '1\\. first\\\n2\\) second\\\n\\- dash\\\n\\+ plus\\\n\\# hash\\\n\\> quote\\\n\\---\\\nindented\\\n\\=====\n',
    );
  });

  it('keeps the author’s line breaks inside list items and emphasis per line', () => {
    const md = one({
      type: 'list',
      items: [
        [{ text: 'An idea\nover two lines' }, { text: ' — ' }, { text: 'a *tag*', em: true }],
        [{ text: 'x' }],
      ],
    });
    expect(md).toBe('- An idea\\\n  over two lines — *a \\*tag\\**\n- x\n');
  });

  it('writes headings, fields and tables on one line each, pipes escaped', () => {
    const md = one(
      heading(2, 'Topic\nwith a break #1'),
      { type: 'fields', rows: [{ label: 'Date', value: 'Tuesday\n28' }] },
      { type: 'table', header: ['A', 'B'], rows: [['x | y', '']] },
    );
    expect(md).toBe(
      '## Topic with a break \\#1\n\n- **Date:** Tuesday 28\n\n| A | B |\n| --- | --- |\n| x \\| y |   |\n',
    );
  });

  it('separates sections with a rule and drops characters XML cannot hold', () => {
    const md = renderMarkdown({
      title: 't',
      sections: [{ blocks: [paragraph('a\u0000b')] }, { landscape: true, blocks: [paragraph('c')] }],
    });
    expect(md).toBe('ab\n\n---\n\nc\n');
  });
});
