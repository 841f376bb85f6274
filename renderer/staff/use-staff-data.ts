import { useCallback, useEffect, useState } from 'react';
import type { CallInput, CallName, CallResult } from '../../main/api';
import { failureText, staffCall } from './staff-calls';

/** What a staff screen loaded from main: the answer, the failure in words, and how to ask again. */
export interface StaffData<T> {
  data: T | null;
  error: string | null;
  reload: () => void;
}

/** The calls whose argument is empty. */
type NoArgumentCall = { [K in CallName]: Record<string, never> extends CallInput<K> ? K : never }[CallName];

/** Loads one staff call that takes no argument, on mount and on `reload()`. */
export function useStaffData<K extends NoArgumentCall>(name: K): StaffData<CallResult<K>> {
  const [data, setData] = useState<CallResult<K> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    staffCall(name, {} as CallInput<K>)
      .then((value) => {
        if (!live || value === null) return;
        setData(value);
        setError(null);
      })
      .catch((failure: unknown) => live && setError(failureText(failure)));
    return () => {
      live = false;
    };
  }, [name, round]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { data, error, reload };
}
