import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reportVisits } from '../../../renderer/analytics/report-visits';
import { App } from '../../../renderer/app';
import { followPreviewAddress } from '../../../renderer/preview-pin';
import { useKiosk } from '../../../renderer/store';
import { THANKS_MS } from '../../../renderer/store/idle';
import { parsePreview, previewAddress, type PreviewPin } from '../../../renderer/store/preview';
import { content, contentState } from './fixtures';

const callMain = vi.hoisted(() => vi.fn());
vi.mock('../../../renderer/api', async (original) => ({ ...(await original<object>()), callMain }));

/** Answers getInfo as a browser host with or without --preview, and every other call plainly. */
/** The words on screen: screens kept built while hidden (the questions, the answers) left out. */
function shownText(): string {
  const page = document.body.cloneNode(true) as HTMLElement;
  for (const hidden of page.querySelectorAll('[hidden]')) hidden.remove();
  return page.textContent ?? '';
}

function host(preview: boolean) {
  callMain.mockImplementation((name: string) =>
    Promise.resolve(
      name === 'getInfo' ? { name: 'Kiosk', version: '1', host: 'browser', preview } : { recorded: true },
    ),
  );
}

afterEach(() => {
  callMain.mockReset();
  history.replaceState(null, '', '/');
});

describe('a kiosk page address from the preview', () => {
  it('reads the screen, language, question and slide it asks for', () => {
    expect(parsePreview('?preview&lang=es&screen=answer&question=who')).toEqual({
      lang: 'es',
      screen: { name: 'answer', id: 'who' },
      slide: 0,
    });
    expect(parsePreview('?preview&screen=attract&slide=3')).toEqual({
      lang: null,
      screen: { name: 'attract' },
      slide: 2,
    });
    for (const name of ['questions', 'signup', 'thanks'] as const)
      expect(parsePreview(`?preview&screen=${name}`)?.screen).toEqual({ name });
  });

  it('asks for nothing without "preview", and falls back to the first slide for what it cannot read', () => {
    expect(parsePreview('')).toBeNull();
    expect(parsePreview('?lang=es&screen=answer&question=who')).toBeNull();
    const attract: PreviewPin = { lang: null, screen: { name: 'attract' }, slide: 0 };
    expect(parsePreview('?preview')).toEqual(attract);
    expect(parsePreview('?preview&screen=staff')).toEqual(attract);
    for (const slide of ['0', '-1', '2.5', 'two', ''])
      expect(parsePreview(`?preview&screen=attract&slide=${slide}`)).toEqual(attract);
    // An answer with no question is the list of questions.
    expect(parsePreview('?preview&screen=answer')?.screen).toEqual({ name: 'questions' });
    expect(parsePreview(`?preview&lang=${'x'.repeat(500)}`)?.lang).toBeNull();
  });

  it('is written by the preview page as the kiosk page reads it', () => {
    const read = (address: string) => parsePreview(address.slice(address.indexOf('?')));
    expect(previewAddress({ lang: 'es', screen: 'answer', question: 'what is "it" & why?' })).toMatch(
      /^index\.html\?preview&/,
    );
    expect(read(previewAddress({ lang: 'es', screen: 'answer', question: 'what is "it" & why?' }))).toEqual({
      lang: 'es',
      screen: { name: 'answer', id: 'what is "it" & why?' },
      slide: 0,
    });
    expect(read(previewAddress({ lang: null, screen: 'attract', slide: 4 }))).toEqual({
      lang: null,
      screen: { name: 'attract' },
      slide: 3,
    });
    expect(read(previewAddress({ lang: 'en', screen: 'thanks' }))?.screen).toEqual({ name: 'thanks' });
  });
});

describe('following the address', () => {
  it('pins the page only when the host runs in preview mode', async () => {
    history.replaceState(null, '', '/index.html?preview&lang=es&screen=answer&question=who');
    host(false);
    await followPreviewAddress();
    expect(useKiosk.getState().preview).toBeNull();
    expect(useKiosk.getState().session).toMatchObject({ screen: { name: 'attract' }, lang: null });

    host(true);
    await followPreviewAddress();
    expect(useKiosk.getState().preview).not.toBeNull();
    expect(useKiosk.getState().session).toMatchObject({ screen: { name: 'answer', id: 'who' }, lang: 'es' });
  });

  it('does not even ask the host on an ordinary kiosk address', async () => {
    host(true);
    await followPreviewAddress();
    expect(callMain).not.toHaveBeenCalled();
    expect(useKiosk.getState().preview).toBeNull();
  });
});

describe('a pinned page', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const pinned = (pin: PreviewPin) => {
    act(() => {
      useKiosk.getState().setContent(contentState());
      useKiosk.getState().pinPreview(pin);
    });
    render(<App />);
  };

  it('stays on its attract slide', () => {
    pinned({ lang: null, screen: { name: 'attract' }, slide: 1 });
    expect(screen.getByRole('heading', { name: 'Get involved' })).toBeTruthy();
    act(() => {
      vi.advanceTimersByTime(content.idle.slideSeconds * 1000 * 5);
    });
    expect(screen.getByRole('heading', { name: 'Get involved' })).toBeTruthy();
  });

  it('keeps a slide past the last one on the last', () => {
    pinned({ lang: null, screen: { name: 'attract' }, slide: 9 });
    expect(screen.getByRole('heading', { name: 'Get involved' })).toBeTruthy();
  });

  it('never asks "Are you still there?" nor starts over', () => {
    pinned({ lang: 'es', screen: { name: 'answer', id: 'who' }, slide: 0 });
    expect(screen.getByRole('heading', { name: '¿Quién es AFSCME?' })).toBeTruthy();
    act(() => {
      vi.advanceTimersByTime((content.idle.browseSeconds + content.idle.warningSeconds + 60) * 1000);
    });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByRole('heading', { name: '¿Quién es AFSCME?' })).toBeTruthy();
  });

  it('keeps the thank-you screen, which otherwise ends by itself', () => {
    pinned({ lang: null, screen: { name: 'thanks' }, slide: 0 });
    const thanks = shownText();
    act(() => {
      vi.advanceTimersByTime(THANKS_MS * 3);
    });
    expect(shownText()).toBe(thanks);
    expect(useKiosk.getState().session.screen).toEqual({ name: 'thanks' });
  });

  it('counts no visit, where a kiosk would', () => {
    host(true);
    act(() => {
      useKiosk.getState().setContent(contentState());
    });
    const stop = reportVisits();
    try {
      act(() => {
        useKiosk.getState().start();
      });
      act(() => {
        vi.advanceTimersByTime(100);
      });
      expect(callMain).toHaveBeenCalledWith('recordEvent', expect.anything());
      callMain.mockClear();

      act(() => {
        useKiosk.getState().pinPreview({ lang: null, screen: { name: 'questions' }, slide: 0 });
      });
      act(() => {
        useKiosk.getState().openQuestion('who');
      });
      act(() => {
        useKiosk.getState().home();
      });
      act(() => {
        vi.advanceTimersByTime(100);
      });
      expect(callMain).not.toHaveBeenCalled();
    } finally {
      stop();
    }
  });
});
