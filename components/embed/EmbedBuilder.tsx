'use client';

import { useEffect, useId, useState, useSyncExternalStore, type ReactNode } from 'react';
import { cycleLabel } from '@/lib/pricing';
import { parseDomainOptions } from '@/lib/embed/domain-options';
import { parseEmbedOptions, type EmbedOptions } from '@/lib/embed/options';
import { embedShape, type EmbedSubject } from '@/lib/embed/protocol';
import { embedSnippet, embedUrl } from '@/lib/embed/snippet';
import { card, field } from '@/components/ui/styles';
import { EmbedPreview, PREVIEW_ID } from './EmbedPreview';
import { SnippetBox } from './SnippetBox';
import type { BuilderCatalogue } from './types';

/** What the form holds: exactly what people typed or picked, read through parseEmbedOptions. */
interface FormState {
  kind: BuilderKind;
  pid: string;
  slug: string;
  cycle: string;
  currency: string;
  theme: string;
  accent: string;
  promo: string;
  source: string;
  campaign: string;
  target: string;
  /** The domain embeds' extensions, as typed: `com, net`. */
  tlds: string;
}

/** The product embeds, and the two domain embeds by their view. */
type BuilderKind = 'product' | 'group' | 'search' | 'prices';

const isDomainKind = (kind: BuilderKind): kind is 'search' | 'prices' => kind === 'search' || kind === 'prices';

/** The embed the form describes, or null while its product or group is not (yet) one of the catalogue's. */
function subjectOf(form: FormState, catalogue: BuilderCatalogue): EmbedSubject | null {
  if (isDomainKind(form.kind)) return { kind: 'domains', view: form.kind };
  if (form.kind === 'product') {
    const product = catalogue.products.find((p) => String(p.pid) === form.pid);
    return product ? { kind: 'product', pid: product.pid } : null;
  }
  const group = catalogue.groups.find((g) => g.slug === form.slug);
  return group ? { kind: 'group', slug: group.slug } : null;
}

const noSubscription = () => () => {};

/** The page's own origin, known only in the browser (the server renders before it knows). */
function useOrigin(): string | null {
  return useSyncExternalStore(noSubscription, () => window.location.origin, () => null);
}

/** `value`, once it has stopped changing for `ms`: the preview reloads per pause, not per keystroke. */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

function Field({ label, hint, error, children }: { label: string; hint?: string; error?: string | null; children: (ids: { id: string; describedBy?: string }) => ReactNode }) {
  const id = useId();
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div>
      <label htmlFor={id} className={field.label}>
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className={field.hint}>
          {hint}
        </p>
      )}
      {children({ id, describedBy })}
      {error && (
        <p id={`${id}-error`} className={field.error}>
          {error}
        </p>
      )}
    </div>
  );
}

function Choice({ legend, name, value, choices, onChange }: { legend: string; name: string; value: string; choices: [string, string][]; onChange: (value: string) => void }) {
  return (
    <fieldset>
      <legend className={field.label}>{legend}</legend>
      <div className="mt-2 flex flex-wrap gap-2">
        {choices.map(([choice, label]) => (
          <label
            key={choice}
            className="flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-line-strong bg-surface px-3 text-sm has-checked:border-accent has-checked:bg-subtle"
          >
            <input type="radio" name={name} value={choice} checked={value === choice} onChange={() => onChange(choice)} className="size-4 accent-accent" />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * The embed builder: pick a product card or a pricing table and its options, see it live, copy
 * the snippet. Every option goes through the embed's own parser, so what is previewed and
 * copied is exactly what the embed will honour; a value it would ignore is flagged here.
 */
export function EmbedBuilder({ catalogue, shopAccent, shopOrigin }: { catalogue: BuilderCatalogue; shopAccent: string; shopOrigin: string | null }) {
  const [form, setForm] = useState<FormState>({
    kind: catalogue.products.length ? 'product' : 'group',
    pid: String(catalogue.products[0]?.pid ?? ''),
    slug: catalogue.groups[0]?.slug ?? '',
    cycle: '',
    currency: '',
    theme: 'auto',
    accent: shopAccent,
    promo: '',
    source: '',
    campaign: '',
    target: 'top',
    tlds: '',
  });
  const set = (name: keyof FormState) => (value: string) => setForm((current) => ({ ...current, [name]: value }));
  const origin = useOrigin();

  const product = catalogue.products.find((p) => String(p.pid) === form.pid);
  const group = catalogue.groups.find((g) => g.slug === form.slug);
  const subject = subjectOf(form, catalogue);
  const domains = isDomainKind(form.kind);
  const cycles = (form.kind === 'product' ? product?.cycles : form.kind === 'group' ? group?.cycles : undefined) ?? [];

  const options: EmbedOptions = parseEmbedOptions({
    ...form,
    // Offered choices only: a cycle left over from another product falls back to the default.
    cycle: (cycles as string[]).includes(form.cycle) ? form.cycle : undefined,
    accent: form.accent.toLowerCase() === shopAccent.toLowerCase() ? undefined : form.accent,
    // The domain embeds have no cycle and order nothing: a code would mean nothing there.
    promo: domains ? undefined : form.promo,
  });
  const domainOptions = parseDomainOptions({ tlds: domains ? form.tlds : undefined });
  const notSold = (domainOptions.tlds ?? []).filter((tld) => catalogue.tlds.length > 0 && !catalogue.tlds.includes(tld));
  // A value the embed would drop is said so here, rather than silently left out of the snippet.
  const ignored = (name: 'promo' | 'source' | 'campaign', why: string) => (form[name].trim() && options[name] === null ? why : null);
  const errors = {
    promo: ignored('promo', 'A code is letters, digits, dots, dashes or underscores (at most 64): this one would be ignored.'),
    source: ignored('source', 'At most 100 characters on one line: this source would be ignored.'),
    campaign: ignored('campaign', 'At most 100 characters on one line: this campaign would be ignored.'),
    tlds:
      domains && form.tlds.trim() && !domainOptions.tlds
        ? 'Extensions like com, net, co.uk (at most 30), separated by commas: these would be ignored.'
        : notSold.length
          ? `Not sold by the shop, left out: ${notSold.map((tld) => `.${tld}`).join(', ')}.`
          : null,
  };

  const snippet = subject ? embedSnippet(shopOrigin ?? origin ?? '', subject, options, domainOptions) : '';
  const previewSrc = useSettled(subject && origin ? embedUrl(subject, options, { parent: origin, id: PREVIEW_ID }, domainOptions) : null, 300);
  const previewName = {
    product: `product card for ${product?.name ?? ''}`,
    group: `pricing table for ${group?.name ?? ''}`,
    search: 'domain search box',
    prices: 'domain price table',
  }[form.kind];

  const productGroups = [...new Set(catalogue.products.map((p) => p.groupName))];

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,24rem)_minmax(0,1fr)]">
      <form className={`${card} flex flex-col gap-6 p-6`} onSubmit={(event) => event.preventDefault()} aria-label="Embed options">
        <Choice
          legend="What to embed"
          name="kind"
          value={form.kind}
          choices={[
            ['product', 'Product card'],
            ['group', 'Pricing table'],
            ['search', 'Domain search box'],
            ['prices', 'Domain price table'],
          ]}
          onChange={set('kind')}
        />
        {domains ? (
          <Field
            label="Domain extensions"
            hint={`${form.kind === 'search' ? 'Shown under the box with their first-year price. Leave empty for none.' : 'The rows of the table, in this order. Leave empty for every extension the shop sells.'}${catalogue.tlds.length ? ` The shop sells ${catalogue.tlds.map((tld) => `.${tld}`).join(', ')}.` : ''}`}
            error={errors.tlds}
          >
            {({ id, describedBy }) => (
              <input
                id={id}
                value={form.tlds}
                placeholder="com, net, org"
                aria-describedby={describedBy}
                aria-invalid={Boolean(errors.tlds)}
                onChange={(e) => set('tlds')(e.target.value)}
                className={field.input}
                autoComplete="off"
                spellCheck={false}
              />
            )}
          </Field>
        ) : form.kind === 'product' ? (
          <Field label="Product">
            {({ id }) => (
              <select id={id} value={form.pid} onChange={(e) => set('pid')(e.target.value)} className={field.input}>
                {productGroups.map((name) => (
                  <optgroup key={name} label={name}>
                    {catalogue.products
                      .filter((p) => p.groupName === name)
                      .map((p) => (
                        <option key={p.pid} value={p.pid}>
                          {p.name}
                          {p.hidden ? ' (not listed in the shop)' : ''}
                        </option>
                      ))}
                  </optgroup>
                ))}
              </select>
            )}
          </Field>
        ) : (
          <Field label="Plans">
            {({ id }) => (
              <select id={id} value={form.slug} onChange={(e) => set('slug')(e.target.value)} className={field.input}>
                {catalogue.groups.map((g) => (
                  <option key={g.slug} value={g.slug}>
                    {g.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        {!domains && (
          <Field label="Billing cycle" hint={form.kind === 'group' ? 'The cycle the table opens on; visitors can switch.' : undefined}>
            {({ id, describedBy }) => (
              <select
                id={id}
                aria-describedby={describedBy}
                value={options.cycle ?? ''}
                onChange={(e) => set('cycle')(e.target.value)}
                className={field.input}
              >
                <option value="">Monthly, or the first cycle sold</option>
                {cycles.map((cycle) => (
                  <option key={cycle} value={cycle}>
                    {cycleLabel(cycle)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        {form.kind !== 'search' || domainOptions.tlds ? (
          <Field label="Currency">
            {({ id }) => (
              <select id={id} value={form.currency} onChange={(e) => set('currency')(e.target.value)} className={field.input}>
                <option value="">The shop’s default ({catalogue.defaultCurrency})</option>
                {catalogue.currencies.map((code) => (
                  <option key={code} value={code}>
                    {code}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        <Choice
          legend="Theme"
          name="theme"
          value={form.theme}
          choices={[
            ['auto', 'Follow the visitor’s system'],
            ['light', 'Light'],
            ['dark', 'Dark'],
          ]}
          onChange={set('theme')}
        />
        <Field label="Accent colour" hint="Buttons and highlights. Text colours are adjusted to stay readable.">
          {({ id, describedBy }) => (
            <input
              id={id}
              type="color"
              aria-describedby={describedBy}
              value={form.accent}
              onChange={(e) => set('accent')(e.target.value)}
              className="mt-1.5 block h-11 w-20 cursor-pointer rounded-lg border border-line-strong bg-surface p-1"
            />
          )}
        </Field>
        {!domains && (
          <Field
            label="Promotion code"
            hint="Preset in the order form, which checks it."
            error={errors.promo}
          >
            {({ id, describedBy }) => (
              <input
                id={id}
                value={form.promo}
                aria-describedby={describedBy}
                aria-invalid={Boolean(errors.promo)}
                onChange={(e) => set('promo')(e.target.value)}
                className={field.input}
                autoComplete="off"
                spellCheck={false}
              />
            )}
          </Field>
        )}
        <Field
          label="Source"
          hint="Where the embed is placed, e.g. partner-blog. Orders are tagged utm_source=… and utm_medium=embed."
          error={errors.source}
        >
          {({ id, describedBy }) => (
            <input
              id={id}
              value={form.source}
              aria-describedby={describedBy}
              aria-invalid={Boolean(errors.source)}
              onChange={(e) => set('source')(e.target.value)}
              className={field.input}
              autoComplete="off"
            />
          )}
        </Field>
        <Field
          label="Campaign"
          hint={`utm_campaign, with a source only. Without one, ${domains ? `domain-${form.kind}` : 'the product’s or group’s slug'}.`}
          error={errors.campaign}
        >
          {({ id, describedBy }) => (
            <input
              id={id}
              value={form.campaign}
              aria-describedby={describedBy}
              aria-invalid={Boolean(errors.campaign)}
              onChange={(e) => set('campaign')(e.target.value)}
              className={field.input}
              autoComplete="off"
            />
          )}
        </Field>
        <Choice
          legend={domains ? '“Search” opens the domain search' : '“Order” opens the order form'}
          name="target"
          value={form.target}
          choices={[
            ['top', 'In the same window'],
            ['blank', 'In a new tab'],
          ]}
          onChange={set('target')}
        />
      </form>

      <div className="flex min-w-0 flex-col gap-8">
        <section aria-labelledby="embed-preview-heading">
          <h2 id="embed-preview-heading" className="text-lg font-semibold">
            Preview
          </h2>
          <p className="mt-1 text-sm text-muted">The embed takes the width of the element you paste it into.</p>
          <div className="mt-4 rounded-2xl border border-dashed border-line-strong p-4">
            {previewSrc ? (
              <EmbedPreview key={form.kind} src={previewSrc} shape={subject ? embedShape(subject) : 'product'} title={`Preview: ${previewName}`} />
            ) : (
              <div className="skeleton h-96" aria-hidden="true" />
            )}
          </div>
        </section>
        <section aria-labelledby="embed-snippet-heading">
          <h2 id="embed-snippet-heading" className="text-lg font-semibold">
            Snippet
          </h2>
          <SnippetBox snippet={snippet} />
        </section>
      </div>
    </div>
  );
}
