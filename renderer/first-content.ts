import { callMain } from './api';
import { exposeForTests } from './inspect';

// The page's first import (main.tsx): this runs before React and the rest of the page's script
// are evaluated, so the content is on its way while they are (tens of milliseconds, more on a
// cheap laptop) rather than asked for after them. The test seam reads the address first, before
// this first call takes the token (and the rest of the fragment) out of it.
exposeForTests();

/** The answer to the page's first getContent, asked for as its script starts (see syncContent). */
export const firstContent = callMain('getContent', {});
// syncContent awaits it, and reports its failure; until then a failure must not count as unhandled.
firstContent.catch(() => {});
