'use client';

import { useRef, useState } from 'react';
import { button, field } from '@/components/ui/styles';

/**
 * The snippet to paste, in a read-only text box (selectable and copyable by hand anywhere) with a
 * button that copies it where the browser allows the clipboard.
 */
export function SnippetBox({ snippet }: { snippet: string }) {
  const box = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState('');

  async function copy() {
    try {
      await navigator.clipboard.writeText(snippet);
      setStatus('Snippet copied. Paste it into your page where the embed should appear.');
    } catch {
      box.current?.focus();
      box.current?.select();
      setStatus('This browser did not allow copying. The snippet is selected: press Ctrl+C (⌘C on a Mac).');
    }
  }

  return (
    <div className="mt-4">
      <label htmlFor="embed-snippet" className={field.label}>
        HTML to paste
      </label>
      <p id="embed-snippet-hint" className={field.hint}>
        Paste both lines where the embed should appear. Several embeds on one page need the script line only once.
      </p>
      <textarea
        ref={box}
        id="embed-snippet"
        readOnly
        value={snippet}
        rows={4}
        aria-describedby="embed-snippet-hint"
        onFocus={(event) => event.currentTarget.select()}
        className={`${field.input} py-2 font-mono text-sm`}
      />
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button type="button" onClick={copy} className={button.primary}>
          Copy snippet
        </button>
        <p role="status" aria-live="polite" className="text-sm text-muted">
          {status}
        </p>
      </div>
    </div>
  );
}
