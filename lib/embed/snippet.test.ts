import { describe, expect, it } from 'vitest';
import { parseDomainOptions } from './domain-options';
import { parseEmbedOptions } from './options';
import { embedPath, readResizeMessage } from './protocol';
import { embedSnippet, embedUrl } from './snippet';

describe('embedSnippet', () => {
  it('is the two lines marketing pastes: the element with its options, and the loader', () => {
    expect(embedSnippet('https://shop.example', { kind: 'product', pid: 3 }, { cycle: 'annually', theme: 'auto', target: 'blank' })).toBe(
      '<div data-hostfront-product="3" data-cycle="annually" data-target="blank"></div>\n<script src="https://shop.example/embed.js" async></script>',
    );
  });

  it('escapes what people type', () => {
    expect(embedSnippet('https://shop.example', { kind: 'group', slug: 'vps' }, { source: '"><script>x' })).toBe(
      '<div data-hostfront-group="vps" data-source="&quot;&gt;&lt;script&gt;x"></div>\n<script src="https://shop.example/embed.js" async></script>',
    );
  });
});

describe('the domain embeds', () => {
  it('name their view and carry their extensions after the shared options', () => {
    expect(embedSnippet('https://shop.example', { kind: 'domains', view: 'prices' }, { currency: 'EUR', source: 'blog' }, { tlds: ['com', 'co.uk'] })).toBe(
      '<div data-hostfront-domains="prices" data-currency="EUR" data-source="blog" data-tlds="com,co.uk"></div>\n<script src="https://shop.example/embed.js" async></script>',
    );
    expect(embedUrl({ kind: 'domains', view: 'search' }, {}, undefined, { tlds: null })).toBe('/embed/domains/search');
    const url = embedUrl({ kind: 'domains', view: 'search' }, { target: 'blank' }, { parent: 'https://shop.example', id: 'preview' }, { tlds: ['net'] });
    expect(url).toBe('/embed/domains/search?target=blank&tlds=net&parent=https%3A%2F%2Fshop.example&id=preview');
    expect(parseDomainOptions(new URLSearchParams(url.split('?')[1])).tlds).toEqual(['net']);
  });
});

describe('embedUrl', () => {
  it('carries the options the embed reads back unchanged', () => {
    const options = { cycle: 'biennially', currency: 'GBP', theme: 'dark', accent: '#e11d48', promo: 'X1', source: 'blog', aff: 4, target: 'blank' } as const;
    const url = embedUrl({ kind: 'group', slug: 'shared hosting' }, options, { parent: 'https://shop.example', id: 'preview' });
    expect(url.startsWith('/embed/group/shared%20hosting?')).toBe(true);
    const params = new URLSearchParams(url.split('?')[1]);
    expect(parseEmbedOptions(params)).toEqual({ ...options, campaign: null });
    expect(params.get('parent')).toBe('https://shop.example');
    expect(params.get('id')).toBe('preview');
  });

  it('is the bare path without options', () => {
    expect(embedUrl({ kind: 'product', pid: 7 }, {})).toBe('/embed/product/7');
    expect(embedPath({ kind: 'group', slug: 'a/b' })).toBe('/embed/group/a%2Fb');
  });
});

describe('readResizeMessage', () => {
  it('reads a resize message and rounds its height up', () => {
    expect(readResizeMessage({ type: 'hostfront:resize', id: 'p', height: 300.2, title: 'T' })).toEqual({ id: 'p', height: 301, title: 'T' });
    expect(readResizeMessage({ type: 'hostfront:resize', id: 'p', height: 300 })).toEqual({ id: 'p', height: 300, title: null });
  });

  it('is null for anything else', () => {
    for (const data of [null, 'hostfront:resize', { type: 'other', id: 'p', height: 1 }, { type: 'hostfront:resize', id: 1, height: 1 }, { type: 'hostfront:resize', id: 'p', height: 0 }, { type: 'hostfront:resize', id: 'p', height: 1e6 }]) {
      expect(readResizeMessage(data)).toBeNull();
    }
  });
});
