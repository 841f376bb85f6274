import { Fragment, type CSSProperties, type ReactNode } from 'react';
import type { Block, Inline } from '../../main/api';
import { QrCard } from './QrCode';

/**
 * Renders an answer from the content's safe blocks as React elements: no HTML string ever reaches
 * the page, and links show their text instead of navigating. A QR code the content asks for is a
 * card of its own after the paragraph that asks for it, never inside the sentence.
 */
export function RichText({ blocks }: { blocks: Block[] }) {
  return <>{blocks.map((block, index) => renderBlock(block, index))}</>;
}

type QrLink = Extract<Inline, { type: 'link' }> & { qrUrl: string };

function renderBlock(block: Block, key: number): ReactNode {
  switch (block.type) {
    case 'paragraph': {
      const cards = qrLinks(block.children);
      return (
        <Fragment key={key}>
          <p>{renderInlines(block.children)}</p>
          {cards.map((link, index) => (
            <QrCard
              key={index}
              className="answer-qr"
              url={link.qrUrl}
              caption={plain(link.children) || shortAddress(link.qrUrl)}
              detail={shortAddress(link.qrUrl)}
            />
          ))}
        </Fragment>
      );
    }
    case 'heading':
      return <h2 key={key}>{renderInlines(block.children)}</h2>;
    case 'list': {
      const items = block.items.map((item, index) => <li key={index}>{item.map(renderBlock)}</li>);
      return block.ordered ? <ol key={key}>{items}</ol> : <ul key={key}>{items}</ul>;
    }
    case 'blockquote':
      return <blockquote key={key}>{block.children.map(renderBlock)}</blockquote>;
    case 'code':
      return <pre key={key}>{block.value}</pre>;
  }
}

function renderInlines(inlines: Inline[]): ReactNode[] {
  return inlines.map((inline, index) => renderInline(inline, index));
}

function renderInline(inline: Inline, key: number): ReactNode {
  switch (inline.type) {
    case 'text':
      return inline.value;
    case 'strong':
      return <strong key={key}>{renderInlines(inline.children)}</strong>;
    case 'emphasis':
      return <em key={key}>{renderInlines(inline.children)}</em>;
    case 'code':
      return <code key={key}>{inline.value}</code>;
    case 'break':
      return <br key={key} />;
    case 'image': {
      const ratio = inline.width && inline.height ? inline.width / inline.height : undefined;
      return (
        <img
          key={key}
          src={inline.src}
          alt={inline.alt}
          width={inline.width}
          height={inline.height}
          draggable={false}
          className="answer-image"
          style={ratio ? ({ '--ratio': ratio } as CSSProperties) : undefined}
        />
      );
    }
    case 'link':
      return (
        <span key={key} className="link-text">
          {renderInlines(inline.children)}
        </span>
      );
  }
}

/** The links in a paragraph that ask for a QR code, however deep in bold or italics. */
function qrLinks(inlines: Inline[]): QrLink[] {
  return inlines.flatMap((inline): QrLink[] => {
    if (inline.type === 'link' && inline.qrUrl !== null) return [inline as QrLink];
    return 'children' in inline ? qrLinks(inline.children) : [];
  });
}

function plain(inlines: Inline[]): string {
  return inlines
    .map((inline) => ('value' in inline ? inline.value : 'children' in inline ? plain(inline.children) : ''))
    .join('');
}

/** An address as people say it: without "https://", "www." or a trailing slash. */
export function shortAddress(url: string): string {
  return url
    .replace(/^https?:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/\/$/, '');
}
