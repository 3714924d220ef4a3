import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { loaderSource } from './loader';
import { DEFAULT_HEIGHTS, IFRAME_SANDBOX } from './protocol';

/**
 * Runs the real embed.js source against a minimal fake DOM: just the calls the loader makes,
 * so a test fails if it starts relying on anything else.
 */
interface FakeFrame {
  src: string;
  title: string;
  style: Record<string, string>;
  attributes: Record<string, string>;
  contentWindow: object;
  setAttribute(name: string, value: string): void;
}

class FakeElement {
  attributes: Record<string, string> = {};
  children: FakeFrame[] = [];
  textContent = 'fallback link';
  constructor(readonly dataset: Record<string, string>) {}
  hasAttribute(name: string) {
    return name in this.attributes;
  }
  setAttribute(name: string, value: string) {
    this.attributes[name] = value;
  }
  appendChild(child: FakeFrame) {
    this.children.push(child);
  }
}

type MessageListener = (event: { origin: string; source: unknown; data: unknown }) => void;

const ALLOWED = ['https://www.example.com', 'https://blog.example.com'];

function load(elements: FakeElement[], { origin = 'https://www.example.com' } = {}) {
  const listeners: MessageListener[] = [];
  const warnings: string[] = [];
  const window = {
    addEventListener: (type: string, listener: MessageListener) => {
      if (type === 'message') listeners.push(listener);
    },
  };
  const document = {
    currentScript: { src: 'https://shop.example/embed.js' },
    readyState: 'complete',
    querySelectorAll: (selector: string) => {
      expect(selector).toBe('[data-hostfront-product],[data-hostfront-group],[data-hostfront-domains]');
      return elements.filter((el) => ['hostfrontProduct', 'hostfrontGroup', 'hostfrontDomains'].some((key) => el.dataset[key] !== undefined));
    },
    addEventListener: () => {},
    createElement: (tag: string): FakeFrame => {
      expect(tag).toBe('iframe');
      return {
        src: '',
        title: '',
        style: {},
        attributes: {},
        contentWindow: {},
        setAttribute(name, value) {
          this.attributes[name] = value;
        },
      };
    },
  };
  const console = { warn: (message: string) => warnings.push(message) };
  const context = vm.createContext({ window, document, location: { origin }, console, URL, URLSearchParams, Math, Number, Object });
  vm.runInContext(loaderSource(ALLOWED), context);
  const post = (event: { origin: string; source: unknown; data: unknown }) => listeners.forEach((listener) => listener(event));
  return { post, warnings, window: window as typeof window & { hostfrontEmbeds?: { scan(): void } } };
}

const frameOf = (el: FakeElement) => {
  const frame = el.children[0];
  if (!frame) throw new Error('no iframe');
  return frame;
};

describe('embed.js', () => {
  it('turns each product and group element into an iframe on the shop, passing its options', () => {
    const product = new FakeElement({ hostfrontProduct: '3', cycle: 'annually', promo: 'SPRING', unknown: 'x' });
    const group = new FakeElement({ hostfrontGroup: 'shared hosting', theme: 'dark' });
    const other = new FakeElement({ cycle: 'monthly' });
    load([product, group, other]);

    const card = frameOf(product);
    const url = new URL(card.src);
    expect(url.origin + url.pathname).toBe('https://shop.example/embed/product/3');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      cycle: 'annually',
      promo: 'SPRING',
      parent: 'https://www.example.com',
      id: expect.stringMatching(/^hf[a-z0-9]+-0$/),
    });
    expect(card.title).toBe('Product card');
    expect(card.attributes).toEqual({ loading: 'lazy', sandbox: IFRAME_SANDBOX });
    expect(card.style.cssText).toBe(`display:block;width:100%;border:0;height:${DEFAULT_HEIGHTS.product}px`);
    expect(product.textContent).toBe('');

    const table = frameOf(group);
    expect(table.src).toMatch(/^https:\/\/shop\.example\/embed\/group\/shared%20hosting\?theme=dark&parent=https%3A%2F%2Fwww\.example\.com&id=hf[a-z0-9]+-1$/);
    expect(table.title).toBe('Pricing table');
    expect(other.children).toEqual([]);
  });

  it('turns the domain search box and price table into iframes of their view, with their options', () => {
    const search = new FakeElement({ hostfrontDomains: 'search', tlds: 'com,net', target: 'blank' });
    const prices = new FakeElement({ hostfrontDomains: 'prices', currency: 'EUR' });
    const unknown = new FakeElement({ hostfrontDomains: 'constructor' });
    load([search, prices, unknown]);

    const box = frameOf(search);
    const url = new URL(box.src);
    expect(url.origin + url.pathname).toBe('https://shop.example/embed/domains/search');
    expect(url.searchParams.get('tlds')).toBe('com,net');
    expect(url.searchParams.get('target')).toBe('blank');
    expect(box.title).toBe('Domain search');
    expect(box.style.cssText).toBe(`display:block;width:100%;border:0;height:${DEFAULT_HEIGHTS.search}px`);

    const table = frameOf(prices);
    expect(new URL(table.src).pathname).toBe('/embed/domains/prices');
    expect(new URL(table.src).searchParams.get('currency')).toBe('EUR');
    expect(table.title).toBe('Domain prices');
    expect(table.style.cssText).toBe(`display:block;width:100%;border:0;height:${DEFAULT_HEIGHTS.prices}px`);

    // A view the shop does not have still gets its frame (the embed answers "not available"), with the default title.
    expect(new URL(frameOf(unknown).src).pathname).toBe('/embed/domains/constructor');
    expect(frameOf(unknown).title).toBe('Domain search');
  });

  it('builds each element once, however often it scans', () => {
    const product = new FakeElement({ hostfrontProduct: '3' });
    const { window } = load([product]);
    window.hostfrontEmbeds?.scan();
    expect(product.children).toHaveLength(1);
  });

  it('works on the shop itself and on every allowed site, quietly', () => {
    for (const origin of ['https://shop.example', 'https://blog.example.com']) {
      const product = new FakeElement({ hostfrontProduct: '3' });
      const { warnings } = load([product], { origin });
      expect(new URL(frameOf(product).src).searchParams.get('parent')).toBe(origin);
      expect(warnings).toEqual([]);
    }
  });

  it("leaves the marketer's fallback on a site that is not allowed, and says why in the console", () => {
    const product = new FakeElement({ hostfrontProduct: '3' });
    const { warnings, window } = load([product], { origin: 'https://evil.example' });
    expect(product.children).toEqual([]);
    expect(product.textContent).toBe('fallback link');
    expect(product.attributes).toEqual({});
    expect(warnings).toEqual([
      "Hostfront embeds: https://evil.example is not in the shop's EMBED_ALLOWED_ORIGINS, so https://shop.example may not be framed here; the content inside the embed elements stays as it is.",
    ]);
    window.hostfrontEmbeds?.scan(); // a single-page app may still call it
    expect(product.children).toEqual([]);
  });

  it('leaves the fallback on a page without a web origin (a file opened from disk)', () => {
    const product = new FakeElement({ hostfrontProduct: '3' });
    const { warnings } = load([product], { origin: 'null' });
    expect(product.children).toEqual([]);
    expect(warnings[0]).toMatch(/^Hostfront embeds: this page has no web origin, so https:\/\/shop\.example may not be framed here/);
  });

  describe('resize messages', () => {
    const setup = () => {
      const a = new FakeElement({ hostfrontProduct: '1' });
      const b = new FakeElement({ hostfrontProduct: '2' });
      const { post } = load([a, b]);
      const [fa, fb] = [frameOf(a), frameOf(b)];
      const idOf = (frame: FakeFrame) => new URL(frame.src).searchParams.get('id');
      const message = (frame: FakeFrame, data: Record<string, unknown> = {}) => ({
        origin: 'https://shop.example',
        source: frame.contentWindow,
        data: { type: 'hostfront:resize', id: idOf(frame), height: 512.3, title: 'Starter – Demo', ...data },
      });
      return { fa, fb, post, message };
    };

    it("sizes the iframe the message came from, and takes the embed's title", () => {
      const { fa, fb, post, message } = setup();
      post(message(fa));
      expect(fa.style.height).toBe('513px');
      expect(fa.title).toBe('Starter – Demo');
      expect(fb.style.height).toBeUndefined();
    });

    it('ignores messages from any other origin', () => {
      const { fa, post, message } = setup();
      post({ ...message(fa), origin: 'https://evil.example' });
      expect(fa.style.height).toBeUndefined();
    });

    it('ignores messages whose sender is not the iframe they name', () => {
      const { fa, fb, post, message } = setup();
      post({ ...message(fa), source: fb.contentWindow });
      post({ ...message(fa), source: {} });
      expect(fa.style.height).toBeUndefined();
    });

    it('ignores unknown ids and anything that is not a resize message', () => {
      const { fa, post, message } = setup();
      post(message(fa, { id: '__proto__' }));
      post(message(fa, { id: 7 }));
      post(message(fa, { type: 'other' }));
      post({ ...message(fa), data: null });
      post({ ...message(fa), data: 'hostfront:resize' });
      expect(fa.style.height).toBeUndefined();
      expect(fa.title).toBe('Product card');
    });

    it('keeps the height when the one given is absurd', () => {
      const { fa, post, message } = setup();
      for (const height of [-5, 0, 1e9, 'tall', null]) post(message(fa, { height }));
      expect(fa.style.height).toBeUndefined();
    });
  });
});
