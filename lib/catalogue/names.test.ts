import { describe, expect, it } from 'vitest';
import { featureLines, nameFromSlug } from './names';

describe('nameFromSlug', () => {
  it('turns a store URL slug into a title', () => {
    expect(nameFromSlug('shared-hosting')).toBe('Shared Hosting');
    expect(nameFromSlug('email')).toBe('Email');
    expect(nameFromSlug('web_hosting')).toBe('Web Hosting');
  });

  it('reads short words without vowels as acronyms', () => {
    expect(nameFromSlug('vps')).toBe('VPS');
    expect(nameFromSlug('ssl-certificates')).toBe('SSL Certificates');
    expect(nameFromSlug('cloud-vps')).toBe('Cloud VPS');
    // "y" counts as a vowel and digits are not letters: neither becomes an acronym.
    expect(nameFromSlug('by-the-hour')).toBe('By The Hour');
    expect(nameFromSlug('plan-2')).toBe('Plan 2');
  });

  it('decodes percent-encoded slugs and survives malformed ones', () => {
    expect(nameFromSlug('h%C3%A9bergement')).toBe('Hébergement');
    expect(nameFromSlug('bad%E0escape')).toBe('Bad%E0escape');
  });
});

describe('featureLines', () => {
  it('gives one feature per line, blank lines dropped', () => {
    expect(featureLines('Disk Space: 1GB\n\nBandwidth: 3GB\n')).toEqual(['Disk Space: 1GB', 'Bandwidth: 3GB']);
    expect(featureLines('A\r\nB')).toEqual(['A', 'B']);
  });

  it('reads HTML descriptions as text: <br> breaks lines, tags are dropped', () => {
    expect(featureLines('<strong>10 GB</strong> SSD<br />Free SSL<br>  <em>24/7</em> support')).toEqual([
      '10 GB SSD',
      'Free SSL',
      '24/7 support',
    ]);
    expect(featureLines('<ul><li>One</li><li>Two</li></ul>')).toEqual(['One', 'Two']);
  });

  it('strips list bullets people type', () => {
    expect(featureLines('- Daily backups\n• Free domain\n* SSH')).toEqual(['Daily backups', 'Free domain', 'SSH']);
  });

  it('gives nothing for an empty description', () => {
    expect(featureLines('')).toEqual([]);
  });
});
