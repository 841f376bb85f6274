import type { AppInfo, Handlers } from './api';
import type { ContentService } from './content/service';
import { signupForms } from './signups/content-forms';
import { signupMessages } from './signups/messages';
import type { Signups } from './signups/service';
import { validateSignup } from './signups/validate';

type OwnCall = 'getContent' | 'getInfo' | 'checkSignup' | 'submitSignup' | 'getSignupStatus';

/** The calls a wing answers with its own handlers object (staff mode, analytics). */
export type WingHandlers = Omit<Handlers, OwnCall>;

/** What the handlers need from the kiosk they serve. */
export interface HandlerDeps {
  content: ContentService;
  signups: Signups;
  info: AppInfo;
  /** Every other call, from the wings' own handlers, spread in as they are. */
  wings: WingHandlers;
}

/** The implementation of every call of the contract; both hosts serve exactly these. */
export function createHandlers({ content, signups, info, wings }: HandlerDeps): Handlers {
  return {
    ...wings,
    async getContent({ since, waitMs }) {
      return since === undefined ? content.current() : content.next(since, waitMs ?? 25_000);
    },
    async getInfo() {
      return info;
    },
    async checkSignup(input) {
      const forms = signupForms(content.current().content, input.lang);
      if (!forms) return { errors: { form: signupMessages(input.lang).badForm() } };
      const checked = validateSignup({ ...input, lang: forms.lang, attempt: '' }, forms);
      return { errors: checked.ok ? {} : checked.errors };
    },
    async submitSignup(input) {
      const forms = signupForms(content.current().content, input.lang);
      if (!forms) return { status: 'invalid', errors: { form: signupMessages(input.lang).badForm() } };
      return signups.submit({ ...input, lang: forms.lang }, forms);
    },
    async getSignupStatus() {
      return signups.status();
    },
  };
}
