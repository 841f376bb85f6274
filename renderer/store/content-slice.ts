import type { StateCreator } from 'zustand';
import type { ContentState } from '../../main/api';
import type { Store } from './index';

/** The content main sends, and whether main can be reached at all. */
export interface ContentSlice {
  content: ContentState | null;
  /** Why main cannot be reached, in plain words; null while it can. */
  connectionError: string | null;
  setContent: (content: ContentState) => void;
  setConnectionError: (message: string | null) => void;
}

export const createContentSlice: StateCreator<Store, [], [], ContentSlice> = (set) => ({
  content: null,
  connectionError: null,
  setContent: (content) => set({ content, connectionError: null }),
  setConnectionError: (connectionError) => set({ connectionError }),
});
