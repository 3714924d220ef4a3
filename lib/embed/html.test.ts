import { describe, expect, it } from 'vitest';
import { escapeHtml, html, raw } from './html';

describe('escapeHtml', () => {
  it('escapes the five characters that can break out of text or a quoted attribute', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });

  it('leaves ordinary text alone', () => {
    expect(escapeHtml('VPS Small – 2 GB, €4,60')).toBe('VPS Small – 2 GB, €4,60');
  });
});

describe('html', () => {
  it('escapes interpolated text in content and attributes', () => {
    const name = '<img src=x onerror=alert(1)>';
    const href = '/store/x?a=1&b="2"';
    expect(html`<h1 title="${name}">${name}</h1><a href="${href}">x</a>`.value).toBe(
      '<h1 title="&lt;img src=x onerror=alert(1)&gt;">&lt;img src=x onerror=alert(1)&gt;</h1><a href="/store/x?a=1&amp;b=&quot;2&quot;">x</a>',
    );
  });

  it('does not escape nested templates twice, and joins lists', () => {
    const items = ['a&b', '<c>'].map((t) => html`<li>${t}</li>`);
    expect(html`<ul>${items}</ul>`.value).toBe('<ul><li>a&amp;b</li><li>&lt;c&gt;</li></ul>');
  });

  it('renders nothing for false, null and undefined, and numbers as text', () => {
    expect(html`[${false}${null}${undefined}${0}${17}]`.value).toBe('[017]');
  });

  it('passes trusted markup through raw only', () => {
    expect(html`<style>${raw('a>b{color:red}')}</style>`.value).toBe('<style>a>b{color:red}</style>');
    expect(html`<style>${'a>b'}</style>`.value).toBe('<style>a&gt;b</style>');
  });
});
