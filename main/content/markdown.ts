import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import type { Block, Inline } from './types';

/** Something in the Markdown that the kiosk will not show as written, with where it is. */
export interface MarkdownNote {
  line: number;
  column: number;
  message: string;
}

/** A Markdown image that must exist in the media folder. */
export interface ImageRef {
  src: string;
  /** The words between the brackets, describing the picture for visitors who cannot see it. */
  alt: string;
  line: number;
  column: number;
}

/**
 * Turns parsed Markdown into the kiosk's safe blocks. Raw HTML is dropped (never rendered),
 * links keep their text and, when asked with the title "qr", a QR code of their web address.
 */
export class MarkdownConverter {
  readonly notes: MarkdownNote[] = [];
  readonly images: ImageRef[] = [];

  blocks(nodes: readonly RootContent[]): Block[] {
    return nodes.flatMap((node) => this.block(node));
  }

  private block(node: RootContent): Block[] {
    switch (node.type) {
      case 'paragraph': {
        const children = this.inlines(node.children);
        return children.length > 0 ? [{ type: 'paragraph', children }] : [];
      }
      case 'heading':
        return [{ type: 'heading', depth: node.depth, children: this.inlines(node.children) }];
      case 'list':
        return [
          {
            type: 'list',
            ordered: node.ordered === true,
            items: node.children.map((item) => this.blocks(item.children)),
          },
        ];
      case 'blockquote':
        return [{ type: 'blockquote', children: this.blocks(node.children) }];
      case 'code':
        return [{ type: 'code', value: node.value }];
      case 'html':
        this.html(node.value, node);
        return [];
      case 'thematicBreak':
      case 'definition':
        return [];
      default:
        this.note(node, `this kind of Markdown (${node.type}) is not shown on the kiosk.`);
        return [];
    }
  }

  private inlines(nodes: readonly PhrasingContent[]): Inline[] {
    return nodes.flatMap((node) => this.inline(node));
  }

  private inline(node: PhrasingContent): Inline[] {
    switch (node.type) {
      case 'text':
        return [{ type: 'text', value: node.value }];
      case 'strong':
        return [{ type: 'strong', children: this.inlines(node.children) }];
      case 'emphasis':
        return [{ type: 'emphasis', children: this.inlines(node.children) }];
      case 'inlineCode':
        return [{ type: 'code', value: node.value }];
      case 'break':
        return [{ type: 'break' }];
      case 'link': {
        const webAddress = /^https?:\/\//i.test(node.url);
        const wantsQr = node.title?.trim().toLowerCase() === 'qr';
        if (wantsQr && !webAddress) {
          this.note(
            node,
            `only web addresses starting with https:// or http:// get a QR code; this link ("${node.url}") is shown as plain text without one.`,
          );
        }
        return [
          {
            type: 'link',
            qrUrl: wantsQr && webAddress ? node.url : null,
            children: this.inlines(node.children),
          },
        ];
      }
      case 'image':
        this.images.push({ src: node.url, alt: node.alt ?? '', ...start(node) });
        return [{ type: 'image', src: node.url, alt: node.alt ?? '' }];
      case 'linkReference':
        return this.inlines(node.children);
      case 'html':
        this.html(node.value, node);
        return [];
      default:
        this.note(node, `this kind of Markdown (${node.type}) is not shown on the kiosk.`);
        return [];
    }
  }

  /** True for an HTML comment, which organizers use for notes to each other. */
  isComment(node: Nodes): boolean {
    return node.type === 'html' && node.value.trimStart().startsWith('<!--');
  }

  /** HTML is never shown: a visitor could be shown a script, a frame or a tracking image. */
  private html(value: string, node: Nodes): void {
    if (this.isComment(node) || /^<\//.test(value.trimStart())) return;
    const tag = /^<([a-z][\w-]*)/i.exec(value.trimStart())?.[1]?.toLowerCase();
    this.note(
      node,
      `${tag ? `the HTML <${tag}>` : 'this HTML'} is left out: the kiosk never shows HTML. Write the answer in plain Markdown instead.`,
    );
  }

  private note(node: Nodes, message: string): void {
    this.notes.push({ ...start(node), message });
  }
}

/** Where a Markdown node starts (1-based). */
export function start(node: Nodes): { line: number; column: number } {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

/** The plain text of inline Markdown, without formatting. */
export function plainText(nodes: readonly PhrasingContent[]): string {
  return nodes
    .map((node) => ('value' in node ? node.value : 'children' in node ? plainText(node.children) : ''))
    .join('');
}
