import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import common from '../../../shared/i18n/en/common.json' with { type: 'json' };
import { PagedList, type PagedListState } from './PagedList.js';

const i18n = i18next.createInstance();
await i18n.init({
  lng: 'en',
  resources: { en: { common } },
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  react: { useSuspense: false },
});

const state = (items: unknown[], loading = false): PagedListState => ({
  items,
  hasMore: false,
  loading,
  error: undefined,
  loadMore: () => undefined,
});

const render = (list: PagedListState) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <PagedList list={list} noneText="Nothing yet" as="ol" className="x" testIds={{ list: 'l', none: 'n' }}>
        {list.items.map((_, n) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list
          <li key={n}>item</li>
        ))}
      </PagedList>
    </I18nextProvider>,
  );

describe('PagedList', () => {
  it('says "none" once an empty first page is in, not while it loads', () => {
    expect(render(state([]))).toContain('<p data-testid="n">Nothing yet</p>');
    expect(render(state([], true))).not.toContain('Nothing yet');
  });

  it('draws the items in the list asked for, with its classes and test hook', () => {
    const html = render(state([1, 2]));
    expect(html).toContain('<ol class="x" data-testid="l"><li>item</li><li>item</li></ol>');
    expect(html).not.toContain('Nothing yet');
  });
});
