import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, optionEntries, parseEmbedOptions, parseFrameParams } from './options';

const parse = (query: string) => parseEmbedOptions(new URLSearchParams(query));

describe('parseEmbedOptions', () => {
  it('falls back to the defaults without options', () => {
    expect(parse('')).toEqual(DEFAULT_OPTIONS);
  });

  it('reads every option', () => {
    expect(
      parse('cycle=annually&currency=eur&theme=dark&accent=%23E11D48&promo=SPRING-25&source=partner+blog&campaign=spring&aff=7&target=blank'),
    ).toEqual({
      cycle: 'annually',
      currency: 'EUR',
      theme: 'dark',
      accent: '#e11d48',
      promo: 'SPRING-25',
      source: 'partner blog',
      campaign: 'spring',
      aff: 7,
      target: 'blank',
    });
  });

  it('reads cycles and keywords the lenient way WHMCS does', () => {
    expect(parse('cycle=Semi-Annually').cycle).toBe('semiannually');
    expect(parse('theme=LIGHT&target=Top')).toMatchObject({ theme: 'light', target: 'top' });
  });

  it('accepts accents with or without # and in short form', () => {
    expect(parse('accent=e11d48').accent).toBe('#e11d48');
    expect(parse('accent=%23F0a').accent).toBe('#ff00aa');
  });

  it('replaces each invalid option by its default, keeping the valid ones', () => {
    const options = parse(
      'cycle=weekly&currency=euro&theme=neon&accent=red&promo=%3Cscript%3E&source=%00x&campaign=&aff=-2&target=_parent',
    );
    expect(options).toEqual(DEFAULT_OPTIONS);
    expect(parse('cycle=fortnightly&currency=GBP').currency).toBe('GBP');
  });

  it('refuses accents that could smuggle CSS', () => {
    expect(parse('accent=%23fff%7Dbody%7Bdisplay:none').accent).toBeNull();
    expect(parse('accent=url(x)').accent).toBeNull();
  });

  it('caps attribution text and drops control characters', () => {
    expect(parse(`source=${'a'.repeat(101)}`).source).toBeNull();
    expect(parse('source=news%0Aletter').source).toBeNull();
    expect(parse('source=%20%20newsletter%20').source).toBe('newsletter');
  });

  it('takes the first of repeated parameters', () => {
    expect(parse('cycle=annually&cycle=monthly').cycle).toBe('annually');
  });

  it('reads a plain object too', () => {
    expect(parseEmbedOptions({ cycle: 'quarterly', theme: undefined }).cycle).toBe('quarterly');
  });
});

describe('parseFrameParams', () => {
  const frame = (query: string) => parseFrameParams(new URLSearchParams(query));

  it('takes an origin and an id', () => {
    expect(frame('parent=https%3A%2F%2Fwww.example.com&id=hfab12-0')).toEqual({ parent: 'https://www.example.com', id: 'hfab12-0' });
  });

  it('refuses anything that is not exactly an http(s) origin', () => {
    for (const parent of ['https://www.example.com/', 'https://www.example.com/page', 'javascript:alert(1)', 'null', '*', 'ftp://x.example']) {
      expect(frame(`parent=${encodeURIComponent(parent)}`).parent, parent).toBeNull();
    }
  });

  it('refuses ids that are not short tokens', () => {
    expect(frame('id=%22%3E%3Cx').id).toBeNull();
    expect(frame(`id=${'a'.repeat(41)}`).id).toBeNull();
  });
});

describe('optionEntries', () => {
  it('lists the options that differ from the defaults, in a stable order', () => {
    expect(optionEntries({ target: 'blank', cycle: 'annually', theme: 'auto', promo: '', accent: '#e11d48' })).toEqual([
      ['cycle', 'annually'],
      ['accent', '#e11d48'],
      ['target', 'blank'],
    ]);
    expect(optionEntries(DEFAULT_OPTIONS)).toEqual([]);
  });
});
