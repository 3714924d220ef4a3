import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { MAX_CUSTOM_FIELD_LENGTH } from '@/lib/cart/limits';
import { productQuantityBounds } from '@/lib/pricing';
import type { Product } from '@/lib/whmcs/types';
import { field } from '@/components/ui/styles';
import { FieldMessage } from './FieldMessage';
import { fieldKey, type ConfiguratorValues } from './form-model';

/** Whether the product asks for any details (quantity, custom fields). */
export function hasDetails(product: Product): boolean {
  return product.quantityMode !== 'none' || product.customFields.length > 0;
}

/**
 * The configurator's "Details": the product quantity and the custom fields, each with its hint
 * and its error (the domain has its own step, ./DomainStep). Text inputs stop at the length the cart keeps (lib/cart/inputs).
 */
export function DetailsFields({
  formId,
  product,
  register,
  errors,
}: {
  formId: string;
  product: Product;
  register: UseFormRegister<ConfiguratorValues>;
  errors: FieldErrors<ConfiguratorValues>;
}) {
  const quantityBounds = productQuantityBounds(product);
  return (
    <section aria-labelledby={`${formId}-details`} className="space-y-6">
      <h2 id={`${formId}-details`} className="text-lg font-semibold">
        Details
      </h2>
      {product.quantityMode !== 'none' && (
        <div>
          <label htmlFor={`${formId}-quantity`} className={field.label}>
            Quantity
          </label>
          <p id={`${formId}-quantity-hint`} className={field.hint}>
            {product.quantityMode === 'scaling' ? 'One service, scaled to this many units.' : 'This many separate services.'}
            {product.stockLevel !== null && ` ${product.stockLevel} in stock.`}
          </p>
          <input
            id={`${formId}-quantity`}
            type="number"
            inputMode="numeric"
            min={quantityBounds.min}
            max={product.stockLevel !== null ? quantityBounds.max : undefined}
            step={1}
            {...register('quantity')}
            aria-invalid={errors.quantity ? true : undefined}
            aria-describedby={`${formId}-quantity-hint ${formId}-quantity-error`}
            className={`${field.input} max-w-40 tabular-nums`}
          />
          <FieldMessage id={`${formId}-quantity-error`} error={errors.quantity} />
        </div>
      )}
      {product.customFields.map((customField) => {
        const key = fieldKey(customField.id);
        const id = `${formId}-${key}`;
        return (
          <div key={customField.id}>
            <label htmlFor={id} className={field.label}>
              {customField.name} <span className="font-normal text-muted">{customField.required ? '(required)' : '(optional)'}</span>
            </label>
            {customField.description && (
              <p id={`${id}-hint`} className={field.hint}>
                {customField.description}
              </p>
            )}
            <input
              id={id}
              type="text"
              autoComplete="off"
              maxLength={MAX_CUSTOM_FIELD_LENGTH}
              {...register(`fields.${key}`)}
              aria-required={customField.required || undefined}
              aria-invalid={errors.fields?.[key] ? true : undefined}
              aria-describedby={[customField.description && `${id}-hint`, `${id}-error`].filter(Boolean).join(' ')}
              className={field.input}
            />
            <FieldMessage id={`${id}-error`} error={errors.fields?.[key]} />
          </div>
        );
      })}
    </section>
  );
}
