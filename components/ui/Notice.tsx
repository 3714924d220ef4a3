import type { ReactNode } from 'react';

/** A short message in a box: `info` for something to know, `warning` when something was changed or is off. */
export function Notice({
  tone = 'info',
  title,
  children,
  role,
}: {
  tone?: 'info' | 'warning';
  title?: string;
  children?: ReactNode;
  role?: 'status' | 'alert';
}) {
  const tones = {
    info: 'border-line bg-subtle',
    warning: 'border-warning-line bg-warning-bg',
  };
  return (
    <div role={role} className={`rounded-xl border px-4 py-3 text-sm ${tones[tone]}`}>
      {title && <p className="font-semibold">{title}</p>}
      {children && <div className={title ? 'mt-1 text-fg' : 'text-fg'}>{children}</div>}
    </div>
  );
}
