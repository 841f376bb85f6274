import type { CDPSession } from '@playwright/test';

// What a page's JS heap holds, by kind, from a DevTools heap snapshot taken after a full garbage
// collection. Compiled code is counted apart: V8 keeps compiling the functions a page runs most
// (its optimizing compiler works for hundreds of visits), which is the engine warming up, not the
// page keeping anything.

/** Bytes of the JS heap after a full collection: all of it, and its compiled code. */
export interface HeapKinds {
  total: number;
  code: number;
}

/** Takes a heap snapshot of the page and sums its nodes' own sizes by kind. */
export async function heapKinds(cdp: CDPSession): Promise<HeapKinds> {
  const chunks: string[] = [];
  const onChunk = ({ chunk }: { chunk: string }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    // The snapshot collects garbage first.
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  const snapshot = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
    nodes: number[];
  };
  const { node_fields: fields, node_types: types } = snapshot.snapshot.meta;
  const [typeAt, sizeAt] = [fields.indexOf('type'), fields.indexOf('self_size')];
  const kinds = { total: 0, code: 0 };
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    const type = types[0][snapshot.nodes[i + typeAt]!];
    const size = snapshot.nodes[i + sizeAt]!;
    // Blink's own objects (DOM, DevTools' records of the page's network traffic) and the
    // snapshot's synthetic roots are not the JS heap.
    if (type === 'native' || type === 'synthetic') continue;
    kinds.total += size;
    if (type === 'code') kinds.code += size;
  }
  return kinds;
}
