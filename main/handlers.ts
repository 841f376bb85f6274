import type { AppInfo, Handlers } from './api';
import type { ContentService } from './content/service';

/** What the handlers need from the host they run in. */
export interface HandlerDeps {
  content: ContentService;
  info: AppInfo;
}

/** The implementation of every call of the contract; both hosts serve exactly these. */
export function createHandlers({ content, info }: HandlerDeps): Handlers {
  return {
    async getContent({ since, waitMs }) {
      return since === undefined ? content.current() : content.next(since, waitMs ?? 25_000);
    },
    async getInfo() {
      return info;
    },
  };
}
