import { button, field } from '@/components/ui/styles';

/**
 * The search box: a plain GET form to /domains, so it works before (and without) JavaScript and
 * a search is a link people can share. The message, when the name cannot be searched, sits
 * under the field and is announced.
 */
export function DomainSearchForm({ query, error }: { query: string; error?: string }) {
  return (
    <form action="/domains" method="get" role="search" className="flex flex-col gap-3 sm:flex-row sm:items-end">
      <div className="flex-1">
        <label htmlFor="domain-query" className={field.label}>
          Domain name
        </label>
        <input
          id="domain-query"
          name="query"
          type="text"
          inputMode="url"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          defaultValue={query}
          placeholder="my-idea.com"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'domain-query-error' : 'domain-query-hint'}
          className={field.input}
        />
        {error ? (
          <p id="domain-query-error" role="alert" className={field.error}>
            {error}
          </p>
        ) : (
          <p id="domain-query-hint" className={field.hint}>
            With or without the extension: we check it and our most popular ones.
          </p>
        )}
      </div>
      <button type="submit" className={`${button.primary} sm:mb-7`}>
        Search
      </button>
    </form>
  );
}
