import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { MAX_ROOT_PASSWORD_LENGTH, passwordStrength, type PasswordStrength, type ServerDetailsInput } from '@/lib/cart/server-details';
import { field } from '@/components/ui/styles';
import { FieldMessage } from './FieldMessage';
import type { ConfiguratorValues } from './form-model';

const STRENGTH: Record<PasswordStrength, { label: string; width: string; tone: string }> = {
  weak: { label: 'Weak', width: 'w-1/4', tone: 'bg-danger' },
  fair: { label: 'Fair', width: 'w-2/4', tone: 'bg-warning-line' },
  good: { label: 'Good', width: 'w-3/4', tone: 'bg-success' },
  strong: { label: 'Strong', width: 'w-full', tone: 'bg-success' },
};

const FIELDS: { name: keyof ServerDetailsInput; label: string; hint: string }[] = [
  { name: 'hostname', label: 'Hostname', hint: 'The server’s full name, like server1.example.com.' },
  { name: 'ns1Prefix', label: 'First nameserver prefix', hint: 'Like ns1, for ns1.example.com.' },
  { name: 'ns2Prefix', label: 'Second nameserver prefix', hint: 'Like ns2, for ns2.example.com.' },
];

/**
 * What WHMCS asks for a server: hostname, nameserver prefixes and the root password. The password
 * lives only in this form until it is added to the cart (which seals it): never in the URL.
 */
export function ServerFields({
  register,
  errors,
  password,
}: {
  register: UseFormRegister<ConfiguratorValues>;
  errors: FieldErrors<ConfiguratorValues>;
  password: string;
}) {
  const strength = STRENGTH[passwordStrength(password)];
  const passwordError = errors.server?.rootPassword;
  return (
    <section aria-labelledby="server-heading" className="space-y-6">
      <h2 id="server-heading" className="text-lg font-semibold">
        Server
      </h2>
      {FIELDS.map(({ name, label, hint }) => {
        const id = `server-${name}`;
        const error = errors.server?.[name];
        return (
          <div key={name}>
            <label htmlFor={id} className={field.label}>
              {label}
            </label>
            <p id={`${id}-hint`} className={field.hint}>
              {hint}
            </p>
            <input
              id={id}
              type="text"
              autoComplete="off"
              spellCheck={false}
              autoCapitalize="none"
              maxLength={name === 'hostname' ? 253 : 63}
              {...register(`server.${name}`)}
              aria-invalid={error ? true : undefined}
              aria-describedby={`${id}-hint ${id}-error`}
              className={field.input}
            />
            <FieldMessage id={`${id}-error`} error={error} />
          </div>
        );
      })}
      <div>
        <label htmlFor="server-rootPassword" className={field.label}>
          Root password
        </label>
        <p id="server-rootPassword-hint" className={field.hint}>
          At least 8 characters, no spaces or quotes. Sent to the server once; we never show it again.
        </p>
        <input
          id="server-rootPassword"
          type="password"
          autoComplete="new-password"
          maxLength={MAX_ROOT_PASSWORD_LENGTH}
          {...register('server.rootPassword')}
          aria-invalid={passwordError ? true : undefined}
          aria-describedby="server-rootPassword-hint server-rootPassword-strength server-rootPassword-error"
          className={field.input}
        />
        {password && (
          <div className="mt-2 flex items-center gap-3">
            <div className="h-2 w-32 overflow-hidden rounded-full bg-line" aria-hidden="true">
              <div className={`h-full ${strength.width} ${strength.tone}`} />
            </div>
            <p id="server-rootPassword-strength" className="text-sm text-muted" aria-live="polite">
              Strength: {strength.label}
            </p>
          </div>
        )}
        <FieldMessage id="server-rootPassword-error" error={passwordError} />
      </div>
    </section>
  );
}
