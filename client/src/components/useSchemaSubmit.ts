/**
 * The submit cycle of a form the browser checks with the server's own schema before sending:
 * problems by field (messages that name the field), then the request, with the server's field
 * problems shown the same way and any other failure as one message. One submission at a time.
 */
import type { FormEvent } from 'react';
import { useState } from 'react';
import type { z } from 'zod';
import { fieldErrors } from '../../../shared/accounts/fieldErrors';
import { ApiRequestError } from '../api/apiError';

/** What a form needs from its submit cycle. */
export interface SchemaSubmit {
  readonly busy: boolean;
  /** Problems by field path (`title`, `fields.0.label`). */
  readonly problems: Readonly<Record<string, string>>;
  /** A failure that belongs to no field, to show above the buttons. */
  readonly error: string | null;
  readonly handleSubmit: (event: FormEvent<HTMLFormElement>) => void;
}

/**
 * Checks `body()` with `schema` on submit, then calls `send` with it; `failure` is the message
 * when sending fails without a reason of its own.
 */
export function useSchemaSubmit<T>(
  schema: z.ZodType<T>,
  body: () => unknown,
  send: (checked: unknown) => Promise<void>,
  failure: string,
): SchemaSubmit {
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (): Promise<void> => {
    const values = body();
    const parsed = schema.safeParse(values);
    const found = parsed.success ? {} : fieldErrors(parsed.error);
    setProblems(found);
    setError(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await send(values);
    } catch (caught) {
      if (caught instanceof ApiRequestError && Object.keys(caught.fields).length > 0)
        setProblems(caught.fields);
      setError(caught instanceof Error ? caught.message : failure);
    } finally {
      setBusy(false);
    }
  };

  return {
    busy,
    problems,
    error,
    handleSubmit: (event) => {
      event.preventDefault();
      if (!busy) void submit();
    },
  };
}
