'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { groupPath } from '@/lib/catalogue/paths';

export interface NavGroup {
  slug: string;
  name: string;
}

/**
 * The product groups in the header, every one reachable at every width. From `md` up they are a
 * row of their own under the logo bar, wrapping rather than scrolling, however many groups and
 * however long their names. Below `md` a "Products" disclosure button shows them as a list.
 * Renders two flex items (button and nav) into the header's wrapping row: the nav comes last.
 */
export function ProductsNav({ groups }: { groups: NavGroup[] }) {
  const navId = useId();
  const pathname = usePathname();
  const button = useRef<HTMLButtonElement>(null);
  // Open on the page where it was opened: following a link closes it without an effect.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    setOpenOn(null);
    button.current?.focus();
  };

  return (
    <>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={navId}
        onClick={() => setOpenOn(open ? null : pathname)}
        onKeyDown={closeOnEscape}
        className="inline-flex min-h-11 items-center gap-1.5 rounded-lg border border-line-strong px-3 text-sm font-medium text-fg hover:bg-subtle md:hidden print:hidden"
      >
        Products
        <svg aria-hidden="true" viewBox="0 0 20 20" className={`size-4 transition-transform ${open ? 'rotate-180' : ''}`} fill="currentColor">
          <path d="M5.3 7.3a1 1 0 0 1 1.4 0L10 10.6l3.3-3.3a1 1 0 1 1 1.4 1.4l-4 4a1 1 0 0 1-1.4 0l-4-4a1 1 0 0 1 0-1.4Z" />
        </svg>
      </button>
      <nav
        id={navId}
        aria-label="Products"
        className={`order-last w-full print:hidden ${open ? 'block' : 'hidden'} md:block`}
        onKeyDown={closeOnEscape}
      >
        <ul className="-mx-2 flex flex-col pb-1 md:flex-row md:flex-wrap md:gap-x-1">
          {groups.map((group) => (
            <li key={group.slug}>
              <Link
                href={groupPath(group.slug)}
                onClick={() => setOpenOn(null)}
                className="flex min-h-11 items-center rounded-lg px-2 text-sm font-medium text-muted hover:bg-subtle hover:text-fg md:inline-flex md:px-3"
              >
                {group.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
