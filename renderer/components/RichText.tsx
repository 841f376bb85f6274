import type { Block, Inline } from '../../main/api';
import { QrCode } from './QrCode';

/**
 * Renders an answer from the content's safe blocks as React elements: no HTML string ever reaches
 * the page, and links show their text (with a QR code where the content asks) instead of navigating.
 */
export function RichText({ blocks }: { blocks: Block[] }) {
  return <>{blocks.map((block, index) => renderBlock(block, index))}</>;
}

function renderBlock(block: Block, key: number) {
  switch (block.type) {
    case 'paragraph':
      return <p key={key}>{renderInlines(block.children)}</p>;
    case 'heading':
      return <h3 key={key}>{renderInlines(block.children)}</h3>;
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

function renderInlines(inlines: Inline[]) {
  return inlines.map((inline, index) => renderInline(inline, index));
}

function renderInline(inline: Inline, key: number) {
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
    case 'image':
      return <img key={key} src={inline.src} alt={inline.alt} className="answer-image" />;
    case 'link': {
      const text = renderInlines(inline.children);
      return inline.qrUrl ? (
        <span key={key} className="link-with-qr">
          <span className="link-text">{text}</span>
          <QrCode url={inline.qrUrl} caption={inline.qrUrl} />
        </span>
      ) : (
        <span key={key} className="link-text">
          {text}
        </span>
      );
    }
  }
}
