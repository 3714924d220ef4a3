import { accentPalette } from '@/lib/shop/colour';
import { embedCsp } from '../frame-policy';
import { html, raw, type SafeHtml } from '../html';
import type { EmbedTheme } from '../options';
import { cspHash, RESIZE_SCRIPT, RESIZE_SCRIPT_HASH } from './resize-script';
import { embedStyles } from './styles';

export interface EmbedPage {
  /** The document title; embed.js also uses it as the iframe's accessible title. */
  title: string;
  body: SafeHtml;
  theme: EmbedTheme;
  /** `#rrggbb`, already validated. */
  accent: string;
  /** CSS only this page needs (the cycle switcher's rules); written by us, never from input. */
  extraCss?: string;
  /** Where to post the height (an allowed origin) and the loader's id; no script at all without. */
  frame: { target: string | null; id: string | null };
  allowedOrigins: readonly string[];
  /** Whether the page has a form, which may submit to the shop only (the domain search box). */
  form?: boolean;
}

export interface RenderedEmbed {
  html: string;
  /** The Content-Security-Policy that matches this document (its style and script hashes). */
  csp: string;
}

/** A whole embed document: inline CSS, at most one tiny inline script, no external requests. */
export function renderEmbedDocument(page: EmbedPage): RenderedEmbed {
  const css = embedStyles(page.theme, accentPalette(page.accent), page.extraCss);
  const talk = page.frame.target !== null;
  const script = talk
    ? html`<script data-parent="${page.frame.target}" data-id="${page.frame.id ?? ''}">${raw(RESIZE_SCRIPT)}</script>`
    : '';
  const document = html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${page.title}</title><style>${raw(css)}</style></head>
<body><main>${page.body}</main>${script}</body></html>`;
  return {
    html: document.value,
    csp: embedCsp(page.allowedOrigins, { style: cspHash(css), script: talk ? RESIZE_SCRIPT_HASH : null }, page.form ? 'self' : 'none'),
  };
}
