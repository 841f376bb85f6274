import { create } from 'zustand';
import type { Localized } from '../../main/api';
import { createContentSlice, type ContentSlice } from './content-slice';
import { createPreviewSlice, type PreviewSlice } from './preview-slice';
import { createSessionSlice, type SessionSlice } from './session-slice';
import { createSignupSlice, freshForm, type SignupSlice } from './signup-slice';
import { createStaffSlice, type StaffSlice } from './staff-slice';

/** The renderer's one store, made of slices. */
export type Store = ContentSlice & SessionSlice & SignupSlice & StaffSlice & PreviewSlice;

export const useKiosk = create<Store>()((...a) => ({
  ...createContentSlice(...a),
  ...createSessionSlice(...a),
  ...createSignupSlice(...a),
  ...createStaffSlice(...a),
  ...createPreviewSlice(...a),
}));

const initialState = useKiosk.getState();

/** Puts the store back as it was at start; tests call it between cases. */
export function resetStore(): void {
  useKiosk.setState({ ...initialState, signup: freshForm() }, true);
}

/** The content in the visitor's language (or the default one), or null before content loads. */
export function selectLocalized(state: Store): Localized | null {
  const content = state.content?.content;
  if (!content) return null;
  return (
    content.byLanguage[state.session.lang ?? content.defaultLanguage] ??
    content.byLanguage[content.defaultLanguage] ??
    null
  );
}
