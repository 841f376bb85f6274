import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { copyDefaultContent } from '../support/content-fixture';
import { discPng } from '../support/png';

/** The first slide of the picture content: a long text, a 1200×800 picture and a QR code. */
export const PICTURE_SLIDE = {
  title: 'Every worker deserves a voice',
  address: 'https://unitedweheal.org/join',
  caption: 'Scan to join us online',
  description: 'A green disc on a warm yellow background',
};

const slide = `    - title:
        en: ${PICTURE_SLIDE.title}
      text:
        en: Behavioral health workers across the country are coming together for reasonable caseloads, fair wages, real training and a strong voice on the job, so that every client gets the care they deserve, every day, in every community we serve.
      image:
        file: media/disc.png
        description:
          en: ${PICTURE_SLIDE.description}
      qr:
        url: ${PICTURE_SLIDE.address}
        caption:
          en: ${PICTURE_SLIDE.caption}
`;

/**
 * A copy of the default content whose first slide has a long text, a 1200×800 picture and a QR
 * code, and whose goals answer asks for a QR code at the end of a list item.
 */
export async function pictureContent(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const content = await copyDefaultContent();
  await writeFile(join(content.dir, 'media', 'disc.png'), discPng(1200, 800));
  const yaml = join(content.dir, 'kiosk.yaml');
  await writeFile(
    yaml,
    (await readFile(yaml, 'utf8')).replace('attract:\n  slides:\n', `attract:\n  slides:\n${slide}`),
  );
  const faq = join(content.dir, 'faq.en.md');
  await writeFile(
    faq,
    (await readFile(faq, 'utf8')).replace(
      '- A strong and protected voice on the job.',
      `- A strong and protected voice on the job: see [our website](${PICTURE_SLIDE.address} "qr").`,
    ),
  );
  return content;
}
