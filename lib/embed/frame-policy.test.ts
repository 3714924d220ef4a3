import { describe, expect, it } from 'vitest';
import { embedCsp, frameAncestors, messageTarget } from './frame-policy';

const allowed = ['https://www.example.com', 'http://127.0.0.1:4000'];

describe('frameAncestors', () => {
  it("lists 'self' and exactly the allowed origins", () => {
    expect(frameAncestors(allowed)).toBe("frame-ancestors 'self' https://www.example.com http://127.0.0.1:4000");
  });

  it("allows only the shop itself when no origin is configured", () => {
    expect(frameAncestors([])).toBe("frame-ancestors 'self'");
  });

  it('lists a repeated origin once', () => {
    expect(frameAncestors(['https://a.example', 'https://a.example'])).toBe("frame-ancestors 'self' https://a.example");
  });
});

describe('messageTarget', () => {
  const own = ['https://shop.example'];

  it('posts to an allowed parent or to the shop itself', () => {
    expect(messageTarget('https://www.example.com', allowed, own)).toBe('https://www.example.com');
    expect(messageTarget('https://shop.example', allowed, own)).toBe('https://shop.example');
  });

  it('stays silent for any other parent, or none', () => {
    expect(messageTarget('https://evil.example', allowed, own)).toBeNull();
    expect(messageTarget('http://www.example.com', allowed, own)).toBeNull();
    expect(messageTarget(null, allowed, own)).toBeNull();
  });
});

describe('embedCsp', () => {
  it('allows nothing but the hashed style and script, and the allowed framers', () => {
    expect(embedCsp(allowed, { style: 'sha256-AAA=', script: 'sha256-BBB=' })).toBe(
      "default-src 'none'; style-src 'sha256-AAA='; script-src 'sha256-BBB='; img-src 'self' data:; base-uri 'none'; form-action 'none'; " +
        "frame-ancestors 'self' https://www.example.com http://127.0.0.1:4000",
    );
  });

  it('lets forms submit to the shop only when asked (the domain search box)', () => {
    expect(embedCsp([], { style: 'sha256-AAA=', script: null }, 'self')).toContain("form-action 'self';");
  });

  it('forbids scripts when the document has none', () => {
    expect(embedCsp([], { style: 'sha256-AAA=', script: null })).toContain("script-src 'none'");
  });
});
