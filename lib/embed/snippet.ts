import { domainOptionEntries, type DomainEmbedOptions } from './domain-options';
import { escapeHtml } from './html';
import { optionEntries, type EmbedOptions } from './options';
import { embedPath, type EmbedSubject } from './protocol';

/**
 * What the builder page hands marketing: the two-line snippet, and the URL of its live preview.
 * Both come from the same option entries, so the preview shows exactly what the snippet embeds.
 * The domain embeds take their own option (`tlds`) after the shared ones.
 */

function subjectAttribute(subject: EmbedSubject): string {
  if (subject.kind === 'product') return `data-hostfront-product="${subject.pid}"`;
  if (subject.kind === 'group') return `data-hostfront-group="${escapeHtml(subject.slug)}"`;
  return `data-hostfront-domains="${subject.view}"`;
}

function entries(options: Partial<EmbedOptions>, domain?: DomainEmbedOptions): [string, string][] {
  return [...optionEntries(options), ...(domain ? domainOptionEntries(domain) : [])];
}

export function embedSnippet(shopOrigin: string, subject: EmbedSubject, options: Partial<EmbedOptions>, domain?: DomainEmbedOptions): string {
  const attributes = [subjectAttribute(subject), ...entries(options, domain).map(([name, value]) => `data-${name}="${escapeHtml(value)}"`)];
  return `<div ${attributes.join(' ')}></div>\n<script src="${escapeHtml(shopOrigin)}/embed.js" async></script>`;
}

/** The embed's URL as embed.js would build it, for an iframe on the shop's own page. */
export function embedUrl(
  subject: EmbedSubject,
  options: Partial<EmbedOptions>,
  frame?: { parent: string; id: string },
  domain?: DomainEmbedOptions,
): string {
  const params = new URLSearchParams(entries(options, domain));
  if (frame) {
    params.set('parent', frame.parent);
    params.set('id', frame.id);
  }
  const query = params.toString();
  return query ? `${embedPath(subject)}?${query}` : embedPath(subject);
}
