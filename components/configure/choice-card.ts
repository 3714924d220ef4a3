/** A radio choice drawn as a card (the whole card is the label): the billing cycle, the domain step. */
export const choiceCard =
  'flex cursor-pointer items-start gap-3 rounded-xl border border-line-strong bg-surface p-4 has-checked:border-accent has-checked:bg-subtle has-checked:ring-1 has-checked:ring-accent has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-accent-text';

/** The radio inside a choice card. */
export const choiceRadio = 'mt-0.5 size-5 shrink-0 accent-accent';
