import { escapeHtml } from './html';
import { optionEntries, type EmbedOptions } from './options';
import { embedPath, type EmbedSubject } from './protocol';

/**
 * What the builder page hands marketing: the two-line snippet, and the URL of its live preview.
 * Both come from the same option entries, so the preview shows exactly what the snippet embeds.
 */

const subjectAttribute = (subject: EmbedSubject) =>
  subject.kind === 'product' ? `data-hostfront-product="${subject.pid}"` : `data-hostfront-group="${escapeHtml(subject.slug)}"`;

export function embedSnippet(shopOrigin: string, subject: EmbedSubject, options: Partial<EmbedOptions>): string {
  const attributes = [
    subjectAttribute(subject),
    ...optionEntries(options).map(([name, value]) => `data-${name}="${escapeHtml(value)}"`),
  ];
  return `<div ${attributes.join(' ')}></div>\n<script src="${escapeHtml(shopOrigin)}/embed.js" async></script>`;
}

/** The embed's URL as embed.js would build it, for an iframe on the shop's own page. */
export function embedUrl(subject: EmbedSubject, options: Partial<EmbedOptions>, frame?: { parent: string; id: string }): string {
  const params = new URLSearchParams(optionEntries(options));
  if (frame) {
    params.set('parent', frame.parent);
    params.set('id', frame.id);
  }
  const query = params.toString();
  return query ? `${embedPath(subject)}?${query}` : embedPath(subject);
}
