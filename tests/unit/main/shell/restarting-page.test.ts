import { describe, expect, it } from 'vitest';
import { restartingPageUrl } from '../../../../main/shell/restarting-page';

const html = (url: string) => decodeURIComponent(url.slice('data:text/html;charset=utf-8,'.length));
const lines = [{ lang: 'en', text: 'One moment, please: the kiosk is restarting.' }];

describe('the restarting screen', () => {
  it('is a self-contained page in the theme, with its own strict CSP and no script', () => {
    const page = html(
      restartingPageUrl({ title: 'United We Heal', lines, background: '#f7f5ef', text: '#1b1b1b' }),
    );
    expect(page).toContain('<h1>United We Heal</h1>');
    expect(page).toContain('background: #f7f5ef');
    expect(page).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(page).not.toMatch(/<script|src=/i);
  });

  it('keeps a campaign name as text and odd colours out of the CSS', () => {
    const page = html(
      restartingPageUrl({
        title: '<img src=x onerror=alert(1)>',
        lines: [{ lang: 'en"><script>', text: '<b>hi</b>' }],
        background: 'red;}</style>',
        text: '#000',
      }),
    );
    expect(page).toContain('&#60;img src=x onerror=alert(1)&#62;');
    expect(page).not.toContain('<img');
    expect(page).not.toMatch(/<script|<b>/);
    expect(page).toContain('background: inherit');
  });

  it('says it in every language the kiosk offers, each marked with its language', () => {
    const page = html(
      restartingPageUrl({
        title: 'United We Heal',
        lines: [...lines, { lang: 'es', text: 'Un momento, por favor: el quiosco se está reiniciando.' }],
        background: '#f7f5ef',
        text: '#1b1b1b',
      }),
    );
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('<p lang="en">One moment, please: the kiosk is restarting.</p>');
    expect(page).toContain('<p lang="es">Un momento, por favor: el quiosco se está reiniciando.</p>');
  });
});
