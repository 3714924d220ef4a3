import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver } from 'react-hook-form';
import * as z from 'zod/mini';
import '@/lib/security/zod-without-eval';
import { fieldTooLongMessage, MAX_CUSTOM_FIELD_LENGTH, requiredFieldMessage } from '@/lib/cart/limits';
import { checkDomain } from '@/lib/catalogue/domain-name';
import { hostnameProblem, prefixProblem, rootPasswordProblem } from '@/lib/cart/server-details';
import { enabledCycles } from '@/lib/pricing';
import type { Product, Tld } from '@/lib/whmcs/types';
import { eppCodeProblem, registerProblem, transferTldProblem, type DomainStepValues } from './domain-step';
import { addonKey, addonProblem, fieldKey, optionKey, optionProblem, quantityProblem, type ConfiguratorValues } from './form-model';

/**
 * The configurator's validation as a zod schema (zod/mini: the small build). The browser loads
 * this module on demand, the first time the form validates, so the catalogue's first paint does
 * not wait for a validation library (see Configurator.tsx).
 */

function check<T>(problem: (value: T) => string | null) {
  return z.superRefine<T>((value, ctx) => {
    const message = problem(value);
    if (message) ctx.addIssue(message);
  });
}

function domainProblem(raw: string): string | null {
  const result = checkDomain(raw);
  return result.ok ? null : result.message;
}

/**
 * The domain step's rules: only what the chosen way needs is checked, each message on its own
 * field (`domain` for "use my own", `domainStep.*` for register and transfer).
 */
function domainStepProblems(domain: string, step: DomainStepValues, tlds: readonly Tld[] | null): [string[], string][] {
  if (step.choice === 'own' || !tlds) {
    const problem = domainProblem(domain);
    return problem ? [[['domain'], problem]] : [];
  }
  if (step.choice === 'register') {
    const problem = registerProblem(step.register);
    return problem ? [[['domainStep', 'register'], problem]] : [];
  }
  const problems: [string[], string][] = [];
  const transfer = domainProblem(step.transfer) ?? transferTldProblem(step.transfer, tlds);
  if (transfer) problems.push([['domainStep', 'transfer'], transfer]);
  const epp = eppCodeProblem(step);
  if (epp) problems.push([['domainStep', 'eppCode'], epp]);
  return problems;
}

/**
 * The form's rules for one product: react-hook-form validates with this through zodResolver.
 * `tlds` (the TLDs the shop sells, in this currency) offer registering and transferring a
 * domain to products that need one; without them only the customer's own domain is asked for.
 */
export function configuratorSchema(product: Product, currencyCode: string, needsDomain: boolean, tlds: readonly Tld[] | null = null) {
  const cycles = enabledCycles(product, currencyCode);
  const options: Record<string, z.ZodMiniType<string, string> | z.ZodMiniBoolean<boolean>> = {};
  for (const option of product.configOptions) {
    const key = optionKey(option.id);
    if (option.kind === 'yesno') options[key] = z.boolean();
    else if (option.kind === 'quantity') options[key] = z.string().check(check((raw: string) => optionProblem(option, raw)));
    else {
      const ids = option.choices.map((choice) => String(choice.id));
      options[key] = z.string().check(check((raw: string) => (ids.includes(raw) ? null : `Choose an option for ${option.name}.`)));
    }
  }
  const fields: Record<string, z.ZodMiniType<string, string>> = {};
  for (const field of product.customFields) {
    fields[fieldKey(field.id)] = z
      .string()
      .check(
        z.maxLength(MAX_CUSTOM_FIELD_LENGTH, fieldTooLongMessage(field.name)),
        check((raw: string) => (field.required && !raw.trim() ? requiredFieldMessage(field.name) : null)),
      );
  }
  const addons: Record<string, z.ZodMiniType<string, string> | z.ZodMiniBoolean<boolean>> = {};
  for (const addon of product.addons ?? []) {
    addons[addonKey(addon.id)] = addon.quantityAllowed ? z.string().check(check((raw: string) => addonProblem(addon, raw))) : z.boolean();
  }
  const text = (problem: (raw: string) => string | null) => (isServer ? z.string().check(check(problem)) : z.string());
  const isServer = product.type === 'server';
  return z.object({
    addons: z.object(addons),
    server: z.object({
      hostname: text(hostnameProblem),
      rootPassword: text(rootPasswordProblem),
      ns1Prefix: text((raw) => prefixProblem(raw, 'first nameserver', 'ns1')),
      ns2Prefix: text((raw) => prefixProblem(raw, 'second nameserver', 'ns2')),
    }),
    cycle: z.string().check(check((raw: string) => (cycles.some((cycle) => cycle === raw) ? null : 'Choose a billing cycle.'))),
    options: z.object(options),
    quantity:
      product.quantityMode === 'none' ? z.string() : z.string().check(check((raw: string) => quantityProblem(product, raw))),
    domain: z.string(),
    domainStep: z.object({
      choice: z.enum(tlds ? ['register', 'transfer', 'own'] : ['own'], 'Choose how to get your domain.'),
      register: z.string(),
      transfer: z.string(),
      eppCode: z.string(),
      keptTransfer: z.string(),
    }),
    fields: z.object(fields),
  }).check(
    z.superRefine(
      (values, ctx) => {
        if (!needsDomain) return;
        for (const [path, message] of domainStepProblems(values.domain, values.domainStep, tlds)) {
          ctx.addIssue({ code: 'custom', message, path, input: values });
        }
      },
      // Checked with the rest of the form, not only once every other field is right.
      { when: ({ value }) => typeof value === 'object' && value !== null && 'domainStep' in value && typeof value.domainStep === 'object' },
    ),
  );
}

const resolvers = new WeakMap<Product, Resolver<ConfiguratorValues>>();

/** The react-hook-form resolver for one product (and the TLDs it was shown with), built once. */
export function configuratorResolver(product: Product, currencyCode: string, needsDomain: boolean, tlds: readonly Tld[] | null): Resolver<ConfiguratorValues> {
  let resolver = resolvers.get(product);
  if (!resolver) {
    resolver = zodResolver(configuratorSchema(product, currencyCode, needsDomain, tlds));
    resolvers.set(product, resolver);
  }
  return resolver;
}
