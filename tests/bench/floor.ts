import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Block, Inline, Localized } from '../../main/api';

// The floor: what the same screens cost as plain pages, served by a plain node:http server that
// the bench starts exactly as it starts the kiosk's host. A kiosk figure is judged as a ratio to
// the floor measured beside it, so a busy machine slows both and the verdict holds.

/** The floor server: static files from its folder, and `/live`, a long poll on `live.txt`. */
const SERVER = `
import { createServer } from 'node:http';
import { watch } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
const dir = process.argv[2];
const types = { '.html': 'text/html; charset=utf-8', '.txt': 'text/plain; charset=utf-8' };
let waiting = [];
watch(join(dir, 'live.txt'), () => { const woken = waiting; waiting = []; woken.forEach((wake) => wake()); });
createServer(async (req, res) => {
  const url = new URL(req.url, 'http://floor');
  if (url.pathname === '/live') {
    const send = async () => {
      const text = await readFile(join(dir, 'live.txt'), 'utf8');
      if (text === url.searchParams.get('known') || !text) return waiting.push(send);
      res.writeHead(200, { 'Content-Type': types['.txt'], 'Cache-Control': 'no-store' }).end(text);
    };
    return send();
  }
  const name = url.pathname === '/' ? 'index.html' : url.pathname.slice(1);
  try {
    const body = await readFile(join(dir, name));
    res.writeHead(200, { 'Content-Type': types[extname(name)] ?? 'application/octet-stream', 'Content-Length': body.length });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
}).listen(0, '127.0.0.1', function () {
  console.log('floor at http://127.0.0.1:' + this.address().port + '/');
});
`;

// As the kiosk's own style sheet, a tap is a tap at once: no wait to see if it is a double tap.
const STYLE = `<style>html{touch-action:manipulation}body{font:32px/1.4 sans-serif;margin:48px}button{font:inherit;padding:24px;margin:8px 0;display:block;width:100%;text-align:left}</style>`;

const page = (head: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>floor</title>${STYLE}${head}</head><body>${body}</body></html>`;

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

const inlineText = (inline: Inline): string =>
  'children' in inline ? inline.children.map(inlineText).join('') : 'value' in inline ? inline.value : '';
const blockText = (block: Block): string[] => {
  if (block.type === 'list') return block.items.flatMap((item) => item.flatMap(blockText));
  if (block.type === 'blockquote') return block.children.flatMap(blockText);
  if (block.type === 'code') return [block.value];
  return [block.children.map(inlineText).join('')];
};

/**
 * The attract floors: the campaign's words and the start button as a static page, and the same
 * with the slides turning as the kiosk's do (each `hidden` but the one on show, swapped by a
 * timer, no animation): the plainest page that does the loop's work. The tap floor:
 * the same questions as buttons and each answer's text, one shown at a time by a few lines of
 * plain script (no framework), with a Back button. The live floor: a text the page long-polls.
 */
function pages(campaign: string, words: Localized) {
  const slide = words.slides[0];
  const attract = page(
    '',
    `<h1>${escape(campaign)}</h1><p>${escape(words.tagline)}</p>` +
      (slide ? `<h2>${escape(slide.title)}</h2><p>${escape(slide.text)}</p>` : '') +
      `<button>${escape(words.words.tapToStart)}</button>`,
  );
  const slides = words.slides
    .map(
      (one, i) =>
        `<section${i ? ' hidden' : ''}>` +
        (one.figure ? `<p>${escape(one.figure)}</p>` : '') +
        `<h2>${escape(one.title)}</h2><p>${escape(one.text)}</p></section>`,
    )
    .join('');
  const turns = JSON.stringify(words.slides.map((one) => one.seconds * 1000));
  const loop = page(
    `<script>addEventListener('DOMContentLoaded', () => { const all = document.querySelectorAll('section'); const ms = ${turns}; let i = 0;
    const turn = () => { all[i].hidden = true; i = (i + 1) % all.length; all[i].hidden = false; setTimeout(turn, ms[i]); };
    if (all.length > 1) setTimeout(turn, ms[0]); });</script>`,
    `<h1>${escape(campaign)}</h1><p>${escape(words.tagline)}</p>${slides}<button>${escape(words.words.tapToStart)}</button>`,
  );
  const list = words.faq.map((q, i) => `<button data-open="${i}">${escape(q.question)}</button>`).join('');
  const answers = words.faq
    .map(
      (q, i) =>
        `<section id="a${i}" hidden><button data-back>${escape(words.words.back)}</button><h1>${escape(q.question)}</h1>` +
        q.answer
          .flatMap(blockText)
          .map((text) => `<p>${escape(text)}</p>`)
          .join('') +
        `</section>`,
    )
    .join('');
  const script = `<script>addEventListener('click', (e) => {
    const b = e.target.closest('button'); if (!b) return;
    const list = document.getElementById('list');
    for (const s of document.querySelectorAll('section')) s.hidden = true;
    if (b.dataset.open) { list.hidden = true; document.getElementById('a' + b.dataset.open).hidden = false; }
    else list.hidden = false;
  });</script>`;
  const tap = page(
    script,
    `<div id="list"><h1>${escape(words.words.questionsTitle)}</h1>${list}</div>${answers}`,
  );
  const live = page(
    `<script>(async () => { let known = ''; for (;;) { const r = await fetch('live?known=' + encodeURIComponent(known)); known = await r.text(); document.getElementById('live').textContent = known; } })();</script>`,
    `<p id="live"></p>`,
  );
  return { 'index.html': attract, 'loop.html': loop, 'tap.html': tap, 'live.html': live };
}

/** A folder holding the floor server and its pages; `live.txt` is the file the live floor shows. */
export interface FloorFolder {
  dir: string;
  server: string;
  live: string;
  remove(): Promise<void>;
}

/** Writes the floor server and pages, built from the kiosk's own content in `words`' language. */
export async function makeFloorFolder(campaign: string, words: Localized): Promise<FloorFolder> {
  const dir = await mkdtemp(join(tmpdir(), 'kiosk-bench-floor-'));
  const server = join(dir, 'floor-server.mjs');
  await writeFile(server, SERVER);
  await writeFile(join(dir, 'live.txt'), 'waiting');
  for (const [name, html] of Object.entries(pages(campaign, words))) await writeFile(join(dir, name), html);
  return {
    dir,
    server,
    live: join(dir, 'live.txt'),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
