import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SCREENSHOTS = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

/** What axe-core finds against WCAG 2.2 A and AA on the page as it stands, one line per rule. */
export async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

/**
 * Every visible control smaller than 64×64 CSS px or running off the screen, and every pair of
 * controls closer than 8 px, described for a failure message: an empty list when the screen is
 * right for fingers.
 */
export function targetProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const targets = [
      ...document.querySelectorAll<HTMLElement>(
        'button, input:not([type=radio]):not([type=checkbox]), label.choice, label.consent',
      ),
    ].filter((element) => element.checkVisibility({ visibilityProperty: true, opacityProperty: true }));
    const name = (element: HTMLElement) =>
      `"${(element.getAttribute('aria-label') ?? element.textContent ?? element.id).trim().slice(0, 30)}"`;
    // What of a control shows: a page scrolled under the keyboard hides the rest, and a finger
    // can only reach what shows. A part that hides what overflows it, rather than scroll it into
    // reach, cuts it off.
    let cut = false;
    const shown = (element: HTMLElement) => {
      let { left, top, right, bottom } = element.getBoundingClientRect();
      cut = top < -0.5 || left < -0.5 || bottom > innerHeight + 0.5 || right > innerWidth + 0.5;
      for (let parent = element.parentElement; parent; parent = parent.parentElement) {
        const overflow = getComputedStyle(parent).overflowY;
        if (overflow === 'visible') continue;
        const clip = parent.getBoundingClientRect();
        if (
          (overflow === 'hidden' || overflow === 'clip') &&
          (top < clip.top - 0.5 ||
            left < clip.left - 0.5 ||
            bottom > clip.bottom + 0.5 ||
            right > clip.right + 0.5)
        )
          cut = true;
        [left, top, right, bottom] = [
          Math.max(left, clip.left),
          Math.max(top, clip.top),
          Math.min(right, clip.right),
          Math.min(bottom, clip.bottom),
        ];
      }
      return { left, top, right, bottom, width: right - left, height: bottom - top, cut };
    };
    const boxes = targets
      .map((element) => ({ element, box: element.getBoundingClientRect(), seen: shown(element) }))
      .filter(({ seen }) => seen.width > 0 && seen.height > 0);
    const problems: string[] = [];
    for (const { element, box, seen } of boxes) {
      if (box.width < 64 || box.height < 64)
        problems.push(`${name(element)} is ${Math.round(box.width)}×${Math.round(box.height)}`);
      // Past the edge of the screen, outside any part that scrolls: no finger can reach all of it.
      if (seen.cut) problems.push(`${name(element)} runs off the screen`);
    }
    for (const [index, a] of boxes.entries()) {
      for (const b of boxes.slice(index + 1)) {
        if (a.element.contains(b.element) || b.element.contains(a.element)) continue;
        const across = Math.max(a.seen.left - b.seen.right, b.seen.left - a.seen.right);
        const down = Math.max(a.seen.top - b.seen.bottom, b.seen.top - a.seen.bottom);
        const gap = Math.max(across, down);
        if (gap < 7.5)
          problems.push(`${name(a.element)} and ${name(b.element)} are ${gap.toFixed(1)} px apart`);
      }
    }
    return problems;
  });
}

/** Visible text set smaller than 24 CSS px, with the words it is in. */
export function smallText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim()) continue;
      if (!parent.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      const size = parseFloat(getComputedStyle(parent).fontSize);
      if (size < 23.5) found.push(`"${node.textContent.trim().slice(0, 30)}" at ${size} px`);
    }
    return found;
  });
}

/** Saves the screen to docs/screenshots/<name>-<portrait|landscape>.png, for the README. */
export async function saveScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const orientation = testInfo.project.name.includes('portrait') ? 'portrait' : 'landscape';
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-${orientation}.png`), animations: 'disabled' });
}
