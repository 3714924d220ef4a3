import { button } from '@/components/ui/styles';

const looks = {
  link: 'inline-flex min-h-6 items-center font-semibold text-accent-text underline underline-offset-4',
  button: button.primary,
};

/** Signs out with a plain form POST (works without JavaScript; see app/(account)/sign-out). */
export function SignOutButton({ className = '', label = 'Sign out', look = 'link' }: { className?: string; label?: string; look?: keyof typeof looks }) {
  return (
    <form method="post" action="/sign-out" className="inline">
      <button type="submit" className={`${looks[look]} ${className}`}>
        {label}
      </button>
    </form>
  );
}
