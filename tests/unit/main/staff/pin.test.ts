import { describe, expect, it } from 'vitest';
import { hashPin, isValidPin, verifyPin } from '../../../../main/staff/pin';

describe('staff PIN', () => {
  it('takes 6 to 12 digits and nothing else', () => {
    for (const good of ['123456', '000000', '123456789012']) expect(isValidPin(good)).toBe(true);
    for (const bad of ['12345', '1234567890123', '12345a', ' 123456', '123 456', '１２３４５６', '']) {
      expect(isValidPin(bad)).toBe(false);
    }
  });

  it('keeps a salted scrypt hash from which the PIN checks, and a wrong one does not', async () => {
    const stored = await hashPin('246810');
    expect(stored).toMatchObject({ algorithm: 'scrypt', N: 2 ** 15, r: 8, p: 1 });
    expect(JSON.stringify(stored)).not.toContain('246810');
    expect(await verifyPin('246810', stored)).toBe(true);
    expect(await verifyPin('246811', stored)).toBe(false);
    // A fresh salt each time: the same PIN never hashes the same twice.
    expect((await hashPin('246810')).hash).not.toBe(stored.hash);
  });
});
