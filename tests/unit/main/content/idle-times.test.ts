import { describe, expect, it } from 'vitest';
import { idleTimes } from '../../../../main/content/idle-times';

describe('the idle times', () => {
  it('give browsing 45 seconds and the form 120 by default, then a 20-second countdown', () => {
    expect(idleTimes({ slideSeconds: 8, warningSeconds: 20 })).toEqual({
      slideSeconds: 8,
      warningSeconds: 20,
      browseSeconds: 45,
      formSeconds: 120,
    });
  });

  it('keep the older resetSeconds as the whole wait, warning included, on screens without their own', () => {
    expect(idleTimes({ slideSeconds: 8, warningSeconds: 20, resetSeconds: 90 })).toMatchObject({
      browseSeconds: 70,
      formSeconds: 70,
    });
    expect(
      idleTimes({ slideSeconds: 8, warningSeconds: 20, resetSeconds: 90, formSeconds: 180 }),
    ).toMatchObject({ browseSeconds: 70, formSeconds: 180 });
  });

  it('never count down less than 20 seconds, so everyone has time to answer', () => {
    expect(idleTimes({ slideSeconds: 8, warningSeconds: 10 }).warningSeconds).toBe(20);
  });
});
